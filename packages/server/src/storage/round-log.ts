import type { Kysely } from 'kysely';
import type { BallotBoxTables, RoundsTable } from '../db/database-schema.js';
import type { AuditEntry } from '../audit/hash-chain.js';
import { asAuditEntry, nextLogLink } from './log-row.js';

/** What a new entry of a round's log says besides its kind and data. */
export interface RoundEntryExtra {
  /** The project the entry is about, if one. */
  project?: string | undefined;
  /** The credential that posted it. */
  credential?: string | undefined;
  idempotencyKey?: string | undefined;
  requestHash?: string | undefined;
}

/**
 * The next entry of a round's hash chain (`seq` one more than the row's log, `prevHash` its
 * head), as a `round_log` row; advances `row`'s `log_length` and `log_head` in place.
 *
 * @example
 * const entry = roundChainEntry(row, 'vetting.recorded', { vetting, credential: 'cred-…' });
 */
export function roundChainEntry(
  row: RoundsTable,
  kind: string,
  data: Record<string, unknown>,
  extra: RoundEntryExtra = {},
): BallotBoxTables['round_log'] {
  return {
    organization_id: row.organization_id,
    round_id: row.id,
    ...nextLogLink(row, kind, data),
    project: extra.project ?? null,
    credential_id: extra.credential ?? null,
    idempotency_key: extra.idempotencyKey ?? null,
    request_hash: extra.requestHash ?? null,
  };
}

/**
 * A round's whole log, oldest first: every entry with its hashes.
 *
 * @example
 * const log = await roundLog(db, 'org-7K2Q', 'qingyuan-2007');
 * verifyChain(log); // []
 */
export async function roundLog(
  db: Kysely<BallotBoxTables>,
  organizationId: string,
  roundId: string,
): Promise<AuditEntry[]> {
  const rows = await db
    .selectFrom('round_log')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('round_id', '=', roundId)
    .orderBy('seq')
    .execute();
  return rows.map(asAuditEntry);
}

/**
 * The entry of a round's log written with this `Idempotency-Key`, if any.
 *
 * @example
 * const earlier = await entryOfIdempotencyKey(db, 'org-7K2Q', 'qingyuan-2007', 'sign-7');
 */
export async function entryOfIdempotencyKey(
  db: Kysely<BallotBoxTables>,
  organizationId: string,
  roundId: string,
  key: string,
): Promise<BallotBoxTables['round_log'] | undefined> {
  return db
    .selectFrom('round_log')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('round_id', '=', roundId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}
