import type { Context } from 'hono';
import type { CredentialRecord } from '../../storage/credentials.js';
import type { BallotBoxEnv } from '../app-env.js';
import { httpProblem, type Bilingual } from '../error-responses.js';
import { bearerToken } from './bearer-token.js';
import { refuseRevoked } from './revoked-credential.js';

/**
 * The credential a request carries: its operator key or a role token an operator minted. Each
 * check gives the credential or throws the localized `401`/`403` answer as an `HTTPException`,
 * which the app's `onError` sends.
 */

/**
 * The credential the request's bearer token is (operator key or role token); throws `401`
 * with `needs` as the message when there is no token or the token is unknown.
 *
 * @example
 * const who = await requestCredential(c, { en: 'This needs an operator key', 'zh-CN': '需要运营密钥' });
 */
export async function requestCredential<E extends BallotBoxEnv>(
  c: Context<E>,
  needs: Bilingual,
): Promise<CredentialRecord> {
  const token = bearerToken(c);
  const credential =
    token === undefined ? undefined : await c.var.repository.bearerCredential(token);
  if (credential === undefined) {
    await refuseRevoked(c, token);
    throw httpProblem(c, 401, 'unauthorized', needs);
  }
  return credential;
}

/**
 * The operator key of the request: creating a meeting or a collection, or minting role
 * credentials, needs one. Throws `401` without a (known) key and `403` for a role token.
 *
 * @example
 * const operator = await requestOperator(c, 'meeting'); // operator.organization owns what is created
 */
export async function requestOperator<E extends BallotBoxEnv>(
  c: Context<E>,
  what: 'meeting' | 'collection' | 'credentials',
): Promise<CredentialRecord> {
  const needs = operatorNeeds[what];
  const credential = await requestCredential(c, needs);
  if (credential.role !== 'operator') {
    throw httpProblem(c, 403, 'forbidden', {
      en: `${needs.en}; a ${credential.role} credential cannot`,
      'zh-CN': `${needs['zh-CN']}；${credential.role} 角色凭证不能执行此操作`,
    });
  }
  return credential;
}

const operatorNeeds: Record<'meeting' | 'collection' | 'credentials', Bilingual> = {
  meeting: {
    en: 'Creating a meeting needs an operator key (Authorization: Bearer …)',
    'zh-CN': '创建评审会需要运营密钥（Authorization: Bearer …）',
  },
  collection: {
    en: 'Creating a collection needs an operator key (Authorization: Bearer …)',
    'zh-CN': '创建收集表需要运营密钥（Authorization: Bearer …）',
  },
  credentials: {
    en: 'Minting credentials needs an operator key (Authorization: Bearer …)',
    'zh-CN': '发放角色凭证需要运营密钥（Authorization: Bearer …）',
  },
};
