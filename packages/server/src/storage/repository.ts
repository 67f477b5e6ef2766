import { sql, type Kysely, type Transaction } from 'kysely';
import type { ReviewMeeting } from '@qingyuan/core';
import type { BallotBoxDatabase } from '../db/open-database.js';
import type { BallotBoxTables, MeetingsTable } from '../db/database-schema.js';
import { GENESIS_HASH, entryHash, type AuditEntry } from '../audit/hash-chain.js';
import { ballotReceipt } from '../audit/receipt.js';
import { contentHash } from '../audit/content-hash.js';
import {
  hashSecret,
  newOrganizerToken,
  newPublicId,
  newVotingCode,
  normalizeVotingCode,
  secretMatches,
} from '../security/secrets.js';
import type {
  Decision,
  IssuedCode,
  MeetingRecord,
  MeetingStatus,
  StoredBallot,
  Turnout,
  Violation,
} from './records.js';

type Trx = Transaction<BallotBoxTables>;
type Marks = StoredBallot['marks'];

/** What may change on a meeting in one step, with the audit entry that records it. */
export interface MeetingChange {
  status?: MeetingStatus;
  document?: ReviewMeeting;
  liveResults?: boolean;
  corsOrigins?: string[];
  log?: { kind: string; data: Record<string, unknown> };
}

/** The outcome of casting a ballot. */
export type CastOutcome =
  | {
      ok: true;
      /** True when the request repeated an earlier one with the same idempotency key. */
      replayed: boolean;
      code: string;
      seq: number;
      receipt: string;
      castAt: string;
      logSeq: number;
    }
  | { ok: false; reason: 'unknown-meeting' | 'unknown-code' }
  | { ok: false; reason: 'idempotency-key-reused'; message: string }
  | { ok: false; reason: 'rules'; violations: Violation[] };

/** A collection of survey responses or applications. */
export interface CollectionRecord {
  id: string;
  kind: 'survey-responses' | 'applications';
  schemaName: string | null;
  corsOrigins: string[];
  items: number;
  createdAt: string;
}

/** One stored survey response or application. */
export interface CollectionItem {
  seq: number;
  document: unknown;
  receivedAt: string;
}

function now(): string {
  return new Date().toISOString();
}

