import type { Application } from '../domain/application.js';
import { formatMoney } from '../money/format-money.js';
import type { ReviewMeeting } from '../meeting/review-meeting.js';
import { toRuleCheck, type RuleCheck, type Violation } from '../validation/violation.js';
import { requestedOf } from './requested-of.js';
import { roundProjects, type Round } from './round.js';
import { latestVetting, type Vetting } from './vetting.js';

/**
 * Checks a review meeting's agenda against the round's documents: every project is an
 * application of the round accepted by its latest vetting (`agenda.vetted`), and asks for
 * exactly what its application requests (`agenda.requested-matches`: `requested` equals
 * `requestedOf(application)`). Every violation at once, paths into the meeting.
 *
 * @example
 * checkAgenda(meeting, { round, applications, vettings });
 * // { ok: false, violations: [{ rule: 'agenda.requested-matches', path: ['projects', 0, 'requested'], … }] }
 */
export function checkAgenda(
  meeting: ReviewMeeting,
  documents: {
    readonly round: Round;
    readonly applications: readonly Application[];
    readonly vettings: readonly Vetting[];
  },
): RuleCheck {
  const out: Violation[] = [];
  const inRound = new Set(roundProjects(documents.round));
  meeting.projects.forEach((project, index) => {
    const vetting = latestVetting(documents.vettings, documents.round.id, project.id);
    if (!inRound.has(project.id) || vetting?.outcome !== 'accepted') {
      out.push({
        rule: 'agenda.vetted',
        message: !inRound.has(project.id)
          ? {
              'zh-CN': `项目 ${project.id} 不是轮次 ${documents.round.id} 的申请`,
              en: `${project.id} is not an application of round ${documents.round.id}`,
            }
          : {
              'zh-CN': `项目 ${project.id} 未通过社区服务中心的审核`,
              en: `${project.id} has not been accepted by the service center’s vetting`,
            },
        path: ['projects', index, 'id'],
      });
    }
    const application = documents.applications.find((a) => a.id === project.id);
    if (!application) return;
    const requested = requestedOf(application);
    if (
      requested.amount !== project.requested.amount ||
      requested.currency !== project.requested.currency
    ) {
      out.push({
        rule: 'agenda.requested-matches',
        message: {
          'zh-CN': `议程上项目 ${project.id} 申请 ${formatMoney(project.requested)}，申请书预算总额是 ${formatMoney(requested)}`,
          en: `The agenda lists ${project.id} as requesting ${formatMoney(project.requested)}; its application’s budget total is ${formatMoney(requested)}`,
        },
        path: ['projects', index, 'requested'],
      });
    }
  });
  return toRuleCheck(out);
}
