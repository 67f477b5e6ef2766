import type { Kysely } from 'kysely';
import type { AuditEntry } from '../audit/hash-chain.js';
import type { BallotBoxTables, OpenSpaceSessionsTable } from '../db/database-schema.js';
import { asAuditEntry, linkEntry, nextLogLink } from './log-row.js';

/**
 * Appends an entry to an Open Space session's hash chain (the same chain as a meeting's audit
 * log: see `entryHash`) and moves the session's head; the session's row must be locked by the
 * transaction `db`. The caller's copy of the row advances too.
 *
 * @example
 * await appendSessionLog(trx, row, 'idea.proposed', { idea: 'i-7K2Q', by: 'p-9XWD' });
 */
export async function appendSessionLog(
  db: Kysely<BallotBoxTables>,
  row: OpenSpaceSessionsTable,
  kind: string,
  data: Record<string, unknown>,
): Promise<AuditEntry> {
  const link = nextLogLink(row, kind, data);
  await db
    .insertInto('open_space_log')
    .values({ organization_id: row.organization_id, session_id: row.id, ...link })
    .execute();
  return linkEntry(link, data);
}

/**
 * The whole hash-chained log of a session, oldest first (`verifyChain` checks it).
 *
 * @example
 * const log = await sessionLog(db, 'org-7K2Q', 'os-2007'); // [{ seq: 1, kind: 'session.created', … }]
 */
export async function sessionLog(
  db: Kysely<BallotBoxTables>,
  organizationId: string,
  sessionId: string,
): Promise<AuditEntry[]> {
  const rows = await db
    .selectFrom('open_space_log')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('session_id', '=', sessionId)
    .orderBy('seq')
    .execute();
  return rows.map(asAuditEntry);
}
