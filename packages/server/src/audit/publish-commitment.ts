import type { ReviewMeeting, TallyResult } from '@qingyuan/core';
import { contentHash } from './content-hash.js';

/**
 * Where a meeting's audit log stands: how many entries, and the hash of the last.
 *
 * @example
 * (await (await fetch(`${base}/meetings/m1/results`)).json()).log; // { length: 12, head: '9f2c…' }
 */
export interface LogPosition {
  length: number;
  head: string;
}

/**
 * What the `results.published` entry of a meeting's log commits to, beside the ranking: the
 * log before it (`log`: its length and head hash), the hash of the published tally (`tally`,
 * see {@link tallyHash}) and of the published meeting (`meeting`: the public document, roster
 * under code ids). The entry is then the head that `GET /results` and the event stream
 * announce (`log: { length, head }`): an export whose log does not reach it, or reaches another
 * one, was cut or changed.
 *
 * @example
 * const entry = bundle.log.findLast((e) => e.kind === 'results.published')!;
 * (entry.data as PublishCommitment & Record<string, unknown>).tally; // tallyHash of the result
 */
export interface PublishCommitment {
  log: LogPosition;
  tally: string;
  meeting: string;
}

/**
 * The hash of a tally: `contentHash` of its JSON (counted, ranking with every score, rejected).
 * The same ballots and meeting give the same hash on any platform (core's tally is exact and
 * deterministic).
 *
 * @example
 * tallyHash(verifyMeetingExport(bundle).recount) === publishEntry.data.tally; // a faithful export
 */
export function tallyHash(result: TallyResult): string {
  return contentHash(JSON.parse(JSON.stringify(result)) as unknown);
}

/**
 * The commitments of a publish entry written on a log that stands at `log`.
 *
 * @example
 * publishCommitment({ length: 41, head: 'ab…' }, tally, publicMeeting);
 * // { log: { length: 41, head: 'ab…' }, tally: '…', meeting: '…' }
 */
export function publishCommitment(
  log: LogPosition,
  tally: TallyResult,
  meeting: ReviewMeeting,
): PublishCommitment {
  return {
    log: { length: log.length, head: log.head },
    tally: tallyHash(tally),
    meeting: contentHash(meeting),
  };
}
