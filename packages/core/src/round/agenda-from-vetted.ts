import type { Application } from '../domain/application.js';
import type { GovernanceBody } from '../domain/governance-body.js';
import type { MeetingProject } from '../meeting/review-meeting.js';
import type { LocalizedText } from '../text/localized-text.js';
import type { Violation } from '../validation/violation.js';
import { requestedOf } from './requested-of.js';
import { roundProjects, type Round } from './round.js';
import { checkVetting, latestVetting, type Vetting } from './vetting.js';

/** The outcome of {@link agendaFromVetted}. */
export type AgendaFromVettedResult =
  | {
      readonly ok: true;
      /** The meeting's projects: the accepted applications, in the round's order. */
      readonly projects: readonly MeetingProject[];
      /** Applications returned to their community, with the reasons. */
      readonly returned: readonly {
        readonly application: string;
        readonly reasons: readonly LocalizedText[];
      }[];
      /** Applications of the round not vetted yet. */
      readonly notVetted: readonly string[];
    }
  | { readonly ok: false; readonly violations: readonly Violation[] };

/**
 * A review meeting's agenda (`ReviewMeeting.projects`) from a round's vetted applications: every
 * application of the round (its own, then those carried over) whose latest vetting accepted it,
 * with `requested` = {@link requestedOf} the application and the purpose as summary. Returned
 * and not-yet-vetted applications are listed apart. Fails with every violation when a vetting
 * that counts breaks the vetting rules (`checkVetting`, paths under `vettings`) or an
 * application of the round is missing from `applications` (`agenda.application-present`).
 *
 * @example
 * const agenda = agendaFromVetted(round, pilotApplications, vettings, { bodies });
 * if (agenda.ok) meeting = { ...meeting, projects: [...agenda.projects] };
 */
export function agendaFromVetted(
  round: Round,
  applications: readonly Application[],
  vettings: readonly Vetting[],
  context: { readonly bodies: readonly GovernanceBody[] },
): AgendaFromVettedResult {
  const violations: Violation[] = [];
  const projects: MeetingProject[] = [];
  const returned: { application: string; reasons: readonly LocalizedText[] }[] = [];
  const notVetted: string[] = [];
  for (const id of roundProjects(round)) {
    const vetting = latestVetting(vettings, round.id, id);
    if (!vetting) {
      notVetted.push(id);
      continue;
    }
    const index = vettings.indexOf(vetting);
    const check = checkVetting(vetting, { ...context, round });
    if (!check.ok) {
      violations.push(
        ...check.violations.map((v) => ({ ...v, path: ['vettings', index, ...v.path] })),
      );
      continue;
    }
    if (vetting.outcome === 'returned') {
      returned.push({ application: id, reasons: vetting.reasons });
      continue;
    }
    const application = applications.find((candidate) => candidate.id === id);
    if (!application) {
      violations.push({
        rule: 'agenda.application-present',
        message: {
          'zh-CN': `通过审核的申请 ${id} 没有申请书`,
          en: `Application ${id} was accepted but its document is missing`,
        },
        path: ['applications'],
      });
      continue;
    }
    projects.push({
      id,
      title: application.title,
      community: application.community,
      requested: requestedOf(application),
      summary: application.purpose,
    });
  }
  return violations.length > 0
    ? { ok: false, violations }
    : { ok: true, projects, returned, notVetted };
}
