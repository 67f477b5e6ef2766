import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BallotOutbox, refusalReason } from './outbox.js';

const endpoint = '/__stub/ballots';
const control = (body: Record<string, unknown>) =>
  fetch('/__stub/control', { method: 'POST', body: JSON.stringify(body) });
const state = async (): Promise<{ answered: number; stored: { key: string }[] }> =>
  (await fetch('/__stub/state')).json();

describe('BallotOutbox', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => control({ down: false, refuse: false, reset: true }));

  it('keeps an entry while the endpoint is unreachable and removes it once delivered', async () => {
    const outbox = new BallotOutbox();
    await control({ down: true });
    const entry = outbox.add({ endpoint, body: '{"voter":"v1","marks":{}}', summary: 'r' });
    expect((await outbox.deliver(entry)).status).toBe('queued');
    expect(outbox.entries()).toEqual([entry]);
    await control({ down: false });
    const [outcome] = await outbox.flush(endpoint);
    expect(outcome).toMatchObject({ status: 'sent', httpStatus: 201 });
    expect(outbox.entries()).toEqual([]);
    expect((await state()).stored.map((s) => s.key)).toEqual([entry.key]);
  });

  it('never has two attempts of one ballot in flight, nor re-sends a delivered one', async () => {
    const outbox = new BallotOutbox();
    const entry = outbox.add({ endpoint, body: '{"voter":"v1","marks":{}}', summary: 'r' });
    const outcomes = await Promise.all([outbox.deliver(entry), outbox.deliver(entry)]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['busy', 'sent']);
    expect((await outbox.deliver(entry)).status).toBe('busy');
    expect((await state()).answered).toBe(1);
  });

  it('drops a ballot the server refuses for good', async () => {
    const outbox = new BallotOutbox();
    await control({ refuse: true });
    const entry = outbox.add({ endpoint, body: '{}', summary: 'r' });
    const outcome = await outbox.deliver(entry);
    expect(outcome).toMatchObject({ status: 'rejected', httpStatus: 422 });
    expect(outbox.entries()).toEqual([]);
  });

  it('reports the box’s own reason for a refusal: its violations, not the summary', async () => {
    const outbox = new BallotOutbox();
    await control({
      refuse: true,
      refusal: {
        status: 409,
        body: {
          error: 'rule-violation',
          message: 'The request breaks the meeting rules',
          violations: [{ rule: 'ballot.voting-open', message: 'Voting has closed.', path: [] }],
        },
      },
    });
    const entry = outbox.add({ endpoint, body: '{}', summary: 'r' });
    const outcome = await outbox.deliver(entry);
    expect(outcome).toMatchObject({
      status: 'rejected',
      httpStatus: 409,
      message: 'Voting has closed.',
    });
    expect(outbox.entries()).toEqual([]);
  });

  it('adds the headers hook’s headers at send time, never stores them, and waits while it has none', async () => {
    let token: string | undefined;
    const seen: Headers[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      if (String(input) === endpoint) seen.push(new Headers(init?.headers));
      return realFetch(input, init);
    };
    try {
      const outbox = new BallotOutbox(localStorage, 'qingyuan:test-outbox', {
        headers: () => (token ? { Authorization: `Bearer ${token}` } : undefined),
      });
      const entry = outbox.add({ endpoint, body: '{}', summary: 'r' });
      // No credential yet: nothing is posted, the entry waits.
      expect(await outbox.deliver(entry)).toMatchObject({ status: 'queued' });
      expect(seen).toHaveLength(0);
      token = 'secret-1';
      await control({ down: true });
      expect(await outbox.deliver(entry)).toMatchObject({ status: 'queued' });
      // Waiting on the device with the credential known: the stored entry has no trace of it.
      expect(outbox.entries()).toEqual([entry]);
      expect(JSON.stringify({ ...localStorage })).not.toContain('secret-1');
      await control({ down: false });
      token = 'secret-2';
      expect(await outbox.deliver(entry)).toMatchObject({ status: 'sent', httpStatus: 201 });
      expect(seen.map((h) => h.get('authorization'))).toEqual([
        'Bearer secret-1',
        'Bearer secret-2',
      ]);
      expect(seen.every((h) => h.get('idempotency-key') === entry.key)).toBe(true);
    } finally {
      window.fetch = realFetch;
    }
  });
});

describe('refusalReason', () => {
  it('prefers listed violations and problems, then message, then the error code, then the text', () => {
    expect(
      refusalReason(
        JSON.stringify({
          message: 'summary',
          problems: [{ pointer: '/marks', message: 'marks: 必填项缺失' }, { message: '' }],
          violations: [{ message: '投票已结束' }, { message: '投票已结束' }],
        }),
      ),
    ).toBe('投票已结束; marks: 必填项缺失');
    expect(refusalReason('{"error":"closed","message":"Voting has closed"}')).toBe(
      'Voting has closed',
    );
    expect(refusalReason('{"error":"voter already voted"}')).toBe('voter already voted');
    expect(refusalReason('Bad gateway')).toBe('Bad gateway');
    expect(refusalReason('{}')).toBe('');
  });
});
