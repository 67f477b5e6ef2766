import { Rational } from '../math/rational.js';
import type { PabulibInstance } from '../pabulib/pabulib-instance.js';

/**
 * The four ballot formats of participatory budgeting, on the Pabulib model:
 * - `approval`: tick projects (between `minLength` and `maxLength` of them);
 * - `knapsack`: approval with a total-cost limit (`maxSumCost`, by default the list's budget);
 * - `cumulative`: spread points (`maxSumPoints` in all, at most `maxPoints` per project);
 * - `ordinal`: rank projects, at most `maxLength` of them.
 */
export type PbBallotFormat = 'approval' | 'knapsack' | 'cumulative' | 'ordinal';

/** A per-category limit: how many of its projects, or how much of their cost, one ballot may take. */
export interface PbCategoryLimit {
  maxCount?: number;
  maxCost?: Rational;
}

/**
 * What one ballot may hold, named as Pabulib's META keys (`min_length`, `max_length`,
 * `min_sum_cost`, `max_sum_cost`, `min_points`, `max_points`, `min_sum_points`,
 * `max_sum_points`). The limits apply to each list separately: a voter of a district votes
 * its district's list and the city-wide list, each against its own limits and budget.
 *
 * @example
 * const rules: PbBallotRules = { format: 'cumulative', maxSumPoints: 10, maxPoints: 5 };
 */
export interface PbBallotRules {
  format: PbBallotFormat;
  /** Fewest projects per list (a voter may leave a list empty when this is absent). */
  minLength?: number;
  /** Most projects per list (the maximum ranking length for ordinal ballots). */
  maxLength?: number;
  /** Knapsack: least total cost per list. */
  minSumCost?: Rational;
  /** Knapsack: most total cost per list; by default the list's budget. */
  maxSumCost?: Rational;
  /** Cumulative: fewest points on a chosen project (default 1). */
  minPoints?: number;
  /** Cumulative: most points on one project. */
  maxPoints?: number;
  /** Cumulative: fewest points in all, per list. */
  minSumPoints?: number;
  /** Cumulative: the points each voter has to spread, per list. */
  maxSumPoints?: number;
  /** Per-category limits, by category name (a project may be in several categories). */
  categoryLimits?: Readonly<Record<string, PbCategoryLimit>>;
}

/** A project as a PB ballot sees it. */
export interface PbBallotProject {
  id: string;
  cost: Rational;
  /** The district whose list holds it; absent for the city-wide list. */
  district?: string;
  /** Its categories (Pabulib's comma-separated `category` column). */
  categories?: readonly string[];
}

/** An election a PB ballot is checked against: its rules, projects and list budgets. */
export interface PbBallotElection {
  rules: PbBallotRules;
  projects: readonly PbBallotProject[];
  /** The city-wide budget (the city-wide list). */
  budget: Rational;
  /** Each district's sub-budget, by district. */
  districtBudgets?: Readonly<Record<string, Rational>>;
}

/**
 * The ballot rules a Pabulib file declares in META: `vote_type` (approval with a
 * `max_sum_cost` reads as knapsack), `min_length`, `max_length`, `min_sum_cost`,
 * `max_sum_cost`, `min_points`, `max_points`, `min_sum_points`, `max_sum_points`. Keys that
 * are absent or not numbers are left out. `scoring` files have no PB ballot format here and
 * give null.
 *
 * @example
 * const parsed = parsePabulib(text);
 * if (parsed.ok) pbBallotRulesFromPabulib(parsed.value)?.maxLength; // e.g. 10
 */
export function pbBallotRulesFromPabulib(instance: PabulibInstance): PbBallotRules | null {
  const meta = instance.meta;
  const int = (key: string) => {
    const text = meta[key]?.trim();
    return text !== undefined && /^\d+$/.test(text) ? Number(text) : undefined;
  };
  const exact = (key: string) => {
    const text = meta[key]?.trim();
    if (text === undefined || text === '') return undefined;
    try {
      const value = Rational.parse(text);
      return value.sign() >= 0 ? value : undefined;
    } catch {
      return undefined;
    }
  };
  if (instance.voteType === 'scoring') return null;
  const maxSumCost = exact('max_sum_cost');
  const format: PbBallotFormat =
    instance.voteType === 'approval' ? (maxSumCost ? 'knapsack' : 'approval') : instance.voteType;
  const rules: PbBallotRules = { format };
  const set = <K extends keyof PbBallotRules>(key: K, value: PbBallotRules[K] | undefined) => {
    if (value !== undefined) rules[key] = value;
  };
  set('minLength', int('min_length'));
  set('maxLength', int('max_length'));
  if (format === 'knapsack') {
    set('minSumCost', exact('min_sum_cost'));
    set('maxSumCost', maxSumCost);
  }
  if (format === 'cumulative') {
    set('minPoints', int('min_points'));
    set('maxPoints', int('max_points'));
    set('minSumPoints', int('min_sum_points'));
    set('maxSumPoints', int('max_sum_points'));
  }
  return rules;
}
