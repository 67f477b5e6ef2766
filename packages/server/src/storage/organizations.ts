import type { Kysely } from 'kysely';
import type { BallotBoxTables } from '../db/database-schema.js';
import { hashSecret, newOperatorKey, newPublicId } from '../security/secrets.js';
import { now } from './meeting-rows.js';

/** The organisation every database has: owns what was stored before organisations existed. */
export const DEFAULT_ORGANIZATION_ID = 'default';

/** An organisation: owns its meetings and collections, and the credentials of its people. */
export interface OrganizationRecord {
  id: string;
  name: string;
  createdAt: string;
}

/**
 * Creates an organisation with its first operator key, in one transaction; the key is
 * returned once (only its hash is stored).
 *
 * @example
 * const { organization, operatorKey } = await createOrganization(db, 'Qingyuan NGO');
 * // organization.id: 'org-7K2Q9XWD1M3P'; operatorKey: 'qyk_…'
 */
export async function createOrganization(
  db: Kysely<BallotBoxTables>,
  name: string,
): Promise<{ organization: OrganizationRecord; operatorKey: string }> {
  const organization = { id: newPublicId('org-'), name, createdAt: now() };
  const operatorKey = newOperatorKey();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('organizations')
      .values({ id: organization.id, name, created_at: organization.createdAt })
      .execute();
    await trx
      .insertInto('credentials')
      .values({
        id: newPublicId('cred-'),
        organization_id: organization.id,
        role: 'operator',
        secret_hash: hashSecret(operatorKey),
        label: null,
        used_at: null,
        created_at: organization.createdAt,
      })
      .execute();
  });
  return { organization, operatorKey };
}

/**
 * The organisation with this id, or `undefined`.
 *
 * @example
 * await getOrganization(db, 'default'); // { id: 'default', name: 'Default organisation', … }
 */
export async function getOrganization(
  db: Kysely<BallotBoxTables>,
  id: string,
): Promise<OrganizationRecord | undefined> {
  const row = await db
    .selectFrom('organizations')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row === undefined ? undefined : { id: row.id, name: row.name, createdAt: row.created_at };
}
