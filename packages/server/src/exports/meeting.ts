/**
 * `@qingyuan/server/meeting`: the ballot box's rules over core's meeting lifecycle: who may
 * take which step, the checks on codes and ballots, the API names of statuses, the tally of
 * stored ballots and the anonymous roster a published meeting shows.
 *
 * @example
 * import { anonymousMeeting, tallyBallots } from '@qingyuan/server/meeting';
 *
 * @packageDocumentation
 */
export {
  ballotBoxRules,
  castViolations,
  checkMeetingEvent,
  isMeetingAction,
  issueViolations,
  meetingActionNames,
  meetingActions,
  organizerEvent,
  ORGANIZER,
  type BallotBoxContext,
  type CodesRequest,
  type MeetingAction,
} from '../meeting/meeting-transition.js';
export { apiStatus, type MeetingStatus } from '../meeting/meeting-status.js';
export { marksViolations, tallyBallots } from '../meeting/meeting-tally.js';
export { anonymousMeeting } from '../meeting/anonymous-roster.js';
export { castRules } from '../meeting/cast-rules.js';
