import type { DeliveryStep } from './delivery-flow.js';
import type { DeliveryOutcome } from '../base/outbox.js';

/** The events an element that posts a document fires for each outcome of a delivery. */
export interface PostingEvents {
  readonly sent: (key: string, status: number) => Event;
  readonly queued: (key: string) => Event;
  readonly rejected: (key: string, status: number, message: string) => Event;
}

/**
 * What a posting element does when a delivery has an outcome: the event to fire (sent, queued
 * — once, when it starts waiting —, or rejected) and whether focus moves to the step's heading
 * (only for the voter's own delivery, not a retried one of an earlier page).
 *
 * @example
 * const { event, focus } = postingOutcome(outcome, mine, before, events);
 * if (focus) this.focusAfter.request('#step-title');
 * if (event) this.dispatchEvent(event);
 */
export function postingOutcome(
  outcome: DeliveryOutcome,
  mine: boolean,
  before: DeliveryStep | undefined,
  events: PostingEvents,
): { event?: Event; focus: boolean } {
  const { key } = outcome.entry;
  switch (outcome.status) {
    case 'sent':
      return { event: events.sent(key, outcome.httpStatus), focus: mine };
    case 'queued':
      return mine && before !== 'queued'
        ? { event: events.queued(key), focus: true }
        : { focus: false };
    case 'rejected':
      return { event: events.rejected(key, outcome.httpStatus, outcome.message), focus: mine };
    case 'busy':
      return { focus: false };
  }
}

/**
 * The text fields kept as an outbox entry's summary (a small JSON object, e.g. a document's id
 * and date), each `''` when missing or not text.
 *
 * @example
 * readSummary('{"id":"wr-1","date":"2026-05-01"}', ['id', 'date']); // { id: 'wr-1', date: '2026-05-01' }
 */
export function readSummary<K extends string>(
  summary: string,
  keys: readonly K[],
): Record<K, string> {
  let data: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(summary);
    if (parsed !== null && typeof parsed === 'object') data = parsed as Record<string, unknown>;
  } catch {
    // not JSON: every field is ''
  }
  return Object.fromEntries(
    keys.map((key) => [key, typeof data[key] === 'string' ? data[key] : '']),
  ) as Record<K, string>;
}
