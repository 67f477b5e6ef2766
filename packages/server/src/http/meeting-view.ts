import { apiStatus } from '../meeting/meeting-status.js';
import type { MeetingRecord } from '../storage/records.js';

/**
 * A meeting as the API shows it to anyone (no organizer token, no secret codes), its status
 * under the API's names (`open`, `closed`, `published`; see `apiStatus`).
 *
 * @example
 * c.json({ ...publicMeeting(record), turnout }); // { id, status: 'open', liveResults, … }
 */
export function publicMeeting(record: MeetingRecord): Record<string, unknown> {
  return {
    id: record.id,
    organization: record.organization,
    status: apiStatus(record.status),
    liveResults: record.liveResults,
    corsOrigins: record.corsOrigins,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    meeting: record.document,
  };
}

/**
 * Whether anyone may read the meeting's results: once published, or while voting is open or
 * closed when the meeting shows live results.
 *
 * @example
 * resultsArePublic(record); // true for a published meeting
 */
export function resultsArePublic(record: MeetingRecord): boolean {
  return (
    resultsPublished(record) ||
    (record.liveResults && (record.status === 'voting-open' || record.status === 'voting-closed'))
  );
}

/**
 * Whether the meeting's results were published: `results-published`, or `funding-decided`
 * after it (a round recorded its funding decision on the published ranking; the results stay
 * what was published).
 *
 * @example
 * resultsPublished(record); // true for a published meeting, and after its funding decision
 */
export function resultsPublished(record: Pick<MeetingRecord, 'status'>): boolean {
  return record.status === 'results-published' || record.status === 'funding-decided';
}
