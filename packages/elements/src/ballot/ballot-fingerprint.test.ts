import { describe, expect, it } from 'vitest';
import { withoutSecureCrypto } from '../testing/insecure-context.js';
import { canonicalJson } from '@qingyuan/core';
import { ballotFingerprint } from './ballot-fingerprint.js';

describe('ballotFingerprint', () => {
  it('is the same for the same ballot whatever the key order', async () => {
    const a = { voter: 'v1', marks: { p1: { a: true, b: false }, p2: { a: 3 } } };
    const b = { marks: { p2: { a: 3 }, p1: { b: false, a: true } }, voter: 'v1' };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(await ballotFingerprint(a)).toBe(await ballotFingerprint(b));
  });

  it('is the first 48 bits of the SHA-256 of the canonical JSON', async () => {
    const ballot = { voter: 'v1', marks: {} };
    const digest = new Uint8Array(
      await crypto.subtle.digest('SHA-256', new TextEncoder().encode('{"marks":{},"voter":"v1"}')),
    );
    const hex = [...digest.slice(0, 6)].map((x) => x.toString(16).padStart(2, '0')).join('');
    expect(await ballotFingerprint(ballot)).toBe(
      `${hex.slice(0, 4)}-${hex.slice(4, 8)}-${hex.slice(8)}`,
    );
  });

  it('differs when one mark differs', async () => {
    const yes = { voter: 'v1', marks: { p1: { a: true } } };
    const no = { voter: 'v1', marks: { p1: { a: false } } };
    expect(await ballotFingerprint(yes)).not.toBe(await ballotFingerprint(no));
  });

  it('gives the same code over plain http, where crypto.subtle is missing', async () => {
    const ballot = { voter: 'v1', marks: { p1: { a: true, b: false } } };
    const secure = await ballotFingerprint(ballot);
    const plain = await withoutSecureCrypto(() => {
      expect(crypto.subtle).toBeUndefined();
      return ballotFingerprint(ballot);
    });
    expect(plain).toBe(secure);
    expect(crypto.subtle).toBeDefined();
  });
});