function toMeetingRecord(row: MeetingsTable): MeetingRecord {
  return {
    id: row.id,
    document: JSON.parse(row.document) as ReviewMeeting,
    status: row.status as MeetingStatus,
    liveResults: Number(row.live_results) === 1,
    corsOrigins: JSON.parse(row.cors_origins) as string[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * Everything the ballot box stores, behind one dialect-agnostic API over Kysely: the same
 * queries run on SQLite and PostgreSQL. Every change that matters happens in one transaction
 * with its audit-log entry; a meeting's row is locked while its chain grows, so concurrent
 * ballots never fork the chain. Secrets (organizer tokens, voting codes) are stored only as
 * SHA-256 hashes and compared in constant time.
 *
 * Rules about *whether* a change is allowed are not made here: callers pass a `decide`
 * function that sees the current, locked record and returns what to write or the violations.
 *
 * @example
 * const repo = new BallotBoxRepository(await openDatabase({ file: ':memory:' }));
 * const { organizerToken } = await repo.createMeeting(meeting, { liveResults: false, corsOrigins: [] });
 */
export class BallotBoxRepository {
  private readonly db: Kysely<BallotBoxTables>;
  private readonly postgres: boolean;

  constructor(store: BallotBoxDatabase) {
    this.db = store.db;
    this.postgres = store.dialect === 'postgres';
  }

  /** Creates a meeting in `draft`; returns its organizer token (shown once) or a conflict. */
  async createMeeting(
    document: ReviewMeeting,
    settings: { liveResults: boolean; corsOrigins: string[] },
  ): Promise<{ ok: true; organizerToken: string; record: MeetingRecord } | { ok: false }> {
    const organizerToken = newOrganizerToken();
    const at = now();
    try {
      await this.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('meetings')
          .values({
            id: document.id,
            document: JSON.stringify(document),
            status: 'draft',
            organizer_token_hash: hashSecret(organizerToken),
            live_results: settings.liveResults ? 1 : 0,
            cors_origins: JSON.stringify(settings.corsOrigins),
            log_length: 0,
            log_head: GENESIS_HASH,
            created_at: at,
            updated_at: at,
          })
          .execute();
        const row = await this.lockMeeting(trx, document.id);
        await this.appendLog(trx, row!, 'meeting.created', {
          document: contentHash(document),
        });
      });
    } catch (error) {
      if (await this.meetingExists(document.id)) return { ok: false };
      throw error;
    }
    const record = await this.getMeeting(document.id);
    return { ok: true, organizerToken, record: record! };
  }

  private async meetingExists(id: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('meetings')
      .select('id')
      .where('id', '=', id)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** The meeting with this id, or `undefined`. */
  async getMeeting(id: string): Promise<MeetingRecord | undefined> {
    const row = await this.db
      .selectFrom('meetings')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? undefined : toMeetingRecord(row);
  }

  /** Whether `token` is this meeting's organizer token (constant-time comparison). */
  async isOrganizer(meetingId: string, token: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('meetings')
      .select('organizer_token_hash')
      .where('id', '=', meetingId)
      .executeTakeFirst();
    return row !== undefined && secretMatches(token, row.organizer_token_hash);
  }

  /**
   * Changes a meeting in one transaction, with the meeting locked: `decide` sees the current
   * record and returns the change (and its audit entry) or the violated rules.
   */
  async changeMeeting(
    id: string,
    decide: (current: MeetingRecord) => Decision<{ change: MeetingChange }>,
  ): Promise<
    { ok: true; record: MeetingRecord } | { ok: false; violations: Violation[] } | undefined
  > {
    const outcome = await this.db.transaction().execute(async (trx) => {
      const row = await this.lockMeeting(trx, id);
      if (row === undefined) return undefined;
      const decision = decide(toMeetingRecord(row));
      if (!decision.ok) return decision;
      const { change } = decision;
      await trx
        .updateTable('meetings')
        .set({
          ...(change.status !== undefined ? { status: change.status } : {}),
          ...(change.document !== undefined ? { document: JSON.stringify(change.document) } : {}),
          ...(change.liveResults !== undefined ? { live_results: change.liveResults ? 1 : 0 } : {}),
          ...(change.corsOrigins !== undefined
            ? { cors_origins: JSON.stringify(change.corsOrigins) }
            : {}),
          updated_at: now(),
        })
        .where('id', '=', id)
        .execute();
      if (change.log !== undefined) {
        await this.appendLog(trx, row, change.log.kind, change.log.data);
      }
      return { ok: true as const };
    });
    if (outcome === undefined || !outcome.ok) return outcome;
    return { ok: true, record: (await this.getMeeting(id))! };
  }

  /**
   * Issues voting codes: `count` anonymous ones, or one per named voter in `voters`. The secret
   * codes are returned once; only their hashes are stored. The audit log records the public
   * code ids.
   */
  async issueCodes(
    meetingId: string,
    request: { count: number } | { voters: string[] },
    decide: (current: MeetingRecord, existingVoters: Set<string>) => Violation[],
  ): Promise<
    { ok: true; codes: IssuedCode[] } | { ok: false; violations: Violation[] } | undefined
  > {
    return this.db.transaction().execute(async (trx) => {
      const row = await this.lockMeeting(trx, meetingId);
      if (row === undefined) return undefined;
      const named = await trx
        .selectFrom('voter_codes')
        .select('voter_id')
        .where('meeting_id', '=', meetingId)
        .where(sql<boolean>`voter_id <> id`)
        .execute();
      const violations = decide(toMeetingRecord(row), new Set(named.map((r) => r.voter_id)));
      if (violations.length > 0) return { ok: false as const, violations };
      const at = now();
      const codes: IssuedCode[] =
        'count' in request
          ? Array.from({ length: request.count }, () => {
              const id = newPublicId('c-');
              return { id, code: newVotingCode(), voter: id };
            })
          : request.voters.map((voter) => ({
              id: newPublicId('c-'),
              code: newVotingCode(),
              voter,
            }));
      for (let start = 0; start < codes.length; start += 200) {
        await trx
          .insertInto('voter_codes')
          .values(
            codes.slice(start, start + 200).map((issued) => ({
              id: issued.id,
              meeting_id: meetingId,
              code_hash: hashSecret(normalizeVotingCode(issued.code)),
              voter_id: issued.voter,
              ballots_cast: 0,
              created_at: at,
            })),
          )
          .execute();
      }
      await this.appendLog(trx, row, 'codes.issued', {
        codes: codes.map((issued) =>
          issued.voter === issued.id ? issued.id : { id: issued.id, voter: issued.voter },
        ),
      });
      return { ok: true as const, codes };
    });
  }

  /**
   * Casts a ballot with a voting code. In one transaction with the meeting locked: finds the
   * code (by hash, confirmed in constant time), lets `decide` check the meeting's state,
   * replays an earlier submission with the same idempotency key, or stores the submission as
   * the code's newest (the last one counts) together with its audit entry and receipt.
   */
  async castBallot(
    meetingId: string,
    ballot: { code: string; marks: Marks; idempotencyKey?: string | undefined },
    decide: (current: MeetingRecord) => Violation[],
  ): Promise<CastOutcome> {
    const codeHash = hashSecret(normalizeVotingCode(ballot.code));
    return this.db.transaction().execute(async (trx): Promise<CastOutcome> => {
      const row = await this.lockMeeting(trx, meetingId);
      if (row === undefined) return { ok: false, reason: 'unknown-meeting' };
      const code = await trx
        .selectFrom('voter_codes')
        .selectAll()
        .where('meeting_id', '=', meetingId)
        .where('code_hash', '=', codeHash)
        .executeTakeFirst();
      if (code === undefined || !secretMatches(normalizeVotingCode(ballot.code), code.code_hash)) {
        return { ok: false, reason: 'unknown-code' };
      }
      const marksJson = JSON.stringify(ballot.marks);
      if (ballot.idempotencyKey !== undefined) {
        const earlier = await trx
          .selectFrom('ballots')
          .selectAll()
          .where('meeting_id', '=', meetingId)
          .where('code_id', '=', code.id)
          .where('idempotency_key', '=', ballot.idempotencyKey)
          .executeTakeFirst();
        if (earlier !== undefined) {
          if (earlier.marks !== marksJson) {
            return {
              ok: false,
              reason: 'idempotency-key-reused',
              message: 'This Idempotency-Key was already used with a different ballot',
            };
          }
          return {
            ok: true,
            replayed: true,
            code: code.id,
            seq: Number(earlier.seq),
            receipt: earlier.receipt,
            castAt: earlier.cast_at,
            logSeq: Number(earlier.log_seq),
          };
        }
      }
      const violations = decide(toMeetingRecord(row));
      if (violations.length > 0) return { ok: false, reason: 'rules', violations };
      const seq = Number(code.ballots_cast) + 1;
      const receipt = ballotReceipt({
        meeting: meetingId,
        code: code.id,
        seq,
        marks: ballot.marks,
      });
      await trx
        .updateTable('voter_codes')
        .set({ ballots_cast: seq })
        .where('meeting_id', '=', meetingId)
        .where('id', '=', code.id)
        .execute();
      const entry = await this.appendLog(trx, row, 'ballot.cast', {
        code: code.id,
        seq,
        receipt,
      });
      await trx
        .insertInto('ballots')
        .values({
          meeting_id: meetingId,
          code_id: code.id,
          seq,
          marks: marksJson,
          receipt,
          idempotency_key: ballot.idempotencyKey ?? null,
          log_seq: entry.seq,
          cast_at: entry.at,
        })
        .execute();
      return {
        ok: true,
        replayed: false,
        code: code.id,
        seq,
        receipt,
        castAt: entry.at,
        logSeq: entry.seq,
      };
    });
  }

  /** The ballot a voting code last cast (a code sees only its own), or `undefined`. */
  async ballotOfCode(
    meetingId: string,
    code: string,
  ): Promise<{ found: false } | { found: true; ballot: StoredBallot | undefined }> {
    const codeRow = await this.db
      .selectFrom('voter_codes')
      .selectAll()
      .where('meeting_id', '=', meetingId)
      .where('code_hash', '=', hashSecret(normalizeVotingCode(code)))
      .executeTakeFirst();
    if (codeRow === undefined || !secretMatches(normalizeVotingCode(code), codeRow.code_hash)) {
      return { found: false };
    }
    const ballots = await this.ballots(meetingId, { code: codeRow.id, countedOnly: true });
    return { found: true, ballot: ballots[0] };
  }

  /**
   * The meeting's ballot submissions in the order they were cast: all of them (each marked
   * `counted` or not), or only the counted ones (the last of each code).
   */
  async ballots(
    meetingId: string,
    options: { countedOnly?: boolean; code?: string } = {},
  ): Promise<StoredBallot[]> {
    const rows = await this.db
      .selectFrom('ballots as b')
      .innerJoin('voter_codes as c', (join) =>
        join.onRef('c.meeting_id', '=', 'b.meeting_id').onRef('c.id', '=', 'b.code_id'),
      )
      .select([
        'b.code_id',
        'b.seq',
        'b.marks',
        'b.receipt',
        'b.log_seq',
        'b.cast_at',
        'c.voter_id',
        'c.ballots_cast',
      ])
      .where('b.meeting_id', '=', meetingId)
      .$if(options.countedOnly === true, (qb) => qb.whereRef('b.seq', '=', 'c.ballots_cast'))
      .$if(options.code !== undefined, (qb) => qb.where('b.code_id', '=', options.code!))
      .orderBy('b.log_seq')
      .execute();
    return rows.map((row) => ({
      code: row.code_id,
      voter: row.voter_id,
      seq: Number(row.seq),
      marks: JSON.parse(row.marks) as Marks,
      receipt: row.receipt,
      logSeq: Number(row.log_seq),
      castAt: row.cast_at,
      counted: Number(row.seq) === Number(row.ballots_cast),
    }));
  }

  /** The ids of the meeting's anonymous codes and the named voters that hold codes. */
  async codeVoters(meetingId: string): Promise<{ code: string; voter: string }[]> {
    const rows = await this.db
      .selectFrom('voter_codes')
      .select(['id', 'voter_id'])
      .where('meeting_id', '=', meetingId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((row) => ({ code: row.id, voter: row.voter_id }));
  }

  /** How many codes exist, how many have voted and how many submissions were made. */
  async turnout(meetingId: string): Promise<Turnout> {
    const row = await this.db
      .selectFrom('voter_codes')
      .select((eb) => [
        eb.fn.countAll().as('codes'),
        eb.fn.sum<number | string | null>('ballots_cast').as('submissions'),
        eb.fn.count(eb.case().when('ballots_cast', '>', 0).then(1).end()).as('voted'),
      ])
      .where('meeting_id', '=', meetingId)
      .executeTakeFirstOrThrow();
    return {
      codes: Number(row.codes),
      voted: Number(row.voted),
      submissions: Number(row.submissions ?? 0),
    };
  }

  /** The meeting's whole audit log, oldest first. */
  async auditLog(meetingId: string): Promise<AuditEntry[]> {
    const rows = await this.db
      .selectFrom('audit_log')
      .selectAll()
      .where('meeting_id', '=', meetingId)
      .orderBy('seq')
      .execute();
    return rows.map((row) => ({
      seq: Number(row.seq),
      kind: row.kind,
      at: row.at,
      data: JSON.parse(row.data) as Record<string, unknown>,
      prevHash: row.prev_hash,
      hash: row.hash,
    }));
  }

  /** Creates a collection for survey responses or applications; returns its organizer token. */
  async createCollection(input: {
    kind: CollectionRecord['kind'];
    schemaName: string | null;
    corsOrigins: string[];
  }): Promise<{ organizerToken: string; record: CollectionRecord }> {
    const organizerToken = newOrganizerToken();
    const id = newPublicId('col-');
    const at = now();
    await this.db
      .insertInto('collections')
      .values({
        id,
        kind: input.kind,
        schema_name: input.schemaName,
        organizer_token_hash: hashSecret(organizerToken),
        cors_origins: JSON.stringify(input.corsOrigins),
        item_count: 0,
        created_at: at,
      })
      .execute();
    return { organizerToken, record: (await this.getCollection(id))! };
  }

  /** The collection with this id, or `undefined`. */
  async getCollection(id: string): Promise<CollectionRecord | undefined> {
    const row = await this.db
      .selectFrom('collections')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (row === undefined) return undefined;
    return {
      id: row.id,
      kind: row.kind as CollectionRecord['kind'],
      schemaName: row.schema_name,
      corsOrigins: JSON.parse(row.cors_origins) as string[],
      items: Number(row.item_count),
      createdAt: row.created_at,
    };
  }

  /** Whether `token` is this collection's organizer token (constant-time comparison). */
  async isCollectionOrganizer(collectionId: string, token: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('collections')
      .select('organizer_token_hash')
      .where('id', '=', collectionId)
      .executeTakeFirst();
    return row !== undefined && secretMatches(token, row.organizer_token_hash);
  }

  /** Stores one document verbatim in a collection; returns its number there. */
  async addItem(collectionId: string, document: unknown): Promise<CollectionItem | undefined> {
    return this.db.transaction().execute(async (trx) => {
      const counter = await trx
        .updateTable('collections')
        .set((eb) => ({ item_count: eb('item_count', '+', 1) }))
        .where('id', '=', collectionId)
        .returning('item_count')
        .executeTakeFirst();
      if (counter === undefined) return undefined;
      const item = { seq: Number(counter.item_count), document, receivedAt: now() };
      await trx
        .insertInto('collection_items')
        .values({
          collection_id: collectionId,
          seq: item.seq,
          document: JSON.stringify(document),
          received_at: item.receivedAt,
        })
        .execute();
      return item;
    });
  }

  /** A page of a collection's items, oldest first, after item number `after`. */
  async listItems(collectionId: string, after: number, limit: number): Promise<CollectionItem[]> {
    const rows = await this.db
      .selectFrom('collection_items')
      .selectAll()
      .where('collection_id', '=', collectionId)
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(limit)
      .execute();
    return rows.map((row) => ({
      seq: Number(row.seq),
      document: JSON.parse(row.document) as unknown,
      receivedAt: row.received_at,
    }));
  }

  /** Reads a meeting's row inside a transaction, locking it on PostgreSQL (SQLite has one writer). */
  private async lockMeeting(trx: Trx, id: string): Promise<MeetingsTable | undefined> {
    return trx
      .selectFrom('meetings')
      .selectAll()
      .where('id', '=', id)
      .$if(this.postgres, (qb) => qb.forUpdate())
      .executeTakeFirst();
  }

  /** Appends an entry to a meeting's hash chain; the meeting row must be locked by `trx`. */
  private async appendLog(
    trx: Trx,
    row: MeetingsTable,
    kind: string,
    data: Record<string, unknown>,
  ): Promise<AuditEntry> {
    const seq = Number(row.log_length) + 1;
    const at = now();
    const hash = entryHash(row.log_head, { seq, kind, at, data });
    await trx
      .insertInto('audit_log')
      .values({
        meeting_id: row.id,
        seq,
        kind,
        at,
        data: JSON.stringify(data),
        prev_hash: row.log_head,
        hash,
      })
      .execute();
    await trx
      .updateTable('meetings')
      .set({ log_length: seq, log_head: hash })
      .where('id', '=', row.id)
      .execute();
    const entry = { seq, kind, at, data, prevHash: row.log_head, hash };
    // Keep the caller's copy of the row current, so a second append in one transaction chains.
    row.log_length = seq;
    row.log_head = hash;
    return entry;
  }
}
