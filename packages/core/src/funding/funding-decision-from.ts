import type { FundingDecision, RankingDeparture } from '../domain/funding-decision.js';
import type { LocalizedText } from '../text/localized-text.js';
import type { FundAllocation } from './allocate-funds.js';
import {
  applyOverrides,
  type FundingOverride,
  type OverrideResult,
  type OverrideViolation,
} from './funding-override.js';

/** Who made a funding decision, when, and on which meeting: what the rule cannot know. */
export interface FundingDecisionRecord {
  /** The decision document's id. */
  readonly id: string;
  /** The review meeting whose ranking the fund followed. */
  readonly meeting: string;
  /** The participants who decided (the service center first). */
  readonly decidedBy: readonly [string, ...string[]];
  /** ISO 8601 date-time with offset. */
  readonly decidedAt: string;
  /** Opinions of street leaders and experts the decision weighed. */
  readonly opinions?: FundingDecision['opinions'];
}

/**
 * The outcome of {@link fundingDecisionFrom}: the decision document, with the final grants,
 * totals and differences from the rule as `applyOverrides` gives them (for showing the
 * decision beside the rule).
 */
export type FundingDecisionFromResult =
  | (Extract<OverrideResult, { ok: true }> & { readonly decision: FundingDecision })
  | { readonly ok: false; readonly violations: readonly OverrideViolation[] };

const skippedByRule: LocalizedText = {
  'zh-CN': '申请额超过剩余资金，按既定规则跳过，资金继续按排名分配给后面的项目',
  en: 'Its request was above the remaining fund; by the agreed rule the fund went on down the ranking',
};

const passedOverByOverrides: LocalizedText = {
  'zh-CN': '资金未分到本项目：决策中记录的调整把资金给了排名在后的项目',
  en: 'The fund did not reach it: the decision’s recorded overrides gave money to projects ranked below it',
};

/**
 * The funding decision document (`FundingDecision`) of a rule's allocation and the manual
 * overrides recorded on it: the final grants, and a departure for every project that did not
 * get what the ranking gave it — each override with who decided and why (also an override that
 * confirms the rule's nothing while a project below is funded), and each other project left
 * unfunded while a project below it was funded (recorded as the rule's skip, or as the
 * overrides' doing, by the first decider). The
 * result passes `checkFundingDecision` against the ranking the allocation followed. Fails (as
 * a value, with every violation) when the overrides do not apply (see `applyOverrides`).
 *
 * @example
 * const result = fundingDecisionFrom(allocation, overrides, {
 *   id: 'fd-2008', meeting: 'qingyuan-2008', decidedBy: ['p-center'],
 *   decidedAt: '2008-04-02T10:00:00+08:00',
 * });
 * if (result.ok) save(result.decision);
 */
export function fundingDecisionFrom(
  allocation: FundAllocation,
  overrides: readonly FundingOverride[],
  record: FundingDecisionRecord,
): FundingDecisionFromResult {
  const applied = applyOverrides(allocation, overrides);
  if (!applied.ok) return applied;
  const currency = allocation.currency;
  const departures: RankingDeparture[] = [];
  const fundedBelow = (rank: number) =>
    applied.grants.some((other) => other.rank > rank && other.granted > 0);
  for (const grant of applied.grants) {
    const changed = grant.override && grant.granted !== grant.ruleGranted;
    if (!changed && !(grant.granted === 0 && fundedBelow(grant.rank))) continue;
    if (grant.override) {
      const { project, by, reason } = grant.override;
      departures.push({ project, by, reason });
    } else {
      const reason = grant.status === 'skipped' ? skippedByRule : passedOverByOverrides;
      departures.push({ project: grant.project, by: record.decidedBy[0], reason });
    }
  }
  const decision: FundingDecision = {
    id: record.id,
    meeting: record.meeting,
    fund: { amount: allocation.fund, currency },
    decidedBy: [...record.decidedBy],
    decidedAt: record.decidedAt,
    grants: applied.grants
      .filter((grant) => grant.granted > 0)
      .map((grant) => ({ project: grant.project, amount: { amount: grant.granted, currency } })),
    departures,
    ...(record.opinions ? { opinions: record.opinions } : {}),
  };
  return { ...applied, decision };
}
