import { meetingArgument } from '../meeting/meeting-argument.js';
import type { ReviewMeeting, ReviewMeetingInput, Voter } from '../meeting/review-meeting.js';

/**
 * Why a voter sits out a project: under `recusal: "own-community"`, the project belongs to the
 * voter's own community (named here, so a UI can say which).
 */
export interface RecusalReason {
  /** The recusal rule that applies (the meeting's `recusal`). */
  readonly rule: 'own-community';
  /** The community the voter and the project share. */
  readonly community: string;
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
 * Why `voterId` sits out `projectId` under the meeting's recusal rule, or `undefined` when the
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
  const community = recusalCommunity(
    meeting,
    meeting.voters.find((voter) => voter.id === voterId),
  );
  if (community === undefined) return undefined;
  const project = meeting.projects.find((item) => item.id === projectId);
  return project?.community === community ? { rule: 'own-community', community } : undefined;
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
