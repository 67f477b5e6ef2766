import type { Kysely, Transaction } from 'kysely';
import type { OpenSpaceSession, Violation } from '@qingyuan/core';
import { GENESIS_HASH } from '../audit/hash-chain.js';
import type { BallotBoxTables, OpenSpaceSessionsTable } from '../db/database-schema.js';
import type { IdempotentReplay } from './idempotent-replay.js';
import { readKeysetPage, type KeysetPage } from './keyset-page.js';
import { now } from './meeting-rows.js';
import { appendSessionLog } from './open-space-log.js';
import { earlierAnswer, keepAnswer, type SessionPost } from './open-space-replays.js';

/** An Open Space session as stored: its organisation, its document and its log's head. */
export interface SessionRecord {
  organization: string;
  session: OpenSpaceSession;
  /** The origins whose pages may post to the session (participants' and organizers' posts). */
  corsOrigins: string[];
  log: { length: number; head: string };
  createdAt: string;
  updatedAt: string;
}

/**
 * What a change decides, seeing the locked session: the new document, the log entry that
 * records it and the answer to send; or the violated rules (nothing is stored).
 */
export type SessionDecision<A> =
  | {
      ok: true;
      session: OpenSpaceSession;
      log: { kind: string; data: Record<string, unknown> };
      answer: A;
    }
  | { ok: false; violations: readonly Violation[] };

/** The outcome of {@link changeSession}. */
export type SessionChange<A> =
  | { ok: true; replayed: false; answer: A; session: OpenSpaceSession }
  | { ok: true; replayed: true; answer: A }
  | { ok: false; reason: 'unknown-session' | 'idempotency-key-reused' }
  | { ok: false; reason: 'violations'; violations: readonly Violation[] };

function sessionRecord(row: OpenSpaceSessionsTable): SessionRecord {
  return {
    organization: row.organization_id,
    session: JSON.parse(row.document) as OpenSpaceSession,
    corsOrigins: JSON.parse(row.cors_origins) as string[],
    log: { length: Number(row.log_length), head: row.log_head },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * Stores a new session of an organisation (already checked with core) with the first entry of
 * its log, `session.created`; `false` when the organisation already has a session with its id.
 *
 * @example
 * await createSession(db, 'org-7K2Q', session, ['https://ngo.example']); // true
 */
export async function createSession(
  db: Kysely<BallotBoxTables>,
  organizationId: string,
  session: OpenSpaceSession,
  corsOrigins: readonly string[] = [],
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const taken = await trx
      .selectFrom('open_space_sessions')
      .select('id')
      .where('organization_id', '=', organizationId)
      .where('id', '=', session.id)
      .executeTakeFirst();
    if (taken !== undefined) return false;
    const at = now();
    const row: OpenSpaceSessionsTable = {
      organization_id: organizationId,
      id: session.id,
      document: JSON.stringify(session),
      cors_origins: JSON.stringify(corsOrigins),
      log_length: 0,
      log_head: GENESIS_HASH,
      created_at: at,
      updated_at: at,
    };
    await trx.insertInto('open_space_sessions').values(row).execute();
    await appendSessionLog(trx, row, 'session.created', { session });
    await trx
      .updateTable('open_space_sessions')
      .set({ log_length: row.log_length, log_head: row.log_head })
      .where('organization_id', '=', organizationId)
      .where('id', '=', session.id)
      .execute();
    return true;
  });
}

/**
 * The organisation's session with this id, or `undefined`.
 *
 * @example
 * const record = await getSession(db, 'org-7K2Q', 'os-2007'); // { session, log: { length: 3, head }, … }
 */
export async function getSession(
  db: Kysely<BallotBoxTables>,
  organizationId: string,
  sessionId: string,
): Promise<SessionRecord | undefined> {
  const row = await db
    .selectFrom('open_space_sessions')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', sessionId)
    .executeTakeFirst();
  return row === undefined ? undefined : sessionRecord(row);
}

/**
 * A page of an organisation's sessions, by id (`after` the last id of the previous page).
 *
 * @example
 * const page = await listSessions(db, 'org-7K2Q', undefined, 100);
 * // { items: [{ organization: 'org-7K2Q', session: { id: 'os-2007', … }, … }], next: null }
 */
export async function listSessions(
  db: Kysely<BallotBoxTables>,
  organizationId: string,
  after: string | undefined,
  limit: number,
): Promise<KeysetPage<SessionRecord>> {
  const page = await readKeysetPage(
    db.selectFrom('open_space_sessions').selectAll().where('organization_id', '=', organizationId),
    'id',
    after,
    limit,
  );
  return { next: page.next, items: page.items.map(sessionRecord) };
}

/**
 * Changes a session under its lock (`FOR UPDATE` on PostgreSQL; SQLite has one writer): reads
 * the document, lets `decide` rule on it, and stores the new document with its log entry in one
 * transaction, so two racing requests see each other's dots and a budget is never exceeded.
 * With `post` (a request sent with an `Idempotency-Key`), a retry is answered as the first
 * request was and another request under the same key is `idempotency-key-reused`.
 *
 * @example
 * const change = await changeSession(db, 'org-7K2Q', 'os-2007', (session) => decideDots(session), undefined, true);
 */
export async function changeSession<A>(
  db: Kysely<BallotBoxTables>,
  organizationId: string,
  sessionId: string,
  decide: (
    session: OpenSpaceSession,
    trx: Transaction<BallotBoxTables>,
  ) => Promise<SessionDecision<A>> | SessionDecision<A>,
  post: SessionPost | undefined,
  forUpdate: boolean,
): Promise<SessionChange<A>> {
  return db.transaction().execute(async (trx): Promise<SessionChange<A>> => {
    const row = await trx
      .selectFrom('open_space_sessions')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('id', '=', sessionId)
      .$if(forUpdate, (qb) => qb.forUpdate())
      .executeTakeFirst();
    if (row === undefined) return { ok: false, reason: 'unknown-session' };
    if (post !== undefined) {
      const earlier = (await earlierAnswer(trx, post)) as IdempotentReplay<A> | undefined;
      if (earlier !== undefined) return earlier;
    }
    const decision = await decide(JSON.parse(row.document) as OpenSpaceSession, trx);
    if (!decision.ok) return { ok: false, reason: 'violations', violations: decision.violations };
    await appendSessionLog(trx, row, decision.log.kind, decision.log.data);
    await trx
      .updateTable('open_space_sessions')
      .set({
        document: JSON.stringify(decision.session),
        log_length: row.log_length,
        log_head: row.log_head,
        updated_at: now(),
      })
      .where('organization_id', '=', organizationId)
      .where('id', '=', sessionId)
      .execute();
    if (post !== undefined) await keepAnswer(trx, post, decision.answer);
    return { ok: true, replayed: false, answer: decision.answer, session: decision.session };
  });
}
