import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

/**
 * The hash under which a PB election's census holds an identifier, computed in the browser
 * exactly as the box's `censusHash` (`@qingyuan/server/audit`) does: SHA-256 (hex) of the
 * identifier in Unicode NFC, trimmed and upper-cased. The console sends only these hashes.
 *
 * @example
 * censusHash(' ab-123 ') === censusHash('AB-123'); // true
 */
export function censusHash(identifier: string): string {
  return bytesToHex(sha256(utf8ToBytes(identifier.normalize('NFC').trim().toUpperCase())));
}

/**
 * The identifiers of a census list: one per line (a CSV's first column), blank lines and
 * repeats (after trimming and upper-casing, as the hash sees them) dropped, in the order first
 * met.
 *
 * @example
 * censusIdentifiers('ID-1\n\nid-1\nID-2,Wang Fang\n'); // ['ID-1', 'ID-2']
 */
export function censusIdentifiers(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const identifier = (line.split(',')[0] ?? '').trim();
    const key = identifier.normalize('NFC').toUpperCase();
    if (identifier === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(identifier);
  }
  return out;
}
