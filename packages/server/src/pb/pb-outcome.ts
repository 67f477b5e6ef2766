import {
  Rational,
  approvalElection,
  checkJustifiedRepresentation,
  equalShares,
  exactNumberToJSON,
  explainEqualShares,
  greedy,
  outcomeAnalytics,
  outcomeAnalyticsToJSON,
  sequentialPhragmen,
  type ApprovalElection,
  type BudgetOutcome,
  type EqualSharesExplanation,
  type ExactNumber,
  type JustifiedRepresentationProperty,
  type LocalizedMessage,
  type OutcomeAnalyticsJSON,
  type PbBallotElectionJSON,
  type PbBallotJSON,
} from '@qingyuan/core';
import type { PbRule } from '../storage/pb-elections.js';

/**
 * One list of a PB election: the city-wide list (`district` null) or a district's, with its
 * own budget and voters. A voter of a district votes its list and the city-wide one, so every
 * ballot is a voter of the city-wide list and a district's ballots are the voters of its list.
 */
export interface PbList {
  district: string | null;
  /** The list's approval election (see below); core's rules run on it. */
  election: ApprovalElection;
}

/**
 * The approval elections the rules count, one per list. Core's rules (greedy, Equal Shares,
 * sequential Phragmén) read approval ballots: for approval and knapsack ballots that is the
 * ballot itself; for cumulative and ordinal ballots a project counts as approved by every
 * ballot that gives it points or ranks it (the points and the ranks are not weighed), which
 * results state (`approvalReading`).
 *
 * @example
 * pbLists(sheet, [{ projects: ['a'] }, { projects: ['a', 'b'] }])[0]!.election.voterCount; // 2
 */
export function pbLists(sheet: PbBallotElectionJSON, ballots: readonly PbBallotJSON[]): PbList[] {
  const districts = [
    ...new Set(sheet.projects.flatMap((p) => (p.district === undefined ? [] : [p.district]))),
  ].sort();
  const lists: { district: string | null; budget: string | number }[] = [
    { district: null, budget: sheet.budget },
    ...districts.map((d) => ({ district: d, budget: sheet.districtBudgets?.[d] ?? 0 })),
  ];
  return lists
    .filter(
      (list) => list.district !== null || sheet.projects.some((p) => p.district === undefined),
    )
    .map((list) => {
      const projects = sheet.projects.filter((p) => (p.district ?? null) === list.district);
      const ids = new Set(projects.map((p) => p.id));
      const voters =
        list.district === null ? ballots : ballots.filter((b) => b.district === list.district);
      const built = approvalElection({
        budget: list.budget,
        projects: projects.map((p) => ({ id: p.id, cost: p.cost })),
        ballots: voters.map((b) => b.projects.filter((id) => ids.has(id))),
      });
      // The sheet and every ballot were checked by core when stored: this cannot fail.
      if (!built.ok) throw new Error(built.violations.map((v) => v.message.en).join('; '));
      return { district: list.district, election: built.value };
    });
}

/**
 * The outcome of `rule` on one list, exactly as core computes it.
 *
 * @example
 * runPbRule(list.election, { name: 'greedy', utility: 'cost' }).selected;
 */
export function runPbRule(election: ApprovalElection, rule: PbRule): BudgetOutcome {
  switch (rule.name) {
    case 'greedy':
      return greedy(election, { utility: rule.utility });
    case 'equal-shares':
      return equalShares(election, { utility: rule.utility, completion: rule.completion });
    case 'sequential-phragmen':
      return sequentialPhragmen(election);
  }
}

/** The outcome of one list as results show it, numbers exact. */
export interface PbListOutcome {
  district: string | null;
  budget: ExactNumber;
  voters: number;
  selected: string[];
  cost: ExactNumber;
  /** What is left of the list's budget. */
  unspent: ExactNumber;
  perVoterBudget?: ExactNumber;
  /** Approvals per project of the list (as the rules read the ballots). */
  approvals: Record<string, number>;
  analytics: OutcomeAnalyticsJSON;
  /** Core's exact EJR and PJR checks of the outcome (see {@link pbRepresentation}). */
  representation: PbRepresentationJSON[];
}

/**
 * One exact justified-representation check of a list's outcome, as results show it (the
 * shape `<qy-pb-results>` reads): satisfied, violated (with core's witness group and its
 * words), or too large to decide within {@link PB_REPRESENTATION_MAX_STEPS} steps (said so,
 * never guessed).
 */
