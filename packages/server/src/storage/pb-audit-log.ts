import type { Kysely } from 'kysely';
import type { BallotBoxTables, PbElectionsTable } from '../db/database-schema.js';
import { entryHash, type AuditEntry } from '../audit/hash-chain.js';
import { asAuditEntry } from './log-row.js';
import { now } from './meeting-rows.js';

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
  const seq = Number(row.log_length) + 1;
  const at = now();
  const hash = entryHash(row.log_head, { seq, kind, at, data });
  await db
    .insertInto('pb_audit_log')
    .values({
      election_id: row.id,
      seq,
      kind,
      at,
      data: JSON.stringify(data),
      prev_hash: row.log_head,
      hash,
    })
    .execute();
  const prevHash = row.log_head;
  row.log_length = seq;
  row.log_head = hash;
  row.updated_at = at;
  await db
    .updateTable('pb_elections')
    .set({ log_length: seq, log_head: hash, updated_at: at })
    .where('id', '=', row.id)
    .execute();
  return { seq, kind, at, data, prevHash, hash };
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
