import type { Kysely } from 'kysely';
import type { LocalizedText, Violation } from '@qingyuan/core';
import type { BallotBoxTables, RoundsTable } from '../db/database-schema.js';
import { GENESIS_HASH, type AuditEntry } from '../audit/hash-chain.js';
import {
  roundState,
  applyEntry,
  type RoundEntryData,
  type RoundState,
} from '../round/round-state.js';
import { readKeysetPage, type KeysetPage } from './keyset-page.js';
import { now } from './meeting-rows.js';
import {
  entryOfIdempotencyKey,
  roundChainEntry,
  roundLog,
  type RoundEntryExtra,
} from './round-log.js';
import { asAuditEntry } from './log-row.js';

/** A round as listed: its id, year and title, and the head of its log. */
export interface RoundSummary {
  id: string;
  organization: string;
  subdistrict: string;
  year: number;
  title: LocalizedText | null;
  logLength: number;
  logHead: string;
  createdAt: string;
  updatedAt: string;
}

/** A round read whole: its summary, its log and the state folded from it. */
export interface StoredRound {
  summary: RoundSummary;
  log: AuditEntry[];
  state: RoundState;
}

/** A new entry a change of a round writes. */
export interface RoundEntryChange {
  kind: keyof RoundEntryData;
  data: Record<string, unknown>;
  project?: string | undefined;
  credential?: string | undefined;
}

/** What a round change's `decide` answers: the entry to write, or every violated rule. */
export type RoundDecision =
  { ok: true; entry: RoundEntryChange } | { ok: false; violations: readonly Violation[] };

/** The outcome of {@link changeRound}. */
export type RoundChangeOutcome =
  | { ok: true; replayed: boolean; entry: AuditEntry; round: StoredRound }
  | { ok: false; reason: 'unknown-round' | 'idempotency-key-reused' }
  | { ok: false; reason: 'rule-violation'; violations: readonly Violation[] };

function summaryOf(row: RoundsTable, state: RoundState): RoundSummary {
  return {
    id: row.id,
    organization: row.organization_id,
    subdistrict: state.round.subdistrict,
    year: state.round.year,
    title: state.round.title ?? null,
    logLength: Number(row.log_length),
    logHead: row.log_head,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * Creates a round of an organisation: its row and the first entry of its log
 * (`round.created`, with the round document, governance bodies and participants). Answers
 * `undefined` when the organisation already has a round with this id.
 *
 * @example
 * const created = await createRound(db, 'org-7K2Q', { round, bodies, participants: [] }, 'cred-…');
 * created?.summary.logLength; // 1
 */
export async function createRound(
  db: Kysely<BallotBoxTables>,
  organizationId: string,
  data: RoundEntryData['round.created'],
  credential: string,
): Promise<StoredRound | undefined> {
  const id = data.round.id;
  const exists = async (on: Kysely<BallotBoxTables>) =>
    (await on
      .selectFrom('rounds')
      .select('id')
      .where('organization_id', '=', organizationId)
      .where('id', '=', id)
      .executeTakeFirst()) !== undefined;
  if (await exists(db)) return undefined;
  const at = now();
  const row: RoundsTable = {
    organization_id: organizationId,
    id,
    log_length: 0,
    log_head: GENESIS_HASH,
    created_at: at,
    updated_at: at,
  };
  try {
    const entry = await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('rounds')
        .values({ ...row })
        .execute();
      const entry = roundChainEntry(row, 'round.created', { ...data }, { credential });
      await trx.insertInto('round_log').values(entry).execute();
      await trx
        .updateTable('rounds')
        .set({ log_length: row.log_length, log_head: row.log_head })
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .execute();
      return entry;
    });
    const log = [asAuditEntry(entry)];
    const state = roundState(log);
    return { summary: summaryOf(row, state), log, state };
  } catch (error) {
    // Two creations of one id raced: the second is a conflict, not a failure.
    if (await exists(db)) return undefined;
    throw error;
  }
}

/**
 * A round of an organisation with its log and state, or `undefined` when it has none with
 * this id.
 *
 * @example
 * const round = await getRound(db, 'org-7K2Q', 'qingyuan-2007');
 * round?.state.projects.size; // 4
 */
