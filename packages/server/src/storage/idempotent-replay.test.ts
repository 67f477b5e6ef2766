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
});
