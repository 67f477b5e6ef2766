import type { Kysely } from 'kysely';
import type { BallotBoxTables, PbElectionsTable } from '../db/database-schema.js';
import type { AuditEntry } from '../audit/hash-chain.js';
import { asAuditEntry, linkEntry, nextLogLink } from './log-row.js';

/**
 * Appends an entry to a PB election's hash chain (the same chain as a meeting's: see
 * `audit/hash-chain.ts`, checked with `verifyChain`) and moves its head; the election's row
 * must be locked by the transaction `db` (see `lockPbElectionRow`). Advances the caller's copy
 * of the row, so the next entry chains on.
 *
 * @example
 * const entry = await appendPbLog(trx, row, 'pb.opened', {});
 */
export async function appendPbLog(
  db: Kysely<BallotBoxTables>,
  row: PbElectionsTable,
  kind: string,
  data: Record<string, unknown>,
): Promise<AuditEntry> {
  const link = nextLogLink(row, kind, data);
  await db
    .insertInto('pb_audit_log')
    .values({ election_id: row.id, ...link })
    .execute();
  row.updated_at = link.at;
  await db
    .updateTable('pb_elections')
    .set({ log_length: link.seq, log_head: link.hash, updated_at: link.at })
    .where('id', '=', row.id)
    .execute();
  return linkEntry(link, data);
}

/**
 * A PB election's whole audit log, oldest first.
 *
 * @example
 * const log = await pbAuditLog(db, 'pb-2027'); // [{ seq: 1, kind: 'pb.created', … }, …]
 */
export async function pbAuditLog(
  db: Kysely<BallotBoxTables>,
  electionId: string,
): Promise<AuditEntry[]> {
  const rows = await db
    .selectFrom('pb_audit_log')
    .selectAll()
    .where('election_id', '=', electionId)
    .orderBy('seq')
    .execute();
  return rows.map(asAuditEntry);
}
