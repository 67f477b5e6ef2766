import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

/**
 * The one function of `node:crypto` the server's export verifier uses — `hash('sha256', text,
 * 'hex')` — for the browser: vite aliases `node:crypto` to this file in the console's build, so
 * the console checks an uploaded export with the very code the box and the CLI run.
 *
 * @example
 * hash('sha256', 'abc', 'hex'); // 'ba7816bf…'
 */
export function hash(algorithm: string, data: string, outputEncoding: string = 'hex'): string {
  if (algorithm !== 'sha256' || outputEncoding !== 'hex') {
    throw new TypeError(`hash(${algorithm}, …, ${outputEncoding}) is not available in the console`);
  }
  return bytesToHex(sha256(utf8ToBytes(data)));
}
