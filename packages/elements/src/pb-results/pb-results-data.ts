import type {
  BudgetOutcome,
  EqualSharesCompletion,
  EqualSharesExplanation,
  JustifiedRepresentationProperty,
  LocalizedMessage,
  OutcomeAnalytics,
  Rational,
} from '@qingyuan/core';

/** The allocation rules `<qy-pb-results>` shows (the rules core computes). */
export const PB_RESULT_RULES = ['greedy', 'equal-shares', 'phragmen'] as const;

/** One of {@link PB_RESULT_RULES}. */
export type PbResultRule = (typeof PB_RESULT_RULES)[number];

/**
 * The rule an outcome was computed with and its options. `utility` is that of greedy or Equal
 * Shares (Phragmén has none: `cost` is kept for the analytics); `completion` is Equal Shares'.
 *
 * @example
 * const choice: PbRuleChoice = { rule: 'equal-shares', utility: 'cost', completion: 'greedy' };
 */
export interface PbRuleChoice {
  rule: PbResultRule;
  utility: 'cost' | 'cardinality';
  completion: EqualSharesCompletion;
}

/** A project as the results show it: its id, name (when known), exact cost and approvals. */
export interface PbResultsProject {
  id: string;
  name?: string;
  cost: Rational;
  /** How many voters approve it. */
  votes: number;
}

/** The outcome of one justified-representation check (EJR, PJR) as the results show it. */
export interface PbRepresentationCheck {
  property: JustifiedRepresentationProperty;
  utility: 'cost' | 'cardinality';
  status: 'satisfied' | 'violated' | 'too-large';
  /** Core's words for a violation or a check too large to run. */
  message?: LocalizedMessage;
}

/**
 * Everything `<qy-pb-results>` shows, exact: the election's projects and budget, the rule, the
 * outcome core computed, its analytics, the EJR/PJR checks and, for Equal Shares, core's
 * explanation. Built from an election by {@link pbResultsOf} or read from a results document
 * by {@link readPbResults}.
 *
 * @example
 * const result = pbResultsOf(instance, { rule: 'equal-shares', utility: 'cost', completion: 'none' });
 * if (result.ok) result.value.outcome.selected; // ['P123ZM', …]
 */
export interface PbResults {
  /** A title for the report (the `.pb` META `description`, or the document's). */
  title: string;
  budget: Rational;
  voters: number;
  projects: PbResultsProject[];
  rule: PbRuleChoice;
  outcome: BudgetOutcome;
  analytics: OutcomeAnalytics | null;
  representation: PbRepresentationCheck[];
  /** Equal Shares only. */
  explanation: EqualSharesExplanation | null;
  /**
   * Each voter's approved projects by `voter_id`, when the results come from the election
   * itself (a results document never publishes ballots by voter).
   */
  ballots: ReadonlyMap<string, readonly string[]> | null;
  /**
   * When read from a ballot box's PB election (`endpoint`): its address (receipts are looked up
   * there), how many ballots were counted and how many of them came from paper, and whether
   * points or ranks were read as approvals (cumulative and ordinal ballots).
   */
  box?: PbBoxSource;
}

/** Where results read from a ballot box came from, and how its ballots were counted. */
export interface PbBoxSource {
  /** The election's address on the box (`…/organizations/{org}/pb-elections/{id}`). */
  endpoint: string;
  ballots: { total: number; online: number; paper: number } | null;
  approvalReading: boolean;
  /**
   * When the box certified the count (the outcome is final); `null` while it is provisional
   * (paper ballots may still be entered); `undefined` when the box does not say.
   */
  certifiedAt?: string | null | undefined;
}
