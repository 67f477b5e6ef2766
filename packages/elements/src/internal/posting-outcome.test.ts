import { describe, expect, it } from 'vitest';
import type { DeliveryOutcome, OutboxEntry } from '../base/outbox.js';
import { postingOutcome, readSummary } from './posting-outcome.js';

const entry: OutboxEntry = { key: 'k1', endpoint: '/x', body: '{}', summary: '{"id":"r1"}' };
const events = {
  sent: (key: string, status: number) => new CustomEvent('sent', { detail: { key, status } }),
  queued: (key: string) => new CustomEvent('queued', { detail: { key } }),
  rejected: (key: string, status: number, message: string) =>
    new CustomEvent('rejected', { detail: { key, status, message } }),
};
const sent: DeliveryOutcome = { status: 'sent', entry, httpStatus: 201, answer: undefined };
const queued: DeliveryOutcome = { status: 'queued', entry, reason: 'offline' };

describe('postingOutcome', () => {
  it('fires "sent" with the status, and moves focus only for the voter’s own delivery', () => {
    const mine = postingOutcome(sent, true, 'sending', events);
    expect(mine.event?.type).toBe('sent');
    expect((mine.event as CustomEvent).detail).toEqual({ key: 'k1', status: 201 });
    expect(mine.focus).toBe(true);
    expect(postingOutcome(sent, false, undefined, events).focus).toBe(false);
  });

  it('fires "queued" once, when the delivery starts waiting, and never for an earlier page’s', () => {
    expect(postingOutcome(queued, true, 'sending', events)).toMatchObject({ focus: true });
    expect(postingOutcome(queued, true, 'sending', events).event?.type).toBe('queued');
    expect(postingOutcome(queued, true, 'queued', events)).toEqual({ focus: false });
    expect(postingOutcome(queued, false, 'sending', events)).toEqual({ focus: false });
  });

  it('fires "rejected" with the server’s reason', () => {
    const rejected = postingOutcome(
      { status: 'rejected', entry, httpStatus: 422, message: 'date missing' },
      true,
      'sending',
      events,
    );
    expect((rejected.event as CustomEvent).detail).toEqual({
      key: 'k1',
      status: 422,
      message: 'date missing',
    });
  });
});

describe('readSummary', () => {
  it('reads the named text fields of a JSON receipt', () => {
    expect(readSummary('{"id":"wr-1","date":"2026-05-01","x":1}', ['id', 'date'])).toEqual({
      id: 'wr-1',
      date: '2026-05-01',
    });
  });

  it('gives "" for a field that is missing or not text, and for a receipt that is not JSON', () => {
    expect(readSummary('{"id":7}', ['id', 'at'])).toEqual({ id: '', at: '' });
    expect(readSummary('null', ['id'])).toEqual({ id: '' });
    expect(readSummary('3f2a-91c0', ['id'])).toEqual({ id: '' });
  });
});
