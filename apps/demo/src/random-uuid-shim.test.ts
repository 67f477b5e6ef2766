import { describe, expect, it } from 'vitest';
import { installRandomUuid, randomUuid } from './random-uuid-shim.js';

const v4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('randomUuid', () => {
  it('makes version-4 UUIDs whatever the random bytes are', () => {
    expect(randomUuid((b) => b.fill(0xff))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(randomUuid((b) => b.fill(0))).toBe('00000000-0000-4000-8000-000000000000');
    expect(randomUuid((b) => crypto.getRandomValues(b))).toMatch(v4);
  });
});

describe('installRandomUuid', () => {
  it('adds randomUUID where a browser leaves it out (no secure context)', () => {
    const insecure = { getRandomValues: (b: Uint8Array) => crypto.getRandomValues(b) };
    installRandomUuid(insecure as unknown as Crypto);
    const made = (insecure as unknown as Crypto).randomUUID();
    expect(made).toMatch(v4);
    expect((insecure as unknown as Crypto).randomUUID()).not.toBe(made);
  });

  it('leaves a browser’s own randomUUID alone', () => {
    const own = () => 'own' as `${string}-${string}-${string}-${string}-${string}`;
    const secure = { randomUUID: own, getRandomValues: () => undefined };
    installRandomUuid(secure as unknown as Crypto);
    expect(secure.randomUUID).toBe(own);
  });
});
