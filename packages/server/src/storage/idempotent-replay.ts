/**
 * What a write does with a request whose `Idempotency-Key` its sender used before: the same
 * request again is a no-op answered as the first one was (`replayed: true`); another request
 * under the same key is refused (`idempotency-key-reused`), never stored.
 */
export type IdempotentReplay<T> =
  { ok: true; replayed: true; answer: T } | { ok: false; reason: 'idempotency-key-reused' };

import { canonicalJson } from '@qingyuan/core';

/**
 * The one idempotency rule of the ballot box, shared by ballots and collection items: each
 * stored row keeps the key it came with (unique per sender, so a race cannot store a key
 * twice) and the request it stored, as JSON; a later request with that key is compared with
 * it. `earlier.request` and `request` are the JSON texts of the stored and the new request
 * (the ballot's marks, the item's document), compared as values: in canonical JSON, so the same
 * request with its object keys in another order (another client library, another runtime) is
 * the same request.
 *
 * @example
 * replayEarlier({ request: '{"a":1}', answer: { seq: 3 } }, '{"a":1}');
 * // → { ok: true, replayed: true, answer: { seq: 3 } }
 * replayEarlier({ request: '{"a":1,"b":2}', answer: { seq: 3 } }, '{"b":2,"a":1}');
 * // → { ok: true, replayed: true, answer: { seq: 3 } }
 * replayEarlier({ request: '{"a":1}', answer: { seq: 3 } }, '{"a":2}');
 * // → { ok: false, reason: 'idempotency-key-reused' }
 */
export function replayEarlier<T>(
  earlier: { request: string; answer: T },
  request: string,
): IdempotentReplay<T> {
  const same =
    earlier.request === request ||
    canonicalJson(JSON.parse(earlier.request)) === canonicalJson(JSON.parse(request));
  return same
    ? { ok: true, replayed: true, answer: earlier.answer }
    : { ok: false, reason: 'idempotency-key-reused' };
}
