import { hash, randomBytes, timingSafeEqual } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function crockfordBase32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += CROCKFORD[(value >>> (bits - 5)) & 31];
      bits -= 5;
      value &= (1 << bits) - 1;
    }
  }
  if (bits > 0) out += CROCKFORD[(value << (5 - bits)) & 31];
  return out;
}

/**
 * A new organizer token: 128 random bits, base64url, prefixed `qyo_` so it is recognisable in
 * a leaked log. It is shown once and stored only as {@link hashSecret}.
 *
 * @example
 * newOrganizerToken(); // 'qyo_3q2-7wX0…' (26 characters)
 */
export function newOrganizerToken(): string {
  return `qyo_${randomBytes(16).toString('base64url')}`;
}

/**
 * A new operator key: 128 random bits, base64url, prefixed `qyk_`. An operator key creates an
 * organisation's meetings and collections and mints its role credentials; shown once and
 * stored only as {@link hashSecret}.
 *
 * @example
 * newOperatorKey(); // 'qyk_Vb1…' (26 characters)
 */
export function newOperatorKey(): string {
  return `qyk_${randomBytes(16).toString('base64url')}`;
}

/**
 * A new role token (organizer, service center, supervisor, auditor, applicant): 128 random
 * bits, base64url, prefixed `qyr_`; shown once and stored only as {@link hashSecret}.
 *
 * @example
 * newRoleToken(); // 'qyr_k2P…' (26 characters)
 */
export function newRoleToken(): string {
  return `qyr_${randomBytes(16).toString('base64url')}`;
}

/**
 * A new voting code: 128 random bits in Crockford base32 (no I, L, O, U), grouped by four
 * with dashes so it can be typed from paper. {@link normalizeVotingCode} undoes the grouping.
 *
 * @example
 * newVotingCode(); // 'K7Q2-9XWD-…' (26 symbols in 7 groups)
 */
export function newVotingCode(): string {
  return crockfordBase32(randomBytes(16))
    .match(/.{1,4}/g)!
    .join('-');
}

/**
 * The canonical form of a typed voting code: upper case, without dashes or spaces, with the
 * easily confused letters read as Crockford base32 does (O→0, I/L→1).
 *
 * @example
 * normalizeVotingCode('k7q2-9xwd o…') === normalizeVotingCode('K7Q29XWD0…'); // true
 */
export function normalizeVotingCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

/**
 * The SHA-256 (hex) under which a token or code is stored. Plain SHA-256 suffices because the
 * secrets carry 128 random bits: there is nothing to guess from the hash.
 *
 * @example
 * hashSecret('qyo_abc').length; // 64
 */
export function hashSecret(secret: string): string {
  return hash('sha256', secret, 'hex');
}

/**
 * Whether `secret` hashes to `storedHash`, compared in constant time.
 *
 * @example
 * secretMatches(token, hashSecret(token)); // true
 */
export function secretMatches(secret: string, storedHash: string): boolean {
  return hashesMatch(hashSecret(secret), storedHash);
}

/**
 * Whether two {@link hashSecret} hashes are equal, compared in constant time: for a caller
 * that already holds the hash of the secret (a queued ballot keeps its code's), so the secret
 * is not hashed twice.
 *
 * @example
 * hashesMatch(hashSecret(code), row.code_hash); // same as secretMatches(code, row.code_hash)
 */
export function hashesMatch(givenHash: string, storedHash: string): boolean {
  const given = Buffer.from(givenHash, 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/**
 * A short random public id (e.g. for an anonymous voting code): `prefix` + 12 base32 symbols.
 *
 * @example
 * newPublicId('c-'); // 'c-7K2Q9XWD1M3P'
 */
export function newPublicId(prefix: string): string {
  return `${prefix}${crockfordBase32(randomBytes(8)).slice(0, 12)}`;
}
