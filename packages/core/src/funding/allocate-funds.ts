import * as z from 'zod/mini';
import { meetingArgument } from '../meeting/meeting-argument.js';
import type { ReviewMeetingInput } from '../meeting/review-meeting.js';
import type { Money } from '../money/money.js';
import type { TallyResult } from '../scoring/tally-counts.js';
import { tallyResultArgument } from '../scoring/tally-result-argument.js';
import { checkArgument } from '../validation/check-argument.js';
import type { Violation } from '../validation/violation.js';

/** A project waiting for money, in rank order. */
export interface FundingCandidate {
  readonly project: string;
  readonly requested: Money;
}

/** How the fund follows the ranking. */
export interface AllocateFundsOptions {
  /**
   * `skip` (default): go down the ranking and fund every project that still fits, skipping
   * those that no longer do. `strict`: stop at the first project that does not fit.
   */
  readonly mode?: 'skip' | 'strict';
  /**
   * Grant the remainder of the fund to the first project that does not fit (a partial grant).
   * Off by default.
   */
  readonly partial?: boolean;
}

/**
 * What happened to a project: `funded` in full, `partial` (the remainder), `skipped` (did not
 * fit), `not-reached` (after the stop in strict mode).
 */
export type FundGrantStatus = 'funded' | 'partial' | 'skipped' | 'not-reached';

/** One project's grant in minor units. */
export interface FundGrant {
  readonly project: string;
  /** 1-based position in the ranking. */
  readonly rank: number;
  readonly requested: number;
  readonly granted: number;
  readonly status: FundGrantStatus;
}

/** The rule's outcome: every project's grant, and what is left. */
export interface FundAllocation {
  readonly currency: string;
  readonly fund: number;
  readonly granted: number;
  readonly remaining: number;
  readonly mode: 'skip' | 'strict';
  readonly partial: boolean;
  readonly grants: readonly FundGrant[];
}

/**
 * A business-rule failure of {@link allocateFunds}: the SDK's one {@link Violation} shape,
 * narrowed to the rules of funding.
 *
 * @example
 * const v: FundingViolation = { rule: 'fund-amount', path: ['fund', 'amount'],
 *   message: { 'zh-CN': '资金总额必须是非负整数', en: 'The fund must be a non-negative integer' } };
 */
export type FundingViolation = Violation<'fund-amount' | 'currency-mismatch'>;

/**
 * The shape `allocateFunds` needs to run at all. The amount's value (an integer, not negative)
 * is a business rule it reports as a violation, so only its type is checked here.
 */
const MoneyShape = z.object({ amount: z.number(), currency: z.string() });
const CandidatesShape = z.array(z.object({ project: z.string(), requested: MoneyShape }));
const OptionsShape = z.strictObject({
  mode: z.optional(z.enum(['skip', 'strict'])),
  partial: z.optional(z.boolean()),
});

/** The outcome of {@link allocateFunds}. */
export type AllocateFundsResult =
  | { readonly ok: true; readonly allocation: FundAllocation }
  | { readonly ok: false; readonly violations: readonly FundingViolation[] };

/**
 * Funds projects in rank order from a fund, in integer minor units; the sum granted never
 * exceeds the fund. See {@link AllocateFundsOptions} for skip vs strict and partial grants.
 *
 * @example
 * const result = allocateFunds(
 *   [{ project: 'a', requested: { amount: 600, currency: 'CNY' } },
 *    { project: 'b', requested: { amount: 500, currency: 'CNY' } },
 *    { project: 'c', requested: { amount: 300, currency: 'CNY' } }],
 *   { amount: 1000, currency: 'CNY' },
 * );
 * // a funded (600), b skipped, c funded (300); remaining 100
 *
 * A fund amount that is not a non-negative integer, or a currency that differs from a
 * request's, is a business-rule failure (`ok: false` with every violation). Arguments of the
 * wrong shape — candidates that are not a list of `{ project, requested: Money }`, a fund that
 * is not `{ amount, currency }`, unknown options — throw an `InvalidInputError`.
 */
export function allocateFunds(
  candidates: readonly FundingCandidate[],
  fund: Money,
  options: AllocateFundsOptions = {},
): AllocateFundsResult {
  checkArgument(CandidatesShape, candidates, {
    function: 'allocateFunds',
    argument: 'candidates',
    expected: 'FundingCandidate[]',
  });
  checkArgument(MoneyShape, fund, {
    function: 'allocateFunds',
    argument: 'fund',
    expected: 'Money',
  });
  checkArgument(OptionsShape, options, {
    function: 'allocateFunds',
    argument: 'options',
    expected: 'AllocateFundsOptions',
  });
  const violations: FundingViolation[] = [];
  if (!Number.isSafeInteger(fund.amount) || fund.amount < 0) {
    violations.push({
      rule: 'fund-amount',
      message: {
        'zh-CN': `资金总额必须是以最小货币单位（分）表示的非负整数，实际为 ${fund.amount}`,
        en: `The fund must be a non-negative integer number of minor units, got ${fund.amount}`,
      },
      path: ['fund', 'amount'],
    });
  }
  candidates.forEach((candidate, i) => {
    if (candidate.requested.currency !== fund.currency) {
      violations.push({
        rule: 'currency-mismatch',
        message: {
          'zh-CN': `项目“${candidate.project}”申请的币种是 ${candidate.requested.currency}，资金的币种是 ${fund.currency}`,
          en: `Project "${candidate.project}" requests ${candidate.requested.currency}, the fund is in ${fund.currency}`,
        },
        path: ['candidates', i, 'requested', 'currency'],
      });
    }
  });
  if (violations.length > 0) return { ok: false, violations };
  const mode = options.mode ?? 'skip';
  const partial = options.partial ?? false;
  let remaining = fund.amount;
  let stopped = false;
  const grants = candidates.map((candidate, i): FundGrant => {
    const requested = candidate.requested.amount;
    const base = { project: candidate.project, rank: i + 1, requested };
    if (stopped) return { ...base, granted: 0, status: 'not-reached' };
    if (requested <= remaining) {
      remaining -= requested;
      return { ...base, granted: requested, status: 'funded' };
    }
    if (mode === 'strict') stopped = true;
    if (partial && remaining > 0) {
      const granted = remaining;
      remaining = 0;
      return { ...base, granted, status: 'partial' };
    }
    return { ...base, granted: 0, status: 'skipped' };
  });
  return {
    ok: true,
    allocation: {
      currency: fund.currency,
      fund: fund.amount,
      granted: fund.amount - remaining,
      remaining,
      mode,
      partial,
      grants,
    },
  };
}

/**
 * The candidates of a tallied meeting in rank order, with their requested amounts. The meeting
 * is validated as by `tally` and the result must be a tally of it; otherwise an
 * `InvalidInputError` is thrown.
 *
 * @example
 * allocateFunds(fundingCandidates(meeting, tally(meeting, ballots)), { amount: 2000000, currency: 'CNY' });
 */
export function fundingCandidates(
  input: ReviewMeetingInput,
  tallied: TallyResult,
): FundingCandidate[] {
  const meeting = meetingArgument(input, 'fundingCandidates');
  const result = tallyResultArgument(meeting, tallied, 'fundingCandidates', { exact: false });
  const byId = new Map(meeting.projects.map((project) => [project.id, project] as const));
  return result.ranking.map((row) => ({
    project: row.project,
    requested: byId.get(row.project)!.requested,
  }));
}
