import type { Context } from 'hono';
import type { CredentialRole } from '../../organization/credential-roles.js';
import type { CredentialRecord } from '../../storage/credentials.js';
import { getPbElection, type PbElectionRecord } from '../../storage/pb-elections.js';
import type { BallotBoxEnv } from '../app-env.js';
import { httpProblem } from '../error-responses.js';
import { organizationMember } from './organization-member.js';

/**
 * The `404 not-found` answer for a PB election that does not exist (in this organisation), to
 * throw.
 *
 * @example
 * throw pbElectionNotFound(c);
 */
export function pbElectionNotFound(c: Context) {
  return httpProblem(c, 404, 'not-found', {
    en: 'No such PB election in this organisation',
    'zh-CN': '该组织没有这个参与式预算投票',
  });
}

/**
 * The PB election `:election` of organisation `:id`, for anyone; throws `404` when either does
 * not exist or the election belongs to another organisation.
 *
 * @example
 * const election = await publicPbElection(c);
 */
export async function publicPbElection(c: Context<BallotBoxEnv>): Promise<PbElectionRecord> {
  const election = await getPbElection(c.var.repository.pb.db, c.req.param('election') ?? '');
  if (election === undefined || election.organization !== c.req.param('id')) {
    throw pbElectionNotFound(c);
  }
  return election;
}

/**
 * The PB election `:election` of organisation `:id` with the request's credential, which must
 * be of that organisation and carry one of `roles`; throws `401`, `403` or `404` (see
 * `organizationMember`).
 *
 * @example
 * const { election, credential } = await memberPbElection(c, accessRoles.pbOfficers);
 */
export async function memberPbElection(
  c: Context<BallotBoxEnv>,
  roles: readonly CredentialRole[],
): Promise<{ election: PbElectionRecord; credential: CredentialRecord }> {
  const credential = await organizationMember(c, c.req.param('id') ?? '', roles);
  return { election: await publicPbElection(c), credential };
}
