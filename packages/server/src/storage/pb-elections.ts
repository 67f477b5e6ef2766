import type { Kysely } from 'kysely';
import type { LocalizedText } from '@qingyuan/core';
import type { BallotBoxTables, PbElectionsTable } from '../db/database-schema.js';
import { GENESIS_HASH } from '../audit/hash-chain.js';
import { appendPbLog } from './pb-audit-log.js';
import { now } from './meeting-rows.js';
import { readKeysetPage, type KeysetPage } from './keyset-page.js';

/** The database PB elections live in, and whether rows are locked with `FOR UPDATE` (PostgreSQL). */
export interface PbDatabase {
  readonly db: Kysely<BallotBoxTables>;
  readonly forUpdate: boolean;
}

/** The allocation rule a PB election is counted with (core's rules, with their options). */
export type PbRule =
  | { name: 'greedy'; utility: 'cost' | 'cardinality' }
  | {
      name: 'equal-shares';
      utility: 'cost' | 'cardinality';
      completion: 'none' | 'greedy' | 'add1';
    }
  | { name: 'sequential-phragmen' };

/** Where a PB election stands: set up, voting, or voting over (counted). */
export type PbElectionStatus = 'draft' | 'open' | 'closed';

/** A PB election as the box keeps it. */
export interface PbElectionRecord {
  id: string;
  organization: string;
  /** The ballot sheet: core's `PbBallotElection` document with the texts voters read. */
  sheet: Record<string, unknown>;
  rule: PbRule;
  status: PbElectionStatus;
  /** The length and head hash of its audit log. */
  log: { length: number; head: string };
  /**
   * When its count was certified (`POST …/certify`): the outcome is final from then on and no
   * paper ballot is entered any more; null while the count is provisional.
   */
  certifiedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * The record of a PB election row.
 *
 * @example
 * pbElectionRecord(row).status; // 'open'
 */
export function pbElectionRecord(row: PbElectionsTable): PbElectionRecord {
  return {
    id: row.id,
    organization: row.organization_id,
    sheet: JSON.parse(row.sheet) as Record<string, unknown>,
    rule: JSON.parse(row.rule) as PbRule,
    status: row.status as PbElectionStatus,
    log: { length: Number(row.log_length), head: row.log_head },
    certifiedAt: row.certified_at ?? null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * Creates a PB election in `draft` for an organisation, with its first log entry
 * (`pb.created`, holding the sheet and rule); `undefined` when the id is taken.
 *
 * @example
 * await createPbElection(pb, { id: 'pb-2027', organization: 'org-1', sheet, rule: { name: 'sequential-phragmen' } });
 */
export async function createPbElection(
  pb: PbDatabase,
  input: { id: string; organization: string; sheet: unknown; rule: PbRule },
): Promise<PbElectionRecord | undefined> {
  return pb.db.transaction().execute(async (trx) => {
    const taken = await trx
      .selectFrom('pb_elections')
      .select('id')
      .where('id', '=', input.id)
      .executeTakeFirst();
    if (taken !== undefined) return undefined;
    const at = now();
    const row: PbElectionsTable = {
      id: input.id,
      organization_id: input.organization,
      sheet: JSON.stringify(input.sheet),
      rule: JSON.stringify(input.rule),
      status: 'draft',
      log_length: 0,
      log_head: GENESIS_HASH,
      created_at: at,
      updated_at: at,
    };
    await trx.insertInto('pb_elections').values(row).execute();
    await appendPbLog(trx, row, 'pb.created', { sheet: input.sheet, rule: input.rule });
    return pbElectionRecord(row);
  });
}

/**
 * The PB election with this id, or `undefined`.
 *
 * @example
 * const election = await getPbElection(pb.db, 'pb-2027');
 */
export async function getPbElection(
  db: Kysely<BallotBoxTables>,
  id: string,
): Promise<PbElectionRecord | undefined> {
  const row = await db
    .selectFrom('pb_elections')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row === undefined ? undefined : pbElectionRecord(row);
}

/** A PB election in an organisation's list: what tells it apart, without its sheet. */
export interface PbElectionSummary {
  id: string;
  /** The sheet's title, or `null` when it has none. */
  title: LocalizedText | null;
  status: PbElectionStatus;
  rule: PbRule;
  /** When its count was certified (its outcome final), or null. */
  certifiedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * A page of an organisation's PB elections in id order, after the id `after` (keyset paging,
 * like the other lists of the box).
 *
 * @example
 * const { items, next } = await listPbElections(db, 'org-7K2Q', undefined, 100);
 */
export async function listPbElections(
  db: Kysely<BallotBoxTables>,
  organizationId: string,
  after: string | undefined,
  limit: number,
): Promise<KeysetPage<PbElectionSummary>> {
  const page = await readKeysetPage(
    db.selectFrom('pb_elections').selectAll().where('organization_id', '=', organizationId),
    'id',
    after,
    limit,
  );
  return {
    next: page.next,
    items: page.items.map((row) => {
      const { id, sheet, rule, status, certifiedAt, createdAt, updatedAt } = pbElectionRecord(row);
      return {
        id,
        // The sheet was checked against core's texts schema when it was stored.
        title: (sheet['title'] as LocalizedText | undefined) ?? null,
        status,
        rule,
        certifiedAt,
        createdAt,
        updatedAt,
      };
    }),
  };
}

/**
 * Runs `act` in one transaction with the election's row locked (its chain grows only there);
 * `undefined` when there is no such election. `act` gets the transaction, the row (to append
 * log entries to) and the record as it is now.
 *
 * @example
 * await withLockedPbElection(pb, 'pb-2027', (trx, row) => appendPbLog(trx, row, 'pb.opened', {}));
 */
export async function withLockedPbElection<T>(
  pb: PbDatabase,
  id: string,
  act: (
    trx: Kysely<BallotBoxTables>,
    row: PbElectionsTable,
    record: PbElectionRecord,
  ) => Promise<T>,
): Promise<T | undefined> {
  return pb.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('pb_elections')
      .selectAll()
      .where('id', '=', id)
      .$if(pb.forUpdate, (qb) => qb.forUpdate())
      .executeTakeFirst();
    if (row === undefined) return undefined;
    return act(trx, row, pbElectionRecord(row));
  });
}

/** What changing a PB election's setup or status gives. */
export type PbElectionChange =
  | { ok: true; record: PbElectionRecord }
  | { ok: false; reason: 'status'; status: PbElectionStatus };

/**
 * Replaces a draft election's sheet and/or rule (logged as `pb.updated`); refused with the
 * current status once voting has opened: the ballot format, limits and rule are locked then.
 *
 * @example
 * await updatePbElection(pb, 'pb-2027', { rule: { name: 'greedy', utility: 'cost' } });
 */
export async function updatePbElection(
  pb: PbDatabase,
  id: string,
  change: { sheet?: unknown; rule?: PbRule },
): Promise<PbElectionChange | undefined> {
  return withLockedPbElection(pb, id, async (trx, row, record) => {
    if (record.status !== 'draft')
      return { ok: false as const, reason: 'status' as const, status: record.status };
    const set: Partial<PbElectionsTable> = {};
    if (change.sheet !== undefined) set.sheet = JSON.stringify(change.sheet);
    if (change.rule !== undefined) set.rule = JSON.stringify(change.rule);
    await trx.updateTable('pb_elections').set(set).where('id', '=', id).execute();
    Object.assign(row, set);
    await appendPbLog(trx, row, 'pb.updated', { ...change });
    return { ok: true as const, record: pbElectionRecord(row) };
  });
}

/**
 * Moves a PB election from `from` to `to` (`draft` → `open`, `open` → `closed`), logged as
 * `kind`; refused with the current status when it is not at `from`.
 *
 * @example
 * await movePbElection(pb, 'pb-2027', 'draft', 'open', 'pb.opened');
 */
export async function movePbElection(
  pb: PbDatabase,
  id: string,
  from: PbElectionStatus,
  to: PbElectionStatus,
  kind: string,
): Promise<PbElectionChange | undefined> {
  return withLockedPbElection(pb, id, async (trx, row, record) => {
    if (record.status !== from)
      return { ok: false as const, reason: 'status' as const, status: record.status };
    await trx.updateTable('pb_elections').set({ status: to }).where('id', '=', id).execute();
    row.status = to;
    await appendPbLog(trx, row, kind, {});
    return { ok: true as const, record: pbElectionRecord(row) };
  });
}
