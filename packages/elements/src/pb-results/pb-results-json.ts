import {
  budgetOutcomeToJSON,
  exactNumberToJSON,
  outcomeAnalyticsToJSON,
  type BudgetOutcomeJSON,
  type EqualSharesCompletion,
  type EqualSharesUnfundedReason,
  type ExactNumber,
  type JustifiedRepresentationProperty,
  type LocalizedMessage,
  type OutcomeAnalyticsJSON,
} from '@qingyuan/core';
import type { PbResults, PbResultRule } from './pb-results-data.js';

/** The `format` value of a results document. */
export const PB_RESULTS_FORMAT = 'qingyuan-pb-results';

/** The Equal Shares explanation in JSON: core's `EqualSharesExplanation`, numbers exact. */
export interface EqualSharesExplanationJSON {
  utility: 'cost' | 'cardinality';
  completion: EqualSharesCompletion;
  budget: ExactNumber;
  voters: number;
  perVoterBudget: ExactNumber;
  rounds: {
    round: number;
    project: string;
    cost: ExactNumber;
    price: ExactNumber;
    fullShare: ExactNumber;
    supporters: number;
    payments: { amount: ExactNumber; voters: number }[];
    effectiveVotes: ExactNumber;
    spent: ExactNumber;
  }[];
  completionProjects: string[];
  unfunded: {
    project: string;
    cost: ExactNumber;
    reason: EqualSharesUnfundedReason;
    supporters: number;
    supportersStartMoney: ExactNumber;
    supportersMoney: ExactNumber;
    shortfall: ExactNumber;
    moreSupportersNeeded: number | null;
    lostTo: {
      round: number;
      project: string;
      winnerPrice: ExactNumber;
      ownPrice: ExactNumber;
    } | null;
    fitsUnusedBudget: boolean;
    boughtByCompletion: boolean;
  }[];
  unusedBudget: ExactNumber;
  voterShares: {
    approved: string[];
    voters: number;
    paid: { project: string; round: number; amount: ExactNumber }[];
    spent: ExactNumber;
    left: ExactNumber;
  }[];
}

/**
 * The results document `<qy-pb-results src="…">` reads and its JSON download writes (see the
 * element's README for every field). Exact numbers are integers or `"p/q"` strings. Ballots by
 * voter are never part of it: "what my share paid for" works from the projects on a receipt.
 */
export interface PbResultsJSON {
  format: typeof PB_RESULTS_FORMAT;
  version: 1;
  title: string;
  budget: ExactNumber;
  voters: number;
  projects: { id: string; name?: string; cost: ExactNumber; votes: number }[];
  rule: { rule: PbResultRule; utility: 'cost' | 'cardinality'; completion: EqualSharesCompletion };
  outcome: BudgetOutcomeJSON;
  analytics?: OutcomeAnalyticsJSON;
  representation: {
    property: JustifiedRepresentationProperty;
    utility: 'cost' | 'cardinality';
    status: 'satisfied' | 'violated' | 'too-large';
    message?: LocalizedMessage;
  }[];
  explanation?: EqualSharesExplanationJSON;
}

const x = exactNumberToJSON;

/**
 * The results as a JSON document (what a results endpoint returns and the download saves).
 *
 * @example
 * JSON.stringify(pbResultsToJSON(results)); // '{"format":"qingyuan-pb-results","version":1,…}'
 */
export function pbResultsToJSON(results: PbResults): PbResultsJSON {
  const e = results.explanation;
  return {
    format: PB_RESULTS_FORMAT,
    version: 1,
    title: results.title,
    budget: x(results.budget),
    voters: results.voters,
    projects: results.projects.map((p) => ({
      id: p.id,
      ...(p.name === undefined ? {} : { name: p.name }),
      cost: x(p.cost),
      votes: p.votes,
    })),
    rule: { ...results.rule },
    outcome: budgetOutcomeToJSON(results.outcome),
    ...(results.analytics ? { analytics: outcomeAnalyticsToJSON(results.analytics) } : {}),
    representation: results.representation.map((r) => ({ ...r })),
    ...(e
      ? {
          explanation: {
            utility: e.utility,
            completion: e.completion,
            budget: x(e.budget),
            voters: e.voters,
            perVoterBudget: x(e.perVoterBudget),
            rounds: e.rounds.map((r) => ({
              round: r.round,
              project: r.project,
              cost: x(r.cost),
              price: x(r.price),
              fullShare: x(r.fullShare),
              supporters: r.supporters,
              payments: r.payments.map((p) => ({ amount: x(p.amount), voters: p.voters })),
              effectiveVotes: x(r.effectiveVotes),
              spent: x(r.spent),
            })),
            completionProjects: [...e.completionProjects],
            unfunded: e.unfunded.map((u) => ({
              project: u.project,
              cost: x(u.cost),
              reason: u.reason,
              supporters: u.supporters,
              supportersStartMoney: x(u.supportersStartMoney),
              supportersMoney: x(u.supportersMoney),
              shortfall: x(u.shortfall),
              moreSupportersNeeded: u.moreSupportersNeeded,
              lostTo: u.lostTo
                ? {
                    round: u.lostTo.round,
                    project: u.lostTo.project,
                    winnerPrice: x(u.lostTo.winnerPrice),
                    ownPrice: x(u.lostTo.ownPrice),
                  }
                : null,
              fitsUnusedBudget: u.fitsUnusedBudget,
              boughtByCompletion: u.boughtByCompletion,
            })),
            unusedBudget: x(e.unusedBudget),
            voterShares: e.voterShares.map((s) => ({
              approved: [...s.approved],
              voters: s.voters,
              paid: s.paid.map((p) => ({
                project: p.project,
                round: p.round,
                amount: x(p.amount),
              })),
              spent: x(s.spent),
              left: x(s.left),
            })),
          },
        }
      : {}),
  };
}
