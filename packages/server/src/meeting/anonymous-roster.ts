import {
  compareCodePoints,
  type MeetingEvent,
  type ReviewMeeting,
  type Voter,
} from '@qingyuan/core';
import type { CodeVoter } from './meeting-tally.js';

/**
 * The meeting as everyone but its organizer sees it next to the ballots: each voter who holds a
 * named voting code is listed under that code's opaque public id (`c-…`, the kind of id an
 * anonymous code has) with only what the tally needs of them (`community` for recusal, `group`
 * for group weights), never their id or name; voters without a code cast nothing and are not
 * listed. Listed in the order of the code ids (random), not the roster's. Anonymous codes are
 * not listed: the tally adds them as plain voters (see `meetingWithCodeVoters`).
 *
 * Tallying the public meeting with ballots under code ids gives exactly the result of the
 * named roster, so anyone can recount an export without learning who cast which ballot.
 *
 * @example
 * anonymousMeeting({ ...meeting, voters: [{ id: 'alice', community: 'jinhuali' }] },
 *   [{ code: 'c-7K2Q9XWD1M3P', voter: 'alice' }]).voters;
 * // [{ id: 'c-7K2Q9XWD1M3P', community: 'jinhuali' }]
 */
export function anonymousMeeting(
  meeting: ReviewMeeting,
  codes: readonly CodeVoter[],
): ReviewMeeting {
  const roster = new Map(meeting.voters.map((voter) => [voter.id, voter]));
  const voters: Voter[] = [];
  for (const { code, voter } of codes) {
    if (code === voter) continue;
    const listed = roster.get(voter);
    if (listed === undefined) continue;
    voters.push({
      id: code,
      ...(listed.community !== undefined ? { community: listed.community } : {}),
      ...(listed.group !== undefined ? { group: listed.group } : {}),
    });
  }
  voters.sort((a, b) => compareCodePoints(a.id, b.id));
  return { ...meeting, voters };
}

/**
 * The codes as the public sees them: every code votes as its own opaque id.
 *
 * @example
 * anonymousCodes([{ code: 'c-1', voter: 'alice' }]); // [{ code: 'c-1', voter: 'c-1' }]
 */
export function anonymousCodes(codes: readonly CodeVoter[]): CodeVoter[] {
  return codes.map(({ code }) => ({ code, voter: code }));
}

/**
 * A meeting's lifecycle history as the public sees it: every `agenda-saved` document with its
 * roster made anonymous as in {@link anonymousMeeting}; other events unchanged (the ballot box
 * keeps ballots out of the history).
 *
 * @example
 * anonymousHistory(await repo.history(id), await repo.codeVoters(id));
 */
export function anonymousHistory(
  history: readonly MeetingEvent[],
  codes: readonly CodeVoter[],
): MeetingEvent[] {
  return history.map((event) =>
    event.type === 'agenda-saved'
      ? {
          ...event,
          payload: { ...event.payload, meeting: anonymousMeeting(event.payload.meeting, codes) },
        }
      : event,
  );
}
