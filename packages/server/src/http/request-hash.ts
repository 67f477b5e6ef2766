import { hash } from 'node:crypto';
import { canonicalJson } from '@qingyuan/core';

/**
 * The SHA-256 of a request as sent (canonical JSON) and who sent it: what a retry with the same
 * `Idempotency-Key` must match to be answered the first answer again. A signature's secret code
 * is part of the request and is only ever kept inside this hash.
 *
 * @example
 * requestHash({ vetting }, 'cred-9XWD'); // '5e1f…'
 */
export function requestHash(request: unknown, sender: string): string {
  return hash('sha256', `${sender}\n${canonicalJson(request)}`, 'hex');
}