export async function getRound(
  db: Kysely<BallotBoxTables>,
  organizationId: string,
  id: string,
): Promise<StoredRound | undefined> {
  const row = await db
    .selectFrom('rounds')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  // Only the entries the row counts: a change committing meanwhile is not half read.
  const log = (await roundLog(db, organizationId, id)).slice(0, Number(row.log_length));
  const state = roundState(log);
  return { summary: summaryOf(row, state), log, state };
}

/**
 * A page of an organisation's rounds in id order, after the round id `after`.
 *
 * @example
 * const page = await listRounds(db, 'org-7K2Q', undefined, 100);
 * // { items: [{ id: 'qingyuan-2007', year: 2007, … }], next: null }
 */
export async function listRounds(
  db: Kysely<BallotBoxTables>,
  organizationId: string,
  after: string | undefined,
  limit: number,
): Promise<KeysetPage<RoundSummary>> {
  const page = await readKeysetPage(
    db
      .selectFrom('rounds')
      .innerJoin('round_log', (join) =>
        join
          .onRef('round_log.organization_id', '=', 'rounds.organization_id')
          .onRef('round_log.round_id', '=', 'rounds.id')
          .on('round_log.seq', '=', 1),
      )
      .selectAll('rounds')
      .select(['round_log.kind', 'round_log.data'])
      .where('rounds.organization_id', '=', organizationId),
    'rounds.id',
    after,
    limit,
  );
  return {
    next: page.next,
    items: page.items.map((row) =>
      summaryOf(row, roundState([{ kind: row.kind, data: JSON.parse(row.data) }])),
    ),
  };
}

/**
 * Changes a round under its lock: reads its log, lets `decide` see the state (and the
 * transaction, to use a signing code in it) and answer the entry to write or every violated
 * rule, then appends the entry to the hash chain — all in one transaction, so an answered
 * change is on disk and two racing changes are serialized (the second decides on the state
 * the first left). With an `Idempotency-Key`, a retry of the same request answers the entry it
 * wrote (`replayed`), and another request with the key is refused.
 *
 * @example
 * const outcome = await changeRound(db, 'org-7K2Q', 'qingyuan-2007', (state) => ({
 *   ok: true, entry: { kind: 'vetting.recorded', data: { vetting, credential: 'cred-…' } },
 * }), { forUpdate: false });
 */
export async function changeRound(
  db: Kysely<BallotBoxTables>,
  organizationId: string,
  id: string,
  decide: (
    state: RoundState,
    trx: Kysely<BallotBoxTables>,
  ) => RoundDecision | Promise<RoundDecision>,
  options: { forUpdate: boolean } & Pick<RoundEntryExtra, 'idempotencyKey' | 'requestHash'>,
): Promise<RoundChangeOutcome> {
  return db.transaction().execute(async (trx): Promise<RoundChangeOutcome> => {
    const row = await trx
      .selectFrom('rounds')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('id', '=', id)
      .$if(options.forUpdate, (qb) => qb.forUpdate())
      .executeTakeFirst();
    if (row === undefined) return { ok: false, reason: 'unknown-round' };
    const log = await roundLog(trx, organizationId, id);
    const state = roundState(log);
    if (options.idempotencyKey !== undefined) {
      const earlier = await entryOfIdempotencyKey(trx, organizationId, id, options.idempotencyKey);
      if (earlier !== undefined) {
        if (earlier.request_hash !== (options.requestHash ?? null)) {
          return { ok: false, reason: 'idempotency-key-reused' };
        }
        return {
          ok: true,
          replayed: true,
          entry: asAuditEntry(earlier),
          round: { summary: summaryOf(row, state), log, state },
        };
      }
    }
    const decision = await decide(state, trx);
    if (!decision.ok) {
      return { ok: false, reason: 'rule-violation', violations: decision.violations };
    }
    const { entry } = decision;
    const written = roundChainEntry(row, entry.kind, entry.data, {
      project: entry.project,
      credential: entry.credential,
      idempotencyKey: options.idempotencyKey,
      requestHash: options.requestHash,
    });
    await trx.insertInto('round_log').values(written).execute();
    row.updated_at = written.at;
    await trx
      .updateTable('rounds')
      .set({ log_length: row.log_length, log_head: row.log_head, updated_at: row.updated_at })
      .where('organization_id', '=', organizationId)
      .where('id', '=', id)
      .execute();
    const added = asAuditEntry(written);
    applyEntry(state, added);
    return {
      ok: true,
      replayed: false,
      entry: added,
      round: { summary: summaryOf(row, state), log: [...log, added], state },
    };
  });
}
