import type { Kysely } from 'kysely';
import type { BallotBoxTables } from '../db/database-schema.js';

/**
 * Indexes an application that names the Open Space session it came from, in the transaction
 * that stores the application (so the index and the round's log never disagree). Writing the
 * same link again changes nothing.
 *
 * @example
 * await recordApplicationOrigin(trx, 'org-7K2Q', 'os-2007', 'qingyuan-2007', 'jinhuali-home');
 */
export async function recordApplicationOrigin(
  db: Kysely<BallotBoxTables>,
  organizationId: string,
  sessionId: string,
  roundId: string,
  applicationId: string,
): Promise<void> {
  await db
    .insertInto('application_origins')
    .values({
      organization_id: organizationId,
      session_id: sessionId,
      round_id: roundId,
      application_id: applicationId,
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/**
 * The rounds of an organisation holding applications that came from an Open Space session,
 * oldest id first.
 *
 * @example
 * await roundsOfSession(db, 'org-7K2Q', 'os-2007'); // ['qingyuan-2007']
 */
export async function roundsOfSession(
  db: Kysely<BallotBoxTables>,
  organizationId: string,
  sessionId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('application_origins')
    .select('round_id')
    .distinct()
    .where('organization_id', '=', organizationId)
    .where('session_id', '=', sessionId)
    .orderBy('round_id')
    .execute();
  return rows.map((row) => row.round_id);
}