export interface PbRepresentationJSON {
  property: JustifiedRepresentationProperty;
  utility: 'cost' | 'cardinality';
  status: 'satisfied' | 'violated' | 'too-large';
  /** Core's witness of a violation: the group, the projects it could pay for, what it got. */
  witness?: unknown;
  /** Core's words, in both languages, for a violation or a check too large to run. */
  message?: LocalizedMessage;
}

/**
 * How many search steps each EJR/PJR check of a results request may take before it answers
 * `too-large` (the same as `<qy-pb-results>` takes in a page): the results endpoint is
 * public, so its work per request is bounded.
 */
export const PB_REPRESENTATION_MAX_STEPS = 200_000;

/**
 * Core's exact EJR and PJR checks (`checkJustifiedRepresentation`) of an outcome of one
 * list, with the utility of the rule (cost for sequential Phragmén, which has none). The
 * checks read the approval election the rule counted: for cumulative and ordinal ballots
 * that is their approval reading, which results state.
 *
 * @example
 * pbRepresentation(list.election, ['a'], rule).map((c) => c.status); // ['satisfied', 'satisfied']
 */
export function pbRepresentation(
  election: ApprovalElection,
  selected: readonly string[],
  rule: PbRule,
  maxSteps = PB_REPRESENTATION_MAX_STEPS,
): PbRepresentationJSON[] {
  const utility = rule.name === 'sequential-phragmen' ? 'cost' : rule.utility;
  return (['ejr', 'pjr'] as const).map((property) => {
    const check = checkJustifiedRepresentation(election, selected, {
      property,
      utility,
      maxSteps,
    });
    return {
      property,
      utility,
      status: check.status,
      ...(check.status === 'violated' ? { witness: exactJSON(check.witness) } : {}),
      ...(check.status === 'satisfied' ? {} : { message: check.message }),
    };
  });
}

/**
 * Every list's outcome under the election's rule with core's analytics of it and its exact
 * EJR/PJR checks (each taking at most `maxSteps` search steps).
 *
 * @example
 * pbOutcome(sheet, ballots, { name: 'sequential-phragmen' })[0]!.selected;
 */
export function pbOutcome(
  sheet: PbBallotElectionJSON,
  ballots: readonly PbBallotJSON[],
  rule: PbRule,
  maxSteps = PB_REPRESENTATION_MAX_STEPS,
): PbListOutcome[] {
  return pbLists(sheet, ballots).map(({ district, election }) => {
    const outcome = runPbRule(election, rule);
    return {
      district,
      budget: exactNumberToJSON(election.budget),
      voters: election.voterCount,
      selected: outcome.selected,
      cost: exactNumberToJSON(outcome.cost),
      unspent: exactNumberToJSON(election.budget.sub(outcome.cost)),
      ...(outcome.perVoterBudget === undefined
        ? {}
        : { perVoterBudget: exactNumberToJSON(outcome.perVoterBudget) }),
      approvals: Object.fromEntries(
        election.projectIds.map((id, p) => [id, election.approvals[p]!]),
      ),
      analytics: outcomeAnalyticsToJSON(outcomeAnalytics(election, outcome.selected)),
      representation: pbRepresentation(election, outcome.selected, rule, maxSteps),
    };
  });
}

/**
 * The Equal Shares explanation of every list (see core's `explainEqualShares`), with the
 * election's utility and completion.
 *
 * @example
 * pbExplanations(sheet, ballots, rule)[0]!.explanation.rounds[0]!.project;
 */
export function pbExplanations(
  sheet: PbBallotElectionJSON,
  ballots: readonly PbBallotJSON[],
  rule: Extract<PbRule, { name: 'equal-shares' }>,
): { district: string | null; explanation: EqualSharesExplanation }[] {
  return pbLists(sheet, ballots).map(({ district, election }) => ({
    district,
    explanation: explainEqualShares(election, {
      utility: rule.utility,
      completion: rule.completion,
    }),
  }));
}

/**
 * An exact value as JSON, recursively: Rationals become numbers or `"p/q"` strings.
 *
 * @example
 * exactJSON({ a: Rational.of(1, 3) }); // { a: '1/3' }
 */
export function exactJSON(value: unknown): unknown {
  if (value instanceof Rational) return exactNumberToJSON(value);
  if (Array.isArray(value)) return value.map(exactJSON);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, exactJSON(v)]));
  }
  return value;
}
