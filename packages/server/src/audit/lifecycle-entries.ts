import type { TallyResult } from '@qingyuan/core';
import type { MeetingRecord } from '../storage/records.js';
import { agendaHash } from './agenda-hash.js';
import { contentHash } from './content-hash.js';
import type { PublishCommitment } from './publish-commitment.js';

/**
 * The audit-log kind that records each lifecycle step.
 *
 * @example
 * lifecycleKinds['voting-opened']; // 'voting.opened'
 */
export const lifecycleKinds = {
  'weights-locked': 'meeting.weights-locked',
  'voting-opened': 'voting.opened',
  'voting-closed': 'voting.closed',
  'results-published': 'results.published',
} as const;

/** A lifecycle step an organizer takes, by its core event type. */
export type LifecycleStep = keyof typeof lifecycleKinds;

/**
 * The audit-log kind of the meeting's `funding-decided` event, written by the round that
 * records the decision (not an organizer's step); its data names the round, the decision and
 * the decision's content hash.
 *
 * @example
 * fundingDecidedKind; // 'funding.decided'
 */
export const fundingDecidedKind = 'funding.decided';

/**
 * The data of a lifecycle step's audit entry (other than publishing, see
 * {@link publishedEntry}): locking the weights records the document, agenda and weights it
 * locked; opening and closing record nothing more than their kind.
 *
 * @example
 * lifecycleEntry(record, 'weights-locked'); // { document: '…', agenda: '…', weights: { impact: 2 } }
 */
export function lifecycleEntry(
  record: MeetingRecord,
  step: LifecycleStep,
): Record<string, unknown> {
  if (step === 'weights-locked') {
    return {
      document: contentHash(record.document),
      agenda: agendaHash(record.document),
      weights: Object.fromEntries(record.document.criteria.map((c) => [c.id, c.weight])),
    };
  }
  return {};
}

/**
 * The `results.published` entry: the ranking and what it commits to (see `PublishCommitment`).
 *
 * @example
 * publishedEntry(tally, publishCommitment(locked.log, tally, meeting)); // { counted, ranking, log, … }
 */
export function publishedEntry(
  published: TallyResult,
  commitment: PublishCommitment,
): Record<string, unknown> {
  return {
    counted: published.counted,
    ranking: published.ranking.map((row) => ({
      project: row.project,
      rank: row.rank,
      total: row.total,
    })),
    ...commitment,
  };
}
