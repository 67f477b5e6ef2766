import { describe, expect, it } from 'vitest';
import { replayEarlier } from './idempotent-replay.js';

describe('replayEarlier', () => {
  const earlier = { request: '{"answer":"yes"}', answer: { seq: 4 } };

  it('replays the first answer for the same request', () => {
    expect(replayEarlier(earlier, '{"answer":"yes"}')).toEqual({
      ok: true,
      replayed: true,
      answer: { seq: 4 },
    });
  });

  it('refuses another request under the same key', () => {
    expect(replayEarlier(earlier, '{"answer":"no"}')).toEqual({
      ok: false,
      reason: 'idempotency-key-reused',
    });
  });

  it('replays the same request written with its keys in another order, at any depth', () => {
    const stored = { request: '{"p1":{"c1":true,"c2":false},"p2":{"c1":3}}', answer: { seq: 1 } };
    expect(replayEarlier(stored, '{"p2":{"c1":3},"p1":{"c2":false,"c1":true}}')).toMatchObject({
      ok: true,
      replayed: true,
    });
    expect(replayEarlier(stored, '{"p2":{"c1":3},"p1":{"c2":true,"c1":true}}')).toMatchObject({
      ok: false,
    });
  });
});
