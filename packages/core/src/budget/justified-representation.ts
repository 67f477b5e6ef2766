import type { LocalizedMessage } from '../locale/localized-message.js';
import { Rational } from '../math/rational.js';
import type { ApprovalElection } from './approval-election.js';
import { assertApprovalElection, BudgetRuleInputError } from './budget-rule-input-error.js';

/**
 * The proportionality axioms {@link checkJustifiedRepresentation} decides, for approval
 * ballots with a utility `u` (cost: a voter gains an approved funded project's cost;
 * cardinality: 1 per approved funded project). A group `S` of voters is **T-cohesive** for a
 * non-empty set of projects `T` when every voter of `S` approves all of `T` and `S` could pay
 * for `T` from its share of the budget: `|S| · budget ≥ voters · cost(T)`. An outcome `W`
 * satisfies
 * - `ejr` (extended justified representation) when in every T-cohesive group some voter `i`
 *   has `u_i(W) ≥ u(T)`;
 * - `ejr-up-to-one` when in every T-cohesive group some voter `i` has `u_i(W) ≥ u(T)` or
 *   would, with one more project `a` of `T` not in `W`, have `u_i(W ∪ {a}) > u(T)`;
 * - `pjr` (proportional justified representation) when for every T-cohesive group the funded
 *   projects approved by at least one of its voters together give `u(W ∩ ∪_{i∈S} A_i) ≥ u(T)`.
 *
 * EJR implies PJR and EJR up to one project. For unit costs (committee elections) cost and
 * cardinality utility coincide up to scale and the axioms are the classical ones.
 */
export type JustifiedRepresentationProperty = 'ejr' | 'ejr-up-to-one' | 'pjr';

/** The utility the axioms measure a voter's satisfaction with. */
export type JustifiedRepresentationUtility = 'cost' | 'cardinality';

/** Options of {@link checkJustifiedRepresentation}. */
export interface JustifiedRepresentationOptions {
  /** Default `ejr`. */
  property?: JustifiedRepresentationProperty;
  /** Default `cost`. */
  utility?: JustifiedRepresentationUtility;
  /**
   * How many search steps (candidate project sets T, and for PJR candidate groups) the check
   * may take before it gives up with `too-large`. Default 1,000,000.
   */
  maxSteps?: number;
}

/** A T-cohesive group the outcome leaves under-represented. */
export interface JustifiedRepresentationWitness {
  /** The project set T the group could have paid for. */
  projects: string[];
  /** cost(T). */
  cost: Rational;
  /** u(T): what each voter of the group is owed. */
  owed: Rational;
  /** How many voters are in the under-represented group found. */
  voters: number;
  /** How many voters a T-cohesive group needs at least: ⌈voters · cost(T) / budget⌉. */
  votersNeeded: number;
  /**
   * `ejr`, `ejr-up-to-one`: the highest satisfaction `u_i(W)` of a voter in the group;
   * `pjr`: the utility of the funded projects its voters approve together. Below `owed`.
   */
  satisfaction: Rational;
}

/** What {@link checkJustifiedRepresentation} found. */
export type JustifiedRepresentationResult =
  | {
      status: 'satisfied';
      property: JustifiedRepresentationProperty;
      utility: JustifiedRepresentationUtility;
      steps: number;
    }
  | {
      status: 'violated';
      property: JustifiedRepresentationProperty;
      utility: JustifiedRepresentationUtility;
      steps: number;
      witness: JustifiedRepresentationWitness;
      message: LocalizedMessage;
    }
  | {
      status: 'too-large';
      property: JustifiedRepresentationProperty;
      utility: JustifiedRepresentationUtility;
      /** The step limit that was reached. */
      maxSteps: number;
      message: LocalizedMessage;
    };

const DEFAULT_MAX_STEPS = 1_000_000;

/**
 * Decides exactly whether an outcome (funded project ids) of an approval election satisfies
 * EJR, EJR up to one project or PJR (see {@link JustifiedRepresentationProperty}).
 *
 * The problem is coNP-hard, so the check is exponential in the worst case: it enumerates the
 * project sets T that some group could be cohesive for (depth-first, extending T only while
 * the voters approving all of T could still pay for it, which prunes most sets on real
 * elections) and, for PJR, the groups of distinct ballots. When more than `maxSteps` steps
 * would be needed it stops and answers `too-large` with the limit, never a guess. A violation
 * comes with a witness group and a message in both languages.
 *
 * @example
 * const result = approvalElection({
 *   budget: 3,
 *   projects: ['a', 'b', 'c', 'd'].map((id) => ({ id, cost: 1 })),
 *   ballots: [...Array(7).fill(['a', 'b', 'c']), ...Array(4).fill(['d'])],
 * });
 * if (result.ok) checkJustifiedRepresentation(result.value, ['a', 'b', 'c']).status; // 'violated'
 */
