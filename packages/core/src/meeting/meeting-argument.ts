import * as z from 'zod/mini';
import { checkArgument } from '../validation/check-argument.js';
import { ReviewMeetingSchema, type ReviewMeeting } from './review-meeting.js';

/**
 * The meeting a public function was given, validated against {@link ReviewMeetingSchema} with
 * its defaults applied (`aggregate: "sum"`, `recusal: "none"`), or an `InvalidInputError` naming
 * the function, with the violations `parseDocument(ReviewMeetingSchema, meeting)` gives.
 * Validating a meeting costs about a microsecond per project or voter, so every call checks again
 * rather than trusting a cache an in-place edit could make stale.
 *
 * @example
 * const parsed = meetingArgument(JSON.parse(meetingJson), 'tally');
 * parsed.aggregate; // 'sum' when the file leaves it out
 */
export function meetingArgument(meeting: unknown, fn: string): ReviewMeeting {
  return checkArgument(ReviewMeetingSchema, meeting, {
    function: fn,
    argument: 'meeting',
    expected: 'ReviewMeeting',
  });
}

const ListSchema = z.array(z.unknown());

/**
 * Checks that an argument is an array (of anything: each item is judged by the function), or
 * throws an `InvalidInputError` naming the function and the argument.
 *
 * @example
 * listArgument(ballots, 'tally', 'ballots', 'BallotList'); // ballots, when it is an array
 */
export function listArgument<T>(
  list: readonly T[],
  fn: string,
  argument: string,
  expected: string,
): readonly T[] {
  if (Array.isArray(list)) return list;
  checkArgument(ListSchema, list, { function: fn, argument, expected });
  return list;
}
