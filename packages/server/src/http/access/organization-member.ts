import type { Context } from 'hono';
import type { CredentialRole } from '../../organization/credential-roles.js';
import type { CredentialRecord } from '../../storage/credentials.js';
import type { BallotBoxEnv } from '../app-env.js';
import { httpProblem } from '../error-responses.js';
import { requestCredential } from './request-credential.js';
import { accessRoles } from './roles.js';

/**
 * Who may act for an organisation: its operators (by their operator key) and the people its
 * operators gave a role credential. A credential opens only its own organisation: any other
 * answers `403`, whatever exists there.
 */

/**
 * The `404 not-found` answer for an organisation that does not exist, to throw.
 *
 * @example
 * if ((await c.var.repository.getOrganization(org)) === undefined) throw organizationNotFound(c);
 */
export function organizationNotFound(c: Context) {
  return httpProblem(c, 404, 'not-found', {
    en: 'No such organisation',
    'zh-CN': '没有这个组织',
  });
}

/**
 * The request's credential when it belongs to organisation `organizationId` and carries one
 * of `roles`; throws `401` without a credential, `404` when there is no such organisation, and
 * `403` for another organisation's credential or another role.
 *
 * @example
 * const who = await organizationMember(c, 'org-7K2Q', accessRoles.organizationRunners);
 */
export async function organizationMember<E extends BallotBoxEnv>(
  c: Context<E>,
  organizationId: string,
  roles: readonly CredentialRole[],
): Promise<CredentialRecord> {
  const credential = await requestCredential(c, {
    en: 'This needs a credential of the organisation (Authorization: Bearer …)',
    'zh-CN': '此操作需要该组织的凭证（Authorization: Bearer …）',
  });
  if (credential.organization !== organizationId) {
    if ((await c.var.repository.getOrganization(organizationId)) === undefined) {
      throw organizationNotFound(c);
    }
    throw httpProblem(c, 403, 'forbidden', {
      en: 'This credential gives no access to this organisation',
      'zh-CN': '此凭证无权访问这个组织',
    });
  }
  if (!roles.includes(credential.role)) {
    throw httpProblem(c, 403, 'forbidden', {
      en: `A ${credential.role} credential cannot do this (needs: ${roles.join(', ')})`,
      'zh-CN': `${credential.role} 角色凭证不能执行此操作（需要：${roles.join('、')}）`,
    });
  }
  return credential;
}

/**
 * Whether `token` is a credential that runs everything of organisation `organizationId`: its
 * operator key or an `organizer` (coordination group) credential of it
 * ({@link accessRoles}`.organizationRunners`).
 *
 * @example
 * if (await runsOrganization(c, record.organization, token)) return record;
 */
export async function runsOrganization<E extends BallotBoxEnv>(
  c: Context<E>,
  organizationId: string,
  token: string,
): Promise<boolean> {
  const credential = await c.var.repository.bearerCredential(token);
  return (
    credential !== undefined &&
    credential.organization === organizationId &&
    (accessRoles.organizationRunners as readonly CredentialRole[]).includes(credential.role)
  );
}
