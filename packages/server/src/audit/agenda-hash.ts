import type { ReviewMeeting } from '@qingyuan/core';
import { contentHash } from './content-hash.js';

/**
 * The hash of a meeting document without its roster: `contentHash` of the document with
 * `voters` emptied. The audit log records it beside the whole document's hash, so anyone holding
 * the public export (whose roster lists code ids, not names; see `anonymousMeeting`) can check
 * that its criteria, weights, method and projects are the ones the log recorded.
 *
 * @example
 * agendaHash({ ...meeting, voters: [{ id: 'alice' }] }) === agendaHash({ ...meeting, voters: [] }); // true
 */
export function agendaHash(meeting: ReviewMeeting): string {
  return contentHash({ ...meeting, voters: [] });
}
