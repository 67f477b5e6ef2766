import type { Context } from 'hono';
import type { CredentialRole } from '../../organization/credential-roles.js';
import type { CredentialRecord } from '../../storage/credentials.js';
import type { StoredRound } from '../../storage/rounds.js';
import type { BallotBoxEnv } from '../app-env.js';
import { httpProblem } from '../error-responses.js';
import { organizationMember } from './organization-member.js';

/**
 * The `404 not-found` answer for a round the organisation does not have, to throw.
 *
 * @example
 * if (round === undefined) throw roundNotFound(c, 'qingyuan-2007');
 */
export function roundNotFound(c: Context, id: string) {
  return httpProblem(c, 404, 'not-found', {
    en: `This organisation has no round ${id}`,
    'zh-CN': `这个组织没有轮次 ${id}`,
  });
}

/**
 * Whether a credential opens this round: one minted for a round opens only that round.
 * Throws the localized `403` otherwise.
 *
 * @example
 * credentialOpensRound(c, holder, 'qingyuan-2007');
 */
export function credentialOpensRound(
  c: Context,
  credential: CredentialRecord,
  roundId: string,
): void {
  if (credential.round !== null && credential.round !== roundId) {
    throw httpProblem(c, 403, 'forbidden', {
      en: `This credential opens round ${credential.round} only, not ${roundId}`,
      'zh-CN': `此凭证只能用于轮次 ${credential.round}，不能用于 ${roundId}`,
    });
  }
}

/**
 * The request's credential and the round, when the credential belongs to the round's
 * organisation, carries one of `roles` and opens this round; throws `401` without a credential,
 * `403` for another organisation's, another role's or another round's, and `404` when there is
 * no such organisation or round.
 *
 * @example
 * const { credential, round } = await roundMember(c, 'org-7K2Q', 'qingyuan-2007', accessRoles.fundingDeciders);
 */
export async function roundMember<E extends BallotBoxEnv>(
  c: Context<E>,
  organizationId: string,
  roundId: string,
  roles: readonly CredentialRole[],
): Promise<{ credential: CredentialRecord; round: StoredRound }> {
  const credential = await organizationMember(c, organizationId, roles);
  credentialOpensRound(c, credential, roundId);
  const round = await c.var.repository.getRound(organizationId, roundId);
  if (round === undefined) throw roundNotFound(c, roundId);
  return { credential, round };
}

/**
 * The `404 not-found` answer for a project the round does not have, to throw.
 *
 * @example
 * if (project === undefined) throw projectNotFound(c, 'garden-k3x9qa');
 */
export function projectNotFound(c: Context, id: string) {
  return httpProblem(c, 404, 'not-found', {
    en: `This round has no project ${id}`,
    'zh-CN': `本轮次没有项目 ${id}`,
  });
}
