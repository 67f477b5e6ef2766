/**
 * `@qingyuan/core/tally`: a building block of the tally for a program that checks many
 * ballots against one meeting, as the ballot box does for every ballot it receives. Index the
 * meeting once with {@link indexMeeting} and give the index to the root's `checkBallot`;
 * `tally` and `checkBallot` without an index build their own, so most programs never need
 * this entry. Lower-level than the root: read `MeetingIndex`, never build one by hand.
 * {@link isMarksShape} is the fast structural check of ballot marks that a program receiving
 * ballots runs before its own schema (the ballot box does, on every cast request).
 *
 * @example
 * import { checkBallot } from '@qingyuan/core';
 * import { indexMeeting } from '@qingyuan/core/tally';
 *
 * const index = indexMeeting(meeting);
 * const refused = ballots.filter((ballot) => !checkBallot(meeting, ballot, index).ok);
 *
 * @module tally
 */
export { indexMeeting, type MeetingIndex } from '../scoring/ballot-check.js';
export { isMarksShape } from '../scoring/marks-shape.js';
