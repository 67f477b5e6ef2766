import type { ReviewMeeting } from '@qingyuan/core';
import { UsageError } from '../io.js';
import type { Locale } from '@qingyuan/core';
import { readBallots } from './read-ballots.js';
import { readMeeting } from './read-meeting.js';

/**
 * Reads the two positional files of tally, explain and sensitivity: MEETING.json and
 * BALLOTS.json; any other number of files is a UsageError pointing at the command's help.
 *
 * @example
 * const { meeting, ballots } = await readMeetingAndBallots(positionals, 'tally');
 */
export async function readMeetingAndBallots(
  positionals: readonly string[],
  command: string,
  lang: Locale = 'en',
): Promise<{ meeting: ReviewMeeting; ballots: unknown[] }> {
  if (positionals.length !== 2) {
    throw new UsageError(
      `${command} takes MEETING.json and BALLOTS.json (see \`qingyuan ${command} --help\`)`,
    );
  }
  const meeting = await readMeeting(positionals[0]!, lang);
  const ballots = await readBallots(positionals[1]!, lang);
  return { meeting, ballots };
}
