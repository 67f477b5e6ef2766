import {
  checkBallot,
  tally,
  type ReviewMeeting,
  type TallyResult,
  type Violation,
} from '@qingyuan/core';
import { indexMeeting, type MeetingIndex } from '@qingyuan/core/tally';

/** A voting code and the voter id its ballots count for. */
export interface CodeVoter {
  code: string;
  voter: string;
}

/** The voter id used to check a ballot's marks before its code is known. */
const CHECK_VOTER = 'ballot-check';

/**
 * The meeting as the core tally must see it on the ballot box: its listed voters plus one
 * anonymous voter per anonymous voting code (a code issued to a named voter votes as that
 * voter, so the meeting's recusal rule still applies).
 *
 * @example
 * meetingWithCodeVoters(meeting, [{ code: 'c-1', voter: 'c-1' }]).voters; // [...meeting.voters, { id: 'c-1' }]
 */
export function meetingWithCodeVoters(
  meeting: ReviewMeeting,
  codes: readonly CodeVoter[],
): ReviewMeeting {
  const listed = new Set(meeting.voters.map((voter) => voter.id));
  const extra = codes
    .filter((entry) => !listed.has(entry.voter))
    .map((entry) => ({ id: entry.voter }));
  return { ...meeting, voters: [...meeting.voters, ...extra] };
}

/**
 * Tallies the counted ballots with @qingyuan/core's `tally` — the same code the browser and
 * the CLI run — so the ballot box never has scoring rules of its own.
 *
 * @example
 * const result = tallyBallots(meeting, codes, [{ voter: 'c-1', marks: { … } }]);
 * result.ranking[0]?.project;
 */
export function tallyBallots(
  meeting: ReviewMeeting,
  codes: readonly CodeVoter[],
  ballots: readonly { voter: string; marks: unknown }[],
): TallyResult {
  return tally(
    meetingWithCodeVoters(meeting, codes),
    ballots.map((ballot) => ({ voter: ballot.voter, marks: ballot.marks })),
  );
}

/** Each meeting document's index with the check voter, built once per document. */
const indexes = new WeakMap<ReviewMeeting, MeetingIndex>();

/**
 * Why @qingyuan/core's ballot check (the one its tally runs) would reject these marks for
 * this meeting (unknown project or criterion, wrong mark type, out of range), as violations
 * with their paths and messages in both languages; empty when the ballot would count.
 *
 * @example
 * marksViolations(meeting, { nope: { 'public-benefit': true } });
 * // [{ rule: 'unknown-project', path: ['marks', 'nope'], message: { en: …, 'zh-CN': … } }]
 */
export function marksViolations(meeting: ReviewMeeting, marks: unknown): Violation[] {
  let index = indexes.get(meeting);
  if (index === undefined) {
    index = indexMeeting(
      meetingWithCodeVoters(meeting, [{ code: CHECK_VOTER, voter: CHECK_VOTER }]),
    );
    indexes.set(meeting, index);
  }
  const check = checkBallot(meeting, { voter: CHECK_VOTER, marks }, index);
  return check.ok
    ? []
    : check.reasons.map((reason) => ({
        rule: reason.rule,
        message: reason.text,
        path: [...reason.path],
      }));
}