export function checkJustifiedRepresentation(
  election: ApprovalElection,
  selected: readonly string[],
  options: JustifiedRepresentationOptions = {},
): JustifiedRepresentationResult {
  assertApprovalElection(election, 'checkJustifiedRepresentation');
  const property = options.property ?? 'ejr';
  const utility = options.utility ?? 'cost';
  const maxSteps = options.maxSteps ?? DEFAULT_MAX_STEPS;
  if (property !== 'ejr' && property !== 'ejr-up-to-one' && property !== 'pjr') {
    throw new BudgetRuleInputError(
      'checkJustifiedRepresentation',
      `property must be 'ejr', 'ejr-up-to-one' or 'pjr', got ${String(property)}`,
    );
  }
  if (utility !== 'cost' && utility !== 'cardinality') {
    throw new BudgetRuleInputError(
      'checkJustifiedRepresentation',
      `utility must be 'cost' or 'cardinality', got ${String(utility)}`,
    );
  }
  if (!Number.isSafeInteger(maxSteps) || maxSteps < 1) {
    throw new BudgetRuleInputError(
      'checkJustifiedRepresentation',
      'maxSteps must be a positive integer',
    );
  }
  const { projectIds, costs, budget, ballots, ballotWeights, voterCount } = election;
  const index = new Map(projectIds.map((id, p) => [id, p]));
  const funded = new Uint8Array(projectIds.length);
  for (const id of selected) {
    const p = index.get(id);
    if (p === undefined) {
      throw new BudgetRuleInputError(
        'checkJustifiedRepresentation',
        `project "${id}" is not in the election`,
      );
    }
    funded[p] = 1;
  }
  const u = (p: number) => (utility === 'cost' ? costs[p]! : Rational.ONE);
  // Each ballot group's satisfaction u_i(W) and, for PJR, its funded approved projects.
  const satisfaction = ballots.map((ballot) => {
    let s = Rational.ZERO;
    for (const p of ballot) if (funded[p]) s = s.add(u(p));
    return s;
  });
  const fundedParts = ballots.map((ballot) => [...ballot].filter((p) => funded[p] === 1));
  const n = Rational.of(voterCount);
  // A group of `weight` voters is T-cohesive when weight · budget ≥ n · cost(T).
  const cohesive = (weight: number, cost: Rational) =>
    Rational.of(weight).mul(budget).compare(n.mul(cost)) >= 0;
  const votersNeeded = (cost: Rational) => {
    if (budget.isZero()) return cost.isZero() ? 0 : Infinity;
    const x = n.mul(cost).div(budget);
    return Number((x.numerator + x.denominator - 1n) / x.denominator);
  };

  let steps = 0;
  let tooLarge = false;
  const step = () => {
    if (++steps > maxSteps) tooLarge = true;
    return !tooLarge;
  };
  let witness: JustifiedRepresentationWitness | null = null;

  // Project sets T are built in increasing index order; `groups` approve every project of T.
  const extend = (
    last: number,
    groups: readonly number[],
    t: number[],
    cost: Rational,
    owed: Rational,
    maxMissing: Rational | null,
  ): void => {
    for (let q = last + 1; q < projectIds.length && witness === null && !tooLarge; q++) {
      const next = groups.filter((g) => binaryHas(ballots[g]!, q));
      if (next.length === 0) continue;
      const nextCost = cost.add(costs[q]!);
      let weight = 0;
      for (const g of next) weight += ballotWeights[g]!;
      // Adding projects raises the cost and keeps or shrinks the group: prune the branch.
      if (!cohesive(weight, nextCost)) continue;
      if (!step()) return;
      const nextOwed = owed.add(u(q));
      const missing =
        funded[q] === 1
          ? maxMissing
          : maxMissing === null || u(q).greaterThan(maxMissing)
            ? u(q)
            : maxMissing;
      t.push(q);
      const found = violationFor(t, next, nextCost, nextOwed, missing);
      if (found) witness = found;
      else extend(q, next, t, nextCost, nextOwed, missing);
      t.pop();
    }
  };

  const violationFor = (
    t: readonly number[],
    groups: readonly number[],
    cost: Rational,
    owed: Rational,
    maxMissing: Rational | null,
  ): JustifiedRepresentationWitness | null => {
    const make = (voters: number, sat: Rational): JustifiedRepresentationWitness => ({
      projects: t.map((p) => projectIds[p]!),
      cost,
      owed,
      voters,
      votersNeeded: votersNeeded(cost),
      satisfaction: sat,
    });
    if (property !== 'pjr') {
      let weight = 0;
      let best: Rational | null = null;
      for (const g of groups) {
        const s = satisfaction[g]!;
        if (!s.lessThan(owed)) continue;
        // Up to one project: one more project of T \ W would lift this voter above u(T).
        if (
          property === 'ejr-up-to-one' &&
          maxMissing !== null &&
          s.add(maxMissing).greaterThan(owed)
        ) {
          continue;
        }
        weight += ballotWeights[g]!;
        if (best === null || s.greaterThan(best)) best = s;
      }
      return best !== null && cohesive(weight, cost) ? make(weight, best) : null;
    }
    return pjrViolation(groups, cost, owed, make);
  };

  // PJR for one T: is there a set of ballot groups, together cohesive, whose funded approved
  // projects give less than u(T)? Branch and bound over the distinct funded parts.
  const pjrViolation = (
    groups: readonly number[],
    cost: Rational,
    owed: Rational,
    make: (voters: number, sat: Rational) => JustifiedRepresentationWitness,
  ): JustifiedRepresentationWitness | null => {
    const parts = new Map<
      string,
      { projects: readonly number[]; weight: number; value: Rational }
    >();
    for (const g of groups) {
      if (!satisfaction[g]!.lessThan(owed)) continue; // such a voter alone reaches u(T)
      const key = fundedParts[g]!.join(',');
      const part = parts.get(key);
      if (part) part.weight += ballotWeights[g]!;
      else
        parts.set(key, {
          projects: fundedParts[g]!,
          weight: ballotWeights[g]!,
          value: satisfaction[g]!,
        });
    }
    const list = [...parts.values()].sort(
      (a, b) => a.value.compare(b.value) || b.weight - a.weight,
    );
    let total = 0;
    for (const part of list) total += part.weight;
    if (total === 0 || !cohesive(total, cost)) return null;
    const covered = new Map<number, number>();
    let found: JustifiedRepresentationWitness | null = null;
    // Chooses parts i.. to add to the current union (value `value`, `weight` voters).
    const search = (i: number, weight: number, value: Rational, rest: number): void => {
      if (found !== null || tooLarge) return;
      if (weight > 0 && cohesive(weight, cost)) {
        found = make(weight, value);
        return;
      }
      if (i >= list.length || !cohesive(weight + rest, cost)) return;
      if (!step()) return;
      const part = list[i]!;
      let added = Rational.ZERO;
      for (const p of part.projects) if (!covered.has(p)) added = added.add(u(p));
      if (value.add(added).lessThan(owed)) {
        for (const p of part.projects) covered.set(p, (covered.get(p) ?? 0) + 1);
        search(i + 1, weight + part.weight, value.add(added), rest - part.weight);
        for (const p of part.projects) {
          const c = covered.get(p)! - 1;
          if (c === 0) covered.delete(p);
          else covered.set(p, c);
        }
        // A part adding nothing is always worth taking: no need to try without it.
        if (added.isZero()) return;
      }
      search(i + 1, weight, value, rest - part.weight);
    };
    search(0, 0, Rational.ZERO, total);
    return found;
  };

  const all = ballots.map((_, g) => g);
  extend(-1, all, [], Rational.ZERO, Rational.ZERO, null);

  if (tooLarge) {
    return {
      status: 'too-large',
      property,
      utility,
      maxSteps,
      message: {
        en: `the election is too large to check ${NAMES[property].en} exactly: more than ${maxSteps} search steps`,
        'zh-CN': `选举规模过大，无法精确检验${NAMES[property]['zh-CN']}：超过 ${maxSteps} 步搜索`,
      },
    };
  }
  if (witness !== null) {
    const w: JustifiedRepresentationWitness = witness;
    const ids = w.projects.join(', ');
    return {
      status: 'violated',
      property,
      utility,
      steps,
      witness: w,
      message: {
        en: `${NAMES[property].en} fails: ${w.voters} voters (at least ${w.votersNeeded} needed) all approve {${ids}} (cost ${w.cost.toString()}) and could pay for it, yet get ${w.satisfaction.toString()} < ${w.owed.toString()}`,
        'zh-CN': `不满足${NAMES[property]['zh-CN']}：${w.voters} 名投票人（至少需要 ${w.votersNeeded} 名）都赞成 {${ids}}（费用 ${w.cost.toString()}），有能力支付，却只得到 ${w.satisfaction.toString()} < ${w.owed.toString()}`,
      },
    };
  }
  return { status: 'satisfied', property, utility, steps };
}

const NAMES: Record<JustifiedRepresentationProperty, LocalizedMessage> = {
  ejr: { en: 'EJR', 'zh-CN': '扩展正当代表性（EJR）' },
  'ejr-up-to-one': {
    en: 'EJR up to one project',
    'zh-CN': '至多差一个项目的扩展正当代表性（EJR-1）',
  },
  pjr: { en: 'PJR', 'zh-CN': '比例正当代表性（PJR）' },
};

function binaryHas(sorted: Int32Array, value: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = sorted[mid]!;
    if (x === value) return true;
    if (x < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
