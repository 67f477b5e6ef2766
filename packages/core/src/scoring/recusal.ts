import { meetingArgument } from '../meeting/meeting-argument.js';
import type {
  MeetingProject,
  ReviewMeeting,
  ReviewMeetingInput,
  Voter,
} from '../meeting/review-meeting.js';
import type { LocalizedText } from '../text/localized-text.js';

/**
 * Why a voter sits out a project:
 * - `own-community` (only under `recusal: "own-community"`): the project belongs to the
 *   voter's own community (named, so a UI can say which);
 * - `applicant`: the voter (by voter or participant id) applied for the project;
 * - `team-member`: the voter is on the project's proposed team;
 * - `declared-conflict`: the voter declared a conflict of interest on the project.
 *
 * Conflicts of interest (the last three) recuse under every `recusal` rule: listing an
 * applicant or a declared conflict is the meeting saying so.
 */
export type RecusalReason =
  | {
      /** The recusal rule that applies (the meeting's `recusal`). */
      readonly rule: 'own-community';
      /** The community the voter and the project share. */
      readonly community: string;
    }
  | {
      readonly rule: 'applicant' | 'team-member';
      /** The id the project lists (the voter's own id or its participant id). */
      readonly participant: string;
    }
  | {
      readonly rule: 'declared-conflict';
      readonly reason?: LocalizedText | undefined;
    };

/**
 * Why an already-validated voter sits out an already-validated project, or `undefined`. The
 * whole rule in one place: `recusal`, `isRecused`, `interestRecusals` and both tally paths
 * agree with it. Checked in this order: applicant, team member, declared conflict, own
 * community.
 *
 * @example
 * recusalReason(meeting, { id: 'v01', participant: 'p-li' }, { ...project, applicants: ['p-li'] });
 * // { rule: 'applicant', participant: 'p-li' }
 */
export function recusalReason(
  meeting: Pick<ReviewMeeting, 'recusal'>,
  voter: Voter,
  project: MeetingProject,
): RecusalReason | undefined {
  const ids = voter.participant === undefined ? [voter.id] : [voter.id, voter.participant];
  const applicant = ids.find((id) => project.applicants?.includes(id));
  if (applicant !== undefined) return { rule: 'applicant', participant: applicant };
  const member = ids.find((id) => project.team?.includes(id));
  if (member !== undefined) return { rule: 'team-member', participant: member };
  const conflict = voter.conflicts?.find((item) => item.project === project.id);
  if (conflict !== undefined) return { rule: 'declared-conflict', reason: conflict.reason };
  const community = recusalCommunity(meeting, voter);
  return community !== undefined && community === project.community
    ? { rule: 'own-community', community }
    : undefined;
}

/**
 * Per voter (by index), the indices of the projects the voter sits out for a conflict of
 * interest (applicant, team member, declared conflict), or `undefined` when none: what the
 * tally loops check besides {@link recusalCommunity}. Sparse: most voters have none.
 *
 * @example
 * interestRecusals(meeting)[0]?.has(2); // true when voter 0 applied for project 2
 */
export function interestRecusals(
  meeting: Pick<ReviewMeeting, 'projects' | 'voters'>,
): readonly (ReadonlySet<number> | undefined)[] {
  const byId = new Map<string, Set<number>>();
  const add = (id: string, p: number) => {
    const set = byId.get(id) ?? new Set<number>();
    set.add(p);
    byId.set(id, set);
  };
  const projectIndex = new Map(meeting.projects.map((project, p) => [project.id, p] as const));
  meeting.projects.forEach((project, p) => {
    for (const id of project.applicants ?? []) add(id, p);
    for (const id of project.team ?? []) add(id, p);
  });
  return meeting.voters.map((voter) => {
    const own = new Set<number>([
      ...(byId.get(voter.id) ?? []),
      ...(voter.participant === undefined ? [] : (byId.get(voter.participant) ?? [])),
    ]);
    for (const conflict of voter.conflicts ?? []) {
      const p = projectIndex.get(conflict.project);
      if (p !== undefined) own.add(p);
    }
    return own.size === 0 ? undefined : own;
  });
}

/**
 * The community whose projects a voter sits out under the meeting's recusal rule, or
 * `undefined` when the voter sits out none (the rule is `"none"`, or the voter names no
 * community). This is the whole rule: a voter is recused from a project exactly when this
 * equals the project's `community`. Tally loops compute it once per voter. This is the rule
 * itself on already-checked values; {@link recusal} and {@link isRecused} take a whole meeting
 * and validate it.
 *
 * @example
 * recusalCommunity({ ...meeting, recusal: 'own-community' }, { id: 'v01', community: 'jinhuali' });
 * // 'jinhuali'
 * recusalCommunity({ ...meeting, recusal: 'none' }, { id: 'v01', community: 'jinhuali' });
 * // undefined
 */
export function recusalCommunity(
  meeting: Pick<ReviewMeeting, 'recusal'>,
  voter: Pick<Voter, 'community'> | undefined,
): string | undefined {
  return meeting.recusal === 'own-community' ? voter?.community : undefined;
}

/**
 * Why `voterId` sits out `projectId` (see {@link RecusalReason}), or `undefined` when the
 * voter votes on it (also when either id is unknown). Core's `tally` ignores a recused voter's
 * marks on the project and does not count the ballot towards the project's denominators; a
 * ballot UI shows the project disabled with this reason. The meeting is validated as by
 * `tally` (a missing `recusal` reads as its default `"none"`); an invalid one throws an
 * `InvalidInputError`.
 *
 * @example
 * recusal(meeting, 'v01', 'jinhuali-home'); // { rule: 'own-community', community: 'jinhuali' }
 * recusal(meeting, 'v02', 'jinhuali-home'); // undefined
 */
export function recusal(
  input: ReviewMeetingInput,
  voterId: string,
  projectId: string,
): RecusalReason | undefined {
  const meeting: ReviewMeeting = meetingArgument(input, 'recusal');
  const voter = meeting.voters.find((item) => item.id === voterId);
  const project = meeting.projects.find((item) => item.id === projectId);
  return voter && project ? recusalReason(meeting, voter, project) : undefined;
}

/**
 * Whether `voterId` sits out `projectId` under the meeting's recusal rule (see {@link recusal}
 * for the reason).
 *
 * @example
 * isRecused(meeting, 'v01', 'jinhuali-home'); // true when v01 lives in jinhuali and
 *                                             // meeting.recusal is 'own-community'
 */
export function isRecused(
  meeting: ReviewMeetingInput,
  voterId: string,
  projectId: string,
): boolean {
  return recusal(meeting, voterId, projectId) !== undefined;
}
