import type { Context } from 'hono';
import { hashSecret, normalizeVotingCode } from '../../security/secrets.js';
import type { BallotBoxEnv } from '../app-env.js';
import { httpProblem, type Bilingual } from '../error-responses.js';

/**
 * Takes one of a voting code's tokens (the app's per-code limit, `c.var.box.perCode`); past
 * the limit it throws `429 rate-limited` with `Retry-After` and `message`. The code is only
 * known once the body is read and checked, so the ballot routes call this after validation (a
 * malformed request is answered `400` without spending a token) rather than mounting it ahead
 * of themselves. The key is the code's hash within its meeting: the secret is never kept.
 *
 * @example
 * limitPerCode(c, meetingId, body.code, { en: 'Too many ballots with this code', 'zh-CN': '…' });
 */
export function limitPerCode(
  c: Context<BallotBoxEnv>,
  meetingId: string,
  code: string,
  message: Bilingual,
): void {
  const limiter = c.var.box.perCode;
  if (limiter === undefined) return;
  const key = `${meetingId}\u0000${hashSecret(normalizeVotingCode(code))}`;
  if (!limiter.take(key)) {
    c.header('Retry-After', String(limiter.retryAfter(key)));
    throw httpProblem(c, 429, 'rate-limited', message);
  }
}
