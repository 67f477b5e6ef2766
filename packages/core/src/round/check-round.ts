import type { Application } from '../domain/application.js';
import type { FundingDecision } from '../domain/funding-decision.js';
import { formatMoney } from '../money/format-money.js';
import { localize } from '../text/localized-text.js';
import { toRuleCheck, type RuleCheck, type Violation } from '../validation/violation.js';
import { roundProjects, type Round } from './round.js';
import type { Subdistrict } from './subdistrict.js';

/**
 * Checks a round against its documents and returns every violation: its communities are the
 * subdistrict's (`round.subdistrict`), its applications come from its communities
 * (`round.communities`), its decisions are of its meetings and grant in total no more than the
 * dedicated fund (`round.within-fund`), and `funded` lists exactly the projects the decisions
 * grant money to (`round.funded-matches-decisions`).
 *
 * @example
 * checkRound(round, { subdistrict, applications, decisions });
 * // { ok: false, violations: [{ rule: 'round.within-fund', path: ['decisions'], … }] }
 */
export function checkRound(
  round: Round,
  documents: {
    readonly subdistrict?: Subdistrict;
    readonly applications?: readonly Application[];
    readonly decisions: readonly FundingDecision[];
  },
): RuleCheck {
  const out: Violation[] = [];
  const { subdistrict } = documents;
  if (subdistrict) {
    if (subdistrict.id !== round.subdistrict) {
      out.push({
        rule: 'round.subdistrict',
        message: {
          'zh-CN': `轮次属于街道 ${round.subdistrict}，不是 ${subdistrict.id}`,
          en: `The round is of subdistrict ${round.subdistrict}, not ${subdistrict.id}`,
        },
        path: ['subdistrict'],
      });
    }
    const known = new Set(subdistrict.communities.map((c) => c.id));
    round.communities.forEach((community, index) => {
      if (!known.has(community))
        out.push({
          rule: 'round.subdistrict',
          message: {
            'zh-CN': `社区 ${community} 不属于${localize(subdistrict.name, 'zh-CN')}`,
            en: `Community ${community} is not in subdistrict ${subdistrict.id}`,
          },
          path: ['communities', index],
        });
    });
  }
  const ids = new Set(roundProjects(round));
  for (const application of documents.applications ?? []) {
    if (!ids.has(application.id) || round.communities.includes(application.community)) continue;
    out.push({
      rule: 'round.communities',
      message: {
        'zh-CN': `申请 ${application.id} 来自社区 ${application.community}，该社区不在本轮次中`,
        en: `Application ${application.id} is from ${application.community}, which does not take part in the round`,
      },
      path: ['applications', round.applications.indexOf(application.id)],
    });
  }
  const decisions = round.decisions.flatMap((id, index) => {
    const decision = documents.decisions.find((d) => d.id === id);
    if (!decision) {
      out.push({
        rule: 'round.within-fund',
        message: { 'zh-CN': `没有资助决定“${id}”`, en: `There is no funding decision “${id}”` },
        path: ['decisions', index],
      });
      return [];
    }
    if (!round.meetings.includes(decision.meeting)) {
      out.push({
        rule: 'round.within-fund',
        message: {
          'zh-CN': `资助决定 ${id} 针对的评审会 ${decision.meeting} 不属于本轮次`,
          en: `Decision ${id} is for meeting ${decision.meeting}, which is not of this round`,
        },
        path: ['decisions', index],
      });
    }
    return [decision];
  });
  const fund = round.fund.amount;
  const grants = decisions.flatMap((d) => d.grants);
  const foreign = grants.find((g) => g.amount.currency !== fund.currency);
  const total = grants
    .filter((g) => g.amount.currency === fund.currency)
    .reduce((sum, g) => sum + BigInt(g.amount.amount), 0n);
  if (foreign) {
    out.push({
      rule: 'round.within-fund',
      message: {
        'zh-CN': `项目 ${foreign.project} 的资助使用 ${foreign.amount.currency}，专项资金是 ${fund.currency}`,
        en: `The grant to ${foreign.project} is in ${foreign.amount.currency}, the fund in ${fund.currency}`,
      },
      path: ['decisions'],
    });
  }
  if (total > BigInt(fund.amount)) {
    const granted = formatMoney({ amount: total, currency: fund.currency });
    out.push({
      rule: 'round.within-fund',
      message: {
        'zh-CN': `本轮资助合计 ${granted}，超过专项资金 ${formatMoney(fund)}`,
        en: `The round grants ${granted} in all, more than its fund of ${formatMoney(fund)}`,
      },
      path: ['decisions'],
    });
  }
  const funded = new Set(grants.filter((g) => g.amount.amount > 0).map((g) => g.project));
  round.funded.forEach((project, index) => {
    if (!funded.has(project))
      out.push({
        rule: 'round.funded-matches-decisions',
        message: {
          'zh-CN': `项目 ${project} 列为获资助，但资助决定没有给它资金`,
          en: `${project} is listed as funded but no decision grants it money`,
        },
        path: ['funded', index],
      });
  });
  for (const project of funded) {
    if (!round.funded.includes(project))
      out.push({
        rule: 'round.funded-matches-decisions',
        message: {
          'zh-CN': `资助决定资助了项目 ${project}，但轮次没有把它列为获资助`,
          en: `A decision funds ${project}, but the round does not list it as funded`,
        },
        path: ['funded'],
      });
  }
  return toRuleCheck(out);
}
