import { hash } from 'node:crypto';
import { canonicalJson } from '@qingyuan/core';

/**
 * SHA-256 (hex) of a JSON value's canonical form: the same document gives the same hash
 * whatever order its keys were written in.
 *
 * @example
 * contentHash({ a: 1, b: 2 }) === contentHash({ b: 2, a: 1 }); // true
 */
export function contentHash(value: unknown): string {
  return hash('sha256', canonicalJson(value), 'hex');
}
