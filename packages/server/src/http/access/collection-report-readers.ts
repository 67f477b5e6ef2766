import type { Context } from 'hono';
import type { CredentialRole } from '../../organization/credential-roles.js';
import type { CollectionRecord } from '../../storage/collections.js';
import type { BallotBoxEnv } from '../app-env.js';
import { httpProblem } from '../error-responses.js';
import { bearerToken } from './bearer-token.js';
import { collectionNotFound } from './collection-access.js';
import { refuseRevoked } from './revoked-credential.js';
import { accessRoles } from './roles.js';

/**
 * The collection whose aggregated needs report the request may read: anyone's when the
 * collection was created with `reportPublic: true`; else the request must carry the
 * collection's organizer token or a credential of its organisation with one of
 * `accessRoles.collectionReportReaders`. Throws `404` (no such collection), `401` (no token, or a revoked
 * credential) or `403` (a token of anything else).
 *
 * @example
 * const collection = await reportReadableCollection(c, c.req.param('id'));
 */
export async function reportReadableCollection<E extends BallotBoxEnv>(
  c: Context<E>,
  id: string,
): Promise<CollectionRecord> {
  const repository = c.var.repository;
  const collection = await repository.getCollection(id);
  if (collection === undefined) throw collectionNotFound(c);
  if (collection.reportPublic) return collection;
  const token = bearerToken(c);
  if (token === undefined) {
    throw httpProblem(c, 401, 'unauthorized', {
      en: 'This report is for the organisation’s roles: it needs a credential (Authorization: Bearer …)',
      'zh-CN': '此报告仅供该组织的角色查看：需要凭证（Authorization: Bearer …）',
    });
  }
  if (await repository.isCollectionOrganizer(id, token)) return collection;
  const credential = await repository.bearerCredential(token);
  if (
    credential !== undefined &&
    credential.organization === collection.organization &&
    (accessRoles.collectionReportReaders as readonly CredentialRole[]).includes(credential.role)
  ) {
    return collection;
  }
  await refuseRevoked(c, token);
  throw httpProblem(c, 403, 'forbidden', {
    en: 'This token gives no access to this collection’s report',
    'zh-CN': '此令牌无权查看这个收集表的报告',
  });
}
