import type { MeetingProject, ReviewMeeting } from '@qingyuan/core';

/**
 * Whether a voter sits out a project under the meeting's recusal rule: with
 * `recusal: "own-community"`, a voter does not vote on projects of their own community (core's
 * `tally` ignores such marks; the ballot shows those projects disabled with the reason).
 *
 * @example
 * isRecused(meeting, 'v01', meeting.projects[0]); // true when v01 lives in that community
 */
export function isRecused(
  meeting: ReviewMeeting,
  voterId: string,
  project: MeetingProject,
): boolean {
  if (meeting.recusal !== 'own-community') return false;
  const voter = meeting.voters.find((item) => item.id === voterId);
  return voter?.community !== undefined && voter.community === project.community;
}
