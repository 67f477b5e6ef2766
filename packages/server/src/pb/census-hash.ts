import { hashSecret } from '../security/secrets.js';

/**
 * The hash under which a PB election's census holds a voter's identifier (a resident's card
 * number, a membership number…): SHA-256 (hex) of the identifier in Unicode NFC, trimmed and
 * upper-cased. Organisers hash their census list this way before sending it, so the box never
 * sees the identifiers; a voter then votes with their identifier in place of a voting code.
 *
 * @example
 * censusHash(' ab-123 ') === censusHash('AB-123'); // true
 */
export function censusHash(identifier: string): string {
  return hashSecret(identifier.normalize('NFC').trim().toUpperCase());
}
