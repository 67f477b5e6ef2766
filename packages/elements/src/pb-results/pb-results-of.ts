import {
  approvalElectionFromPabulib,
  checkJustifiedRepresentation,
  equalShares,
  explainEqualShares,
  greedy,
  outcomeAnalytics,
  sequentialPhragmen,
  type ApprovalElection,
  type BudgetOutcome,
  type PabulibInstance,
} from '@qingyuan/core';
import type { DocumentResult } from '../data/document-result.js';
import type { Locale } from '@qingyuan/core';
import type { PbRepresentationCheck, PbResults, PbRuleChoice } from './pb-results-data.js';

/** Options of {@link pbResultsOf}. */
export interface PbResultsOfOptions {
  /**
   * The search steps each EJR/PJR check may take (core's `maxSteps`) before it answers
   * `too-large`. Default 200,000: the check runs in the page, so it is kept short.
   */
  representationMaxSteps?: number;
  /** The locale of the issues when the election cannot be used. Default `en`. */
  locale?: Locale;
}

/**
 * Computes what `<qy-pb-results>` shows from a parsed Pabulib election, with core's functions
 * only: the rule's outcome (`greedy`, `equalShares`, `sequentialPhragmen`), `outcomeAnalytics`,
 * EJR and PJR with `checkJustifiedRepresentation`, and for Equal Shares `explainEqualShares`.
 * An election that is not an approval election (or is otherwise refused by core) gives its
 * violations as localized issues.
 *
 * @example
 * const parsed = parsePabulib(text);
 * if (parsed.ok) pbResultsOf(parsed.value, { rule: 'greedy', utility: 'cost', completion: 'none' });
 */
export function pbResultsOf(
  instance: PabulibInstance,
  rule: PbRuleChoice,
  options: PbResultsOfOptions = {},
): DocumentResult<PbResults> {
  const locale = options.locale ?? 'en';
  const built = approvalElectionFromPabulib(instance);
  if (!built.ok) {
    return {
      ok: false,
      issues: built.violations.map((v) => ({
        where: v.path.join('.'),
        message: v.message[locale],
      })),
    };
  }
  const election = built.value;
  const explanation =
    rule.rule === 'equal-shares'
      ? explainEqualShares(election, { utility: rule.utility, completion: rule.completion })
      : null;
  const outcome = runRule(election, rule);
  const utility = rule.rule === 'phragmen' ? 'cost' : rule.utility;
  const maxSteps = options.representationMaxSteps ?? 200_000;
  const representation = (['ejr', 'pjr'] as const).map((property): PbRepresentationCheck => {
    const check = checkJustifiedRepresentation(election, outcome.selected, {
      property,
      utility,
      maxSteps,
    });
    return {
      property,
      utility,
      status: check.status,
      ...(check.status === 'satisfied' ? {} : { message: check.message }),
    };
  });
  const votes = new Map(election.projectIds.map((id, p) => [id, election.approvals[p]!]));
  const name = (extra: Record<string, string>) => extra.name?.trim();
  return {
    ok: true,
    value: {
      title: instance.meta.description?.trim() ?? '',
      budget: election.budget,
      voters: election.voterCount,
      projects: instance.projects.map((p) => ({
        id: p.id,
        ...(name(p.extra) ? { name: name(p.extra)! } : {}),
        cost: p.cost,
        votes: votes.get(p.id) ?? 0,
      })),
      rule,
      outcome,
      analytics: outcomeAnalytics(election, outcome.selected),
      representation,
      explanation,
      ballots: new Map(instance.votes.map((v) => [v.voterId, v.projects])),
    },
  };
}

function runRule(election: ApprovalElection, rule: PbRuleChoice): BudgetOutcome {
  if (rule.rule === 'greedy') return greedy(election, { utility: rule.utility });
  if (rule.rule === 'phragmen') return sequentialPhragmen(election);
  return equalShares(election, { utility: rule.utility, completion: rule.completion });
}
