import type { Context } from 'hono';
import type { BallotBoxEnv } from '../app-env.js';
import { httpProblem } from '../error-responses.js';

/**
 * Throws the `401 credential-revoked` answer when `token` is a credential an operator revoked,
 * so its holder learns that it was revoked (and when) rather than a `403` for a token of
 * something else; does nothing for any other token.
 *
 * @example
 * if (!allowed) {
 *   await refuseRevoked(c, token); // 401 when revoked
 *   throw httpProblem(c, 403, 'forbidden', message);
 * }
 */
export async function refuseRevoked<E extends BallotBoxEnv>(
  c: Context<E>,
  token: string | undefined,
): Promise<void> {
  if (token === undefined) return;
  const revokedAt = await c.var.repository.credentialRevokedAt(token);
  if (revokedAt === undefined) return;
  throw httpProblem(c, 401, 'credential-revoked', {
    en: `This credential was revoked (${revokedAt}); ask the organisation’s operator for a new one`,
    'zh-CN': `此凭证已被撤销（${revokedAt}）：请向该组织的运营者申请新的凭证`,
  });
}
