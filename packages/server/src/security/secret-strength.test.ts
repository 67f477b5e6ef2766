import * as crypto from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  hashSecret,
  hashesMatch,
  newOrganizerToken,
  newVotingCode,
  normalizeVotingCode,
  secretMatches,
} from './secrets.js';

// secrets.ts compares through node:crypto's timingSafeEqual: spied on here, still the real one.
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof crypto>();
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) };
});
const timingSafeEqual = vi.mocked(crypto.timingSafeEqual);

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The bytes a Crockford base32 string encodes (trailing bits that fill no byte dropped). */
function crockfordBytes(text: string): { bytes: number[]; padding: number } {
  let bits = 0;
  let value = 0;
  const bytes: number[] = [];
  for (const symbol of text) {
    const digit = CROCKFORD.indexOf(symbol);
    if (digit < 0) throw new Error(`not Crockford base32: ${symbol}`);
    value = (value << 5) | digit;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 255);
      bits -= 8;
      value &= (1 << bits) - 1;
    }
  }
  return { bytes, padding: value };
}

/** The bit positions that never changed across `draws` (each a byte array of equal length). */
function constantBits(draws: number[][]): number[] {
  const length = draws[0]!.length * 8;
  const constant: number[] = [];
  for (let bit = 0; bit < length; bit++) {
    const first = (draws[0]![bit >> 3]! >> (7 - (bit & 7))) & 1;
    if (draws.every((bytes) => ((bytes[bit >> 3]! >> (7 - (bit & 7))) & 1) === first)) {
      constant.push(bit);
    }
  }
  return constant;
}

describe('secret comparison', () => {
  afterEach(() => {
    timingSafeEqual.mockClear();
  });

  it('compares a secret with its stored hash through crypto.timingSafeEqual', () => {
    const token = newOrganizerToken();
    expect(secretMatches(token, hashSecret(token))).toBe(true);
    expect(timingSafeEqual).toHaveBeenCalledTimes(1);
    const [given, stored] = timingSafeEqual.mock.calls[0]!;
    expect(Buffer.from(given as Uint8Array).toString('hex')).toBe(hashSecret(token));
    expect(Buffer.from(stored as Uint8Array).toString('hex')).toBe(hashSecret(token));

    // A wrong secret of the same length goes through the same comparison, not an early exit.
    expect(secretMatches(newOrganizerToken(), hashSecret(token))).toBe(false);
    expect(timingSafeEqual).toHaveBeenCalledTimes(2);
    expect(hashesMatch(hashSecret('a'), hashSecret('b'))).toBe(false);
    expect(timingSafeEqual).toHaveBeenCalledTimes(3);
  });

  it('answers false, without throwing, for a stored hash of another length', () => {
    const token = newOrganizerToken();
    for (const stored of ['', 'ab', hashSecret(token).slice(0, 62), `${hashSecret(token)}00`]) {
      expect(() => secretMatches(token, stored)).not.toThrow();
      expect(secretMatches(token, stored)).toBe(false);
    }
    // timingSafeEqual itself throws on unequal lengths: it is never reached with them.
    for (const [a, b] of timingSafeEqual.mock.calls) {
      expect((a as Uint8Array).byteLength).toBe((b as Uint8Array).byteLength);
    }
  });
});

describe('secret strength', () => {
  const DRAWS = 10_000;

  it('makes voting codes of 128 random bits: 26 Crockford symbols, no collision in 10,000', () => {
    const codes = Array.from({ length: DRAWS }, newVotingCode);
    expect(new Set(codes).size).toBe(DRAWS);
    expect(new Set(codes.map(normalizeVotingCode)).size).toBe(DRAWS);
    const decoded = codes.map((code) => {
      expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{2}$/);
      const symbols = code.replace(/-/g, '');
      expect(normalizeVotingCode(code)).toBe(symbols);
      const { bytes, padding } = crockfordBytes(symbols);
      // 26 symbols hold 130 bits: 16 bytes and two padding bits, always zero.
      expect(bytes).toHaveLength(16);
      expect(padding).toBe(0);
      return bytes;
    });
    // Every one of the 128 bits took both values: none is fixed, so all are random.
    expect(constantBits(decoded)).toEqual([]);
  });

  it('makes organizer tokens of 128 random bits: qyo_ and 22 base64url symbols, no collision in 10,000', () => {
    const tokens = Array.from({ length: DRAWS }, newOrganizerToken);
    expect(new Set(tokens).size).toBe(DRAWS);
    const decoded = tokens.map((token) => {
      expect(token).toMatch(/^qyo_[A-Za-z0-9_-]{22}$/);
      const bytes = Buffer.from(token.slice(4), 'base64url');
      expect(bytes).toHaveLength(16);
      // 22 symbols hold 132 bits; the four beyond the 16 bytes are zero (a canonical encoding).
      expect(bytes.toString('base64url')).toBe(token.slice(4));
      return [...bytes];
    });
    expect(constantBits(decoded)).toEqual([]);
  });
});
