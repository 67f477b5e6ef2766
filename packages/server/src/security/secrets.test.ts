import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  hashSecret,
  newOrganizerToken,
  newVotingCode,
  normalizeVotingCode,
  secretMatches,
} from './secrets.js';

describe('secrets', () => {
  it('makes 128-bit voting codes in grouped Crockford base32', () => {
    const code = newVotingCode();
    expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{2}$/);
    expect(new Set(Array.from({ length: 1000 }, newVotingCode)).size).toBe(1000);
    expect(newOrganizerToken()).toMatch(/^qyo_[A-Za-z0-9_-]{22}$/);
  });

  it('forgives case, dashes, spaces and O/I/L confusions when a code is typed', () => {
    const code = newVotingCode();
    const typed = code.toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l').replace(/-/g, ' ');
    expect(normalizeVotingCode(typed)).toBe(normalizeVotingCode(code));
  });

  it('matches a secret only against its own hash', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(secretMatches(a, hashSecret(a))).toBe(true);
        if (a !== b) expect(secretMatches(b, hashSecret(a))).toBe(false);
      }),
    );
    expect(secretMatches('x', 'not-hex')).toBe(false);
  });
});
