import type { Context } from 'hono';
import { errorResponse, httpProblem, type Bilingual } from './error-responses.js';

/** The longest `Idempotency-Key` the ballot box accepts. */
export const IDEMPOTENCY_KEY_MAX_LENGTH = 200;

/**
 * The request's `Idempotency-Key` header (`undefined` when absent); throws the `400` answer
 * naming the header (an `HTTPException`) when it is empty or longer than
 * {@link IDEMPOTENCY_KEY_MAX_LENGTH} characters. Every route that honours the header (ballots,
 * collection items) reads it here.
 *
 * @example
 * const key = idempotencyKeyOf(c); // 'k-1', or undefined without the header
 */
export function idempotencyKeyOf(c: Context): string | undefined {
  const key = c.req.header('idempotency-key');
  if (key === undefined || (key.length > 0 && key.length <= IDEMPOTENCY_KEY_MAX_LENGTH)) {
    return key;
  }
  throw httpProblem(
    c,
    400,
    'invalid-request',
    { en: 'The request is not valid', 'zh-CN': '请求不符合要求' },
    {
      problems: [
        {
          path: ['Idempotency-Key'],
          pointer: '/Idempotency-Key',
          message: `Expected 1 to ${IDEMPOTENCY_KEY_MAX_LENGTH} characters`,
          code: 'invalid',
        },
      ],
    },
  );
}

/**
 * The `422 idempotency-key-reused` answer to a request that reuses an `Idempotency-Key` with
 * a different body; `message` says what the key was used for.
 *
 * @example
 * return idempotencyKeyReused(c, {
 *   en: 'This Idempotency-Key was already used with a different ballot',
 *   'zh-CN': '此 Idempotency-Key 已用于另一张选票',
 * });
 */
export function idempotencyKeyReused(c: Context, message: Bilingual): Response {
  return errorResponse(c, 422, 'idempotency-key-reused', message);
}

/**
 * Marks an answer that replays an earlier request with the same `Idempotency-Key`
 * (`Idempotent-Replayed: true`, listed in the CORS exposed headers) and gives its status:
 * `200` for a replay, `201` for a first answer that stored something.
 *
 * @example
 * return c.json(answer, replayedStatus(c, outcome.replayed));
 */
export function replayedStatus(c: Context, replayed: boolean): 200 | 201 {
  if (replayed) c.header('Idempotent-Replayed', 'true');
  return replayed ? 200 : 201;
}
