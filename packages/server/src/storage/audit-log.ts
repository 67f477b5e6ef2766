import type { Kysely } from 'kysely';
import type { BallotBoxTables, MeetingsTable } from '../db/database-schema.js';
import type { AuditEntry } from '../audit/hash-chain.js';
import type { LogPosition } from '../audit/publish-commitment.js';
import { asAuditEntry, linkEntry, nextLogLink } from './log-row.js';

/**
 * The next entry of a meeting's hash chain, as a row to insert; advances the caller's copy of
 * the meeting's row (locked by the transaction) so the next entry chains on. The caller writes
 * the entry and the new head (a group commit writes many at once).
 *
 * @example
 * const entry = chainEntry(row, 'ballot.cast', { code: 'c-1', seq: 1, receipt });
 */
export function chainEntry(
  row: MeetingsTable,
  kind: string,
  data: Record<string, unknown>,
): BallotBoxTables['audit_log'] & { data: string } {
  return { meeting_id: row.id, ...nextLogLink(row, kind, data) };
}

/**
 * Appends an entry to a meeting's hash chain and moves its head; the meeting's row must be
 * locked by the transaction `db`.
 *
 * @example
 * await appendLog(trx, row, 'codes.issued', { codes: ['c-1', 'c-2'] });
 */
export async function appendLog(
  db: Kysely<BallotBoxTables>,
  row: MeetingsTable,
  kind: string,
  data: Record<string, unknown>,
): Promise<AuditEntry> {
  const entry = chainEntry(row, kind, data);
  await db.insertInto('audit_log').values(entry).execute();
  await db
    .updateTable('meetings')
    .set({ log_length: entry.seq, log_head: entry.hash })
    .where('id', '=', row.id)
    .execute();
  return linkEntry(entry, data);
}

/**
 * The meeting's whole audit log, oldest first.
 *
 * @example
 * const log = await auditLog(db, 'm1'); // [{ seq: 1, kind: 'meeting.created', … }, …]
 */
export async function auditLog(
  db: Kysely<BallotBoxTables>,
  meetingId: string,
): Promise<AuditEntry[]> {
  const rows = await db
    .selectFrom('audit_log')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .orderBy('seq')
    .execute();
  return rows.map(asAuditEntry);
}

/**
 * Where the meeting's log stood once its results were published: the position (seq) and hash
 * of its `results.published` entry, which commits to everything before it. `undefined` until
 * published. This is what results announce, to compare a downloaded export with.
 *
 * @example
 * await publishedLog(db, 'm1'); // { length: 42, head: '9f…' }
 */
export async function publishedLog(
  db: Kysely<BallotBoxTables>,
  meetingId: string,
): Promise<LogPosition | undefined> {
  const row = await db
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .where('meeting_id', '=', meetingId)
    .where('kind', '=', 'results.published')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row === undefined ? undefined : { length: Number(row.seq), head: row.hash };
}
