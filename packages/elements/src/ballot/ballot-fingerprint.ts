import { canonicalJson } from '@qingyuan/core';

/**
 * The fingerprint of a ballot: the first 48 bits of the SHA-256 of its canonical JSON, as
 * three groups of four hex digits (`3f2a-91c0-7b44`). Short enough to write down, long enough
 * that two ballots of one meeting practically never share one. Uses `crypto.subtle` where the
 * browser offers it; a page served over plain http (a phone on the local network) has none, so
 * there the audited SHA-256 of `@noble/hashes` (its SHA-256-only module, not `sha2`, which also
 * carries SHA-512) is loaded on demand and gives the same code. Not a receipt: the receipt is
 * what the ballot box answers and lists in its audit log; the fingerprint is what a voter can
 * write down where there is no box (a ballot kept as a form value or sent to another server).
 *
 * @example
 * await ballotFingerprint({ voter: 'v01', marks: {} }); // e.g. '5d1c-0a8e-41f7'
 */
export async function ballotFingerprint(ballot: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(ballot));
  const hash = await digest(bytes);
  const hex = [...hash.slice(0, 6)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 4)}-${hex.slice(4, 8)}-${hex.slice(8, 12)}`;
}

async function digest(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  if (crypto.subtle) return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  const { sha256 } = await import('@noble/hashes/sha256');
  return sha256(bytes);
}
