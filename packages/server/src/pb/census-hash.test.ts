import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { censusHash } from './census-hash.js';

it('hashes a census identifier as organisers can: SHA-256 of it in NFC, trimmed, upper-cased', () => {
  const expected = createHash('sha256').update('AB-123', 'utf8').digest('hex');
  expect(censusHash(' ab-123 ')).toBe(expected);
  // A decomposed é and a composed one are the same identifier.
  expect(censusHash('Jose\u0301')).toBe(censusHash('Jos\u00e9'));
  expect(censusHash('AB-124')).not.toBe(expected);
});
