import * as z from 'zod/mini';
import { IdSchema } from '../validation/id.js';
import type { Money } from '../money/money.js';
import { localize } from '../text/localized-text.js';
import { moneyTotal } from '../money/money-total.js';
import { formatMoney } from '../money/format-money.js';
import type { FundingDecision } from '../domain/funding-decision.js';
import type { LocalizedMessage } from '../locale/localized-message.js';
import { toRuleCheck, type RuleCheck, type Violation } from '../validation/violation.js';

/**
 * A ranking as plain data, best first: rank 1 is the top; equal ranks are ties. The scoring
 * module produces it; the funding rules only read it.
 *
 * @example
 * RankingSchema.parse([{ project: 'jinhuali-home', rank: 1 }, { project: 'xinghuayuan-kids', rank: 2 }]);
 */
export const RankingSchema = z
  .array(
    z
      .object({ project: IdSchema, rank: z.int().check(z.positive()) })
      .register(z.globalRegistry, { id: 'RankEntry' }),
  )
  .register(z.globalRegistry, {
    id: 'Ranking',
    description: 'Projects with their rank, 1 = best.',
  });

/** A ranking, best first. */
export type Ranking = z.infer<typeof RankingSchema>;

/** The funding rules: ids and descriptions in both languages. */
export const fundingRules = {
  'funding.single-currency': {
    'zh-CN': '所有资助金额与资金池使用同一货币',
    en: 'Every grant is in the currency of the fund',
  },
  'funding.within-fund': {
    'zh-CN': '资助总额不超过资金池',
    en: 'The sum granted never exceeds the fund',
  },
  'funding.within-request': {
    'zh-CN': '资助金额不超过项目申请的金额',
    en: 'No project is granted more than it requested',
  },
  'funding.departures-recorded': {
    'zh-CN': '偏离排名的资助决定（越过排名较前的项目，或资助未排名的项目）要记录由谁决定及理由',
    en: 'A decision that departs from the ranking (passing over a better-ranked project, or funding an unranked one) records who decided and why',
  },
} as const satisfies Record<string, LocalizedMessage>;

/** Options of {@link checkFundingDecision}. */
export interface FundingCheckOptions {
  /** What each project requested (from the meeting agenda), to check grants against. */
  readonly requested?: Readonly<Record<string, Money>>;
}

/**
 * Checks a funding decision against the fund and the ranking and returns every violation:
 * grants in another currency, a total above the fund, a grant above the request, and
 * departures from the ranking without a record of who decided and why. A project is a
 * departure when it is funded without being ranked, or left unfunded while a project ranked
 * below it is funded (ties are not departures).
 *
 * @example
 * checkFundingDecision(decision, [{ project: 'a', rank: 1 }, { project: 'b', rank: 2 }]);
 * // { ok: false, violations: [{ rule: 'funding.departures-recorded', path: ['departures'], … }] }
 */
export function checkFundingDecision(
  decision: FundingDecision,
  ranking: Ranking,
  options: FundingCheckOptions = {},
): RuleCheck {
  const out: Violation[] = [];
  const currency = decision.fund.currency;
  decision.grants.forEach((grant, index) => {
    if (grant.amount.currency !== currency) {
      out.push({
        rule: 'funding.single-currency',
        message: {
          'zh-CN': `项目 ${grant.project} 的资助使用 ${grant.amount.currency}，资金池是 ${currency}`,
          en: `The grant to ${grant.project} is in ${grant.amount.currency}, the fund in ${currency}`,
        },
        path: ['grants', index, 'amount', 'currency'],
      });
    }
    const requested = options.requested?.[grant.project];
    if (
      requested &&
      requested.currency === grant.amount.currency &&
      grant.amount.amount > requested.amount
    ) {
      out.push({
        rule: 'funding.within-request',
        message: {
          'zh-CN': `项目 ${grant.project} 获资助 ${formatMoney(grant.amount)}，超过申请的 ${formatMoney(requested)}`,
          en: `${grant.project} is granted ${formatMoney(grant.amount)}, more than the ${formatMoney(requested)} it requested`,
        },
        path: ['grants', index, 'amount', 'amount'],
      });
    }
  });
  const inFund = decision.grants.filter((grant) => grant.amount.currency === currency);
  const total = moneyTotal(
    inFund.map((grant) => grant.amount),
    currency,
  );
  if (total.ok && total.minorUnits > BigInt(decision.fund.amount)) {
    const sum = { amount: total.minorUnits, currency };
    out.push({
      rule: 'funding.within-fund',
      message: {
        'zh-CN': `资助总额 ${formatMoney(sum)} 超过资金池 ${formatMoney(decision.fund)}`,
        en: `The grants add up to ${formatMoney(sum)}, more than the fund of ${formatMoney(decision.fund)}`,
      },
      path: ['grants'],
    });
  }
  const recorded = new Set(
    decision.departures
      .filter((departure) => localize(departure.reason, 'en').trim() !== '')
      .map((departure) => departure.project),
  );
  const funded = new Set(
    decision.grants.filter((grant) => grant.amount.amount > 0).map((grant) => grant.project),
  );
  const rankOf = new Map(ranking.map((entry) => [entry.project, entry.rank]));
  for (const project of funded) {
    if (!rankOf.has(project) && !recorded.has(project)) {
      out.push({
        rule: 'funding.departures-recorded',
        message: {
          'zh-CN': `项目 ${project} 未参加排名却获资助，需记录由谁决定及理由`,
          en: `${project} is funded without being ranked: record who decided and why`,
        },
        path: ['departures'],
      });
    }
  }
  for (const entry of [...ranking].sort((a, b) => a.rank - b.rank)) {
    if (funded.has(entry.project) || recorded.has(entry.project)) continue;
    const below = ranking.find((other) => other.rank > entry.rank && funded.has(other.project));
    if (below) {
      out.push({
        rule: 'funding.departures-recorded',
        message: {
          'zh-CN': `排名第 ${entry.rank} 的项目 ${entry.project} 未获资助，而排名第 ${below.rank} 的 ${below.project} 获资助：需记录由谁决定及理由`,
          en: `${entry.project} (rank ${entry.rank}) is not funded while ${below.project} (rank ${below.rank}) is: record who decided and why`,
        },
        path: ['departures'],
      });
    }
  }
  return toRuleCheck(out);
}
