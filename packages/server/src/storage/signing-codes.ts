import type { Kysely } from 'kysely';
import type { BallotBoxTables } from '../db/database-schema.js';
import type { CredentialRole } from '../organization/credential-roles.js';
import { hashSecret, normalizeVotingCode, secretMatches } from '../security/secrets.js';
import type { CredentialRecord } from './credentials.js';

/**
 * Whose a team member's signing code of this organisation is, without using it: the
 * credential (its label names the member, its `usedAt` says whether it already signed), or
 * `undefined` for a code that is unknown here or revoked. A route checks the signature with
 * core's rules first and uses the code (`useSigningCode`, in the same transaction) only when
 * it is recorded, so a refused signature does not spend the code.
 *
 * @example
 * const holder = await signingCodeHolder(db, 'org-7K2Q', 'K7Q2-9XWD-…');
 * holder?.label; // 'p-wang'
 */
export async function signingCodeHolder(
  db: Kysely<BallotBoxTables>,
  organizationId: string,
  code: string,
): Promise<CredentialRecord | undefined> {
  const normalized = normalizeVotingCode(code);
  const row = await db
    .selectFrom('credentials')
    .selectAll()
    .where('secret_hash', '=', hashSecret(normalized))
    .where('organization_id', '=', organizationId)
    .where('role', '=', 'team-member')
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (row === undefined || !secretMatches(normalized, row.secret_hash)) return undefined;
  return {
    id: row.id,
    organization: row.organization_id,
    role: row.role as CredentialRole,
    label: row.label,
    usedAt: row.used_at,
    createdAt: row.created_at,
    round: row.round_id ?? null,
  };
}
