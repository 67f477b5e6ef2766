import { sql, type Kysely, type Transaction } from 'kysely';
import {
  applyEvent,
  meetingLifecycle,
  MeetingEventSchema,
  replay,
  type MeetingEvent,
  type MeetingState,
  type ReviewMeeting,
} from '@qingyuan/core';
import type { BallotBoxDatabase } from '../db/open-database.js';
import type { BallotBoxTables, MeetingsTable } from '../db/database-schema.js';
import { GENESIS_HASH, entryHash, type AuditEntry } from '../audit/hash-chain.js';
import type { LogPosition } from '../audit/publish-commitment.js';
import { ballotReceipt } from '../audit/receipt.js';
import { contentHash } from '../audit/content-hash.js';
import { agendaHash } from '../audit/agenda-hash.js';
import { codesByHash } from './codes-by-hash.js';
import { replayEarlier } from './idempotent-replay.js';
import { apiStatus } from '../meeting/meeting-status.js';
import { organizerEvent } from '../meeting/meeting-transition.js';
import {
  hashSecret,
  hashesMatch,
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
  StoredBallot,
  Turnout,
  Violation,
} from './records.js';

type Db = Kysely<BallotBoxTables>;
type Trx = Transaction<BallotBoxTables>;
type Marks = StoredBallot['marks'];

/** What may change on a meeting in one step, with the audit entry that records it. */
export interface MeetingChange {
  /**
   * A lifecycle event to append to the meeting's history (already checked by the caller),
   * at most one per change and always with the `log` entry that records it, so the history and
   * the hash-chained log tell the same story.
   */
  events?: MeetingEvent[];
  liveResults?: boolean;
  corsOrigins?: string[];
  log?: { kind: string; data: Record<string, unknown> };
}

/**
 * What a change may read about its meeting inside the transaction that holds the meeting's
 * lock: what it reads is what the change commits on (no ballot, code or step can slip in
 * between). Reads go through the transaction. The second argument of the function given to
 * {@link BallotBoxRepository.changeMeeting}.
 *
 * @example
 * await repo.changeMeeting(id, async (record, locked) => {
 *   const { codes } = await locked.turnout(); // no code can be issued until this change commits
 *   const publish = publishCommitment(locked.log, tally, meeting); // the log as it stands
 *   return { ok: true, change: { log: { kind: 'results.published', data: { ...publish } } } };
 * });
 */
export interface LockedMeeting {
  /** The meeting's audit log as locked: how many entries and the hash of the last. */
  readonly log: LogPosition;
  /** How many codes exist, how many have voted and how many submissions were made. */
  turnout(): Promise<Turnout>;
  /** The meeting's codes and the voter ids they vote as (see {@link BallotBoxRepository.codeVoters}). */
  codeVoters(): Promise<{ code: string; voter: string }[]>;
  /** The meeting's ballot submissions (see {@link BallotBoxRepository.ballots}). */
  ballots(options?: { countedOnly?: boolean }): Promise<StoredBallot[]>;
}

/** The checks a ballot passes before it is stored, run on the meeting as it is at commit. */
export interface CastRules {
  /** Why the marks do not fit the meeting (unknown project, wrong mark…): a `400`. */
  marks(record: MeetingRecord, marks: Marks): readonly Violation[];
  /** The lifecycle rules the ballot of `voter` breaks (voting must be open): a `409`. */
  cast(record: MeetingRecord, voter: string, marks: Marks): readonly Violation[];
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
  | { ok: false; reason: 'idempotency-key-reused' }
  | { ok: false; reason: 'invalid-ballot' | 'rules'; violations: readonly Violation[] };

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

/** The outcome of storing a document in a collection. */
export type AddItemOutcome =
  | {
      ok: true;
      /** True when the request repeated an earlier one with the same idempotency key. */
      replayed: boolean;
      item: CollectionItem;
    }
  | { ok: false; reason: 'unknown-collection' | 'idempotency-key-reused' };

/** A ballot waiting in the queue for the next group commit. */
interface QueuedBallot {
  code: string;
  codeHash: string;
  marks: Marks;
  marksJson: string;
  idempotencyKey: string | undefined;
  rules: CastRules;
  resolve(outcome: CastOutcome): void;
  reject(error: unknown): void;
}

/** The most ballots one group commit takes (bounds the statement size: 8 values a row). */
const MAX_BATCH = 200;

function now(): string {
  return new Date().toISOString();
}

/** An event history that core's lifecycle refuses: the stored data was changed by hand. */
export class CorruptHistoryError extends Error {
  override readonly name = 'CorruptHistoryError';
}

/**
 * Everything the ballot box stores, behind one dialect-agnostic API over Kysely: the same
 * queries run on SQLite and PostgreSQL. Every change that matters happens in one transaction
 * with its audit-log entry; a meeting's row is locked while its chain grows, so concurrent
 * ballots never fork the chain. Secrets (organizer tokens, voting codes) are stored only as
 * SHA-256 hashes and compared in constant time.
 *
 * A meeting's lifecycle is `@qingyuan/core`'s `meetingLifecycle`: the repository stores each
 * meeting's event history and derives its state with `replay` (cached per meeting until the
 * history grows). Rules about *whether* a change is allowed are not made here: callers pass a
 * `decide` function (or {@link CastRules}) that sees the current, locked record.
 *
 * Ballots are written by group commit: ballots that arrive while a commit is running wait
 * and go together into the next transaction (a handful of statements for the whole group),
 * and each caller's promise settles only after that transaction commits.
 *
 * @example
 * const repo = new BallotBoxRepository(await openDatabase({ file: ':memory:' }));
 * const { organizerToken } = await repo.createMeeting(meeting, { liveResults: false, corsOrigins: [] });
 */
export class BallotBoxRepository {
  private readonly db: Db;
  private readonly postgres: boolean;
  /** Each meeting's replayed state, valid while its history has `length` events. */
  private readonly states = new Map<string, { length: number; state: MeetingState }>();
  private readonly queues = new Map<string, QueuedBallot[]>();
  private readonly flushing = new Set<string>();

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
    const saved = organizerEvent(meetingLifecycle.initial, {
      type: 'agenda-saved',
      payload: { meeting: document },
    });
    const applied = applyEvent(meetingLifecycle, meetingLifecycle.initial, saved, {});
    if (!applied.ok) throw new CorruptHistoryError('core refused the first agenda-saved event');
    try {
      await this.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('meetings')
          .values({
            id: document.id,
            document: JSON.stringify(document),
            status: applied.state.status,
            history_length: 1,
            organizer_token_hash: hashSecret(organizerToken),
            live_results: settings.liveResults ? 1 : 0,
            cors_origins: JSON.stringify(settings.corsOrigins),
            log_length: 0,
            log_head: GENESIS_HASH,
            created_at: at,
            updated_at: at,
          })
          .execute();
        await trx
          .insertInto('meeting_events')
          .values({ meeting_id: document.id, seq: 1, event: JSON.stringify(saved) })
          .execute();
        const row = await this.lockMeeting(trx, document.id);
        await this.appendLog(trx, row!, 'meeting.created', {
          document: contentHash(document),
          agenda: agendaHash(document),
        });
      });
    } catch (error) {
      if (await this.meetingExists(document.id)) return { ok: false };
      throw error;
    }
    this.states.set(document.id, { length: 1, state: applied.state });
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
    return row === undefined ? undefined : this.toRecord(this.db, row);
  }

  /** The meeting's event history (core `MeetingEvent`s), oldest first. */
  async history(id: string): Promise<MeetingEvent[]> {
    return this.loadHistory(this.db, id);
  }

  private async loadHistory(executor: Db | Trx, id: string): Promise<MeetingEvent[]> {
    const rows = await executor
      .selectFrom('meeting_events')
      .select('event')
      .where('meeting_id', '=', id)
      .orderBy('seq')
      .execute();
    return rows.map((row) => MeetingEventSchema.parse(JSON.parse(row.event)));
  }

  /** The meeting's state: cached while its history is unchanged, else replayed with core. */
  private async stateOf(executor: Db | Trx, row: MeetingsTable): Promise<MeetingState> {
    const length = Number(row.history_length);
    const cached = this.states.get(row.id);
    if (cached !== undefined && cached.length === length) return cached.state;
    const events = await this.loadHistory(executor, row.id);
    const replayed = replay(meetingLifecycle, events, {});
    if (!replayed.ok || events.length !== length) {
      throw new CorruptHistoryError(`The history of meeting "${row.id}" does not replay`);
    }
    // A reader outside the writing transaction may see an older history: keep the newest.
    if (cached === undefined || cached.length < length) {
      this.states.set(row.id, { length, state: replayed.state });
    }
    return replayed.state;
  }

  private async toRecord(executor: Db | Trx, row: MeetingsTable): Promise<MeetingRecord> {
    const state = await this.stateOf(executor, row);
    return {
      id: row.id,
      document: state.meeting ?? (JSON.parse(row.document) as ReviewMeeting),
      status: apiStatus(state.status),
      state,
      historyLength: Number(row.history_length),
      liveResults: Number(row.live_results) === 1,
      corsOrigins: JSON.parse(row.cors_origins) as string[],
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
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
   * record (and may read the meeting's codes, ballots and log through `locked`, inside the same
   * transaction) and returns the change (lifecycle events, settings, and its audit entry) or
   * the violated rules. Whatever `decide` computes from the meeting (a tally to publish) is
   * therefore computed on exactly what the change commits on. The events are applied with
   * core's `applyEvent`; one it refuses is a programming error (the caller checks them first)
   * and throws.
   */
  async changeMeeting(
    id: string,
    decide: (
      current: MeetingRecord,
      locked: LockedMeeting,
    ) => Decision<{ change: MeetingChange }> | Promise<Decision<{ change: MeetingChange }>>,
  ): Promise<
    { ok: true; record: MeetingRecord } | { ok: false; violations: Violation[] } | undefined
  > {
    const outcome = await this.db.transaction().execute(async (trx) => {
      const row = await this.lockMeeting(trx, id);
      if (row === undefined) return undefined;
      const current = await this.toRecord(trx, row);
      const locked: LockedMeeting = {
        log: { length: Number(row.log_length), head: row.log_head },
        turnout: () => this.turnoutIn(trx, id),
        codeVoters: () => this.codeVotersIn(trx, id),
        ballots: (options = {}) => this.ballotsIn(trx, id, options),
      };
      const decision = await decide(current, locked);
      if (!decision.ok) return decision;
      const { change } = decision;
      if ((change.events?.length ?? 0) > 1 || (change.events?.length === 1 && !change.log)) {
        throw new TypeError(
          'A lifecycle event is written alone, with the audit entry recording it',
        );
      }
      let state = current.state;
      let length = current.historyLength;
      for (const event of change.events ?? []) {
        const applied = applyEvent(meetingLifecycle, state, event, {});
        if (!applied.ok) {
          throw new CorruptHistoryError(
            `core refused "${event.type}": ${applied.violations.map((v) => v.rule).join(', ')}`,
          );
        }
        state = applied.state;
        length += 1;
        await trx
          .insertInto('meeting_events')
          .values({ meeting_id: id, seq: length, event: JSON.stringify(event) })
          .execute();
      }
      await trx
        .updateTable('meetings')
        .set({
          ...(length !== current.historyLength
            ? {
                history_length: length,
                status: state.status,
                document: JSON.stringify(state.meeting),
              }
            : {}),
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
      return { ok: true as const, length, state };
    });
    if (outcome === undefined || !outcome.ok) return outcome;
    const cached = this.states.get(id);
    if (cached === undefined || cached.length <= outcome.length) {
      this.states.set(id, { length: outcome.length, state: outcome.state });
    }
    return { ok: true, record: (await this.getMeeting(id))! };
  }

  /**
   * Issues voting codes: `count` anonymous ones, or one per named voter in `voters`. The secret
   * codes are returned once; only their hashes are stored. The audit log records the public
   * code ids only: which voter holds a named code is known to the ballot box (for the one code
   * per voter rule, recusal and group weights) and to the organizer it answers, never published.
   */
  async issueCodes(
    meetingId: string,
    request: { count: number } | { voters: string[] },
    decide: (current: MeetingRecord, namedVoters: Set<string>) => Violation[],
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
      const record = await this.toRecord(trx, row);
      const violations = decide(record, new Set(named.map((r) => r.voter_id)));
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
      await this.appendLog(trx, row, 'codes.issued', { codes: codes.map((issued) => issued.id) });
      return { ok: true as const, codes };
    });
  }

  /**
   * Casts a ballot with a voting code. The ballot joins the meeting's queue and is written by
   * the next group commit, in one transaction with the meeting locked: the marks are checked
   * against the meeting (`rules.marks`), the code is found (by hash, confirmed in constant
   * time), an earlier submission with the same idempotency key is replayed, the lifecycle
   * rules are checked (`rules.cast`), and the submission is stored as the code's newest (the
   * last one counts) with its audit entry and receipt. Resolves after the commit.
   */
  castBallot(
    meetingId: string,
    ballot: { code: string; marks: Marks; idempotencyKey?: string | undefined },
    rules: CastRules,
  ): Promise<CastOutcome> {
    const code = normalizeVotingCode(ballot.code);
    return new Promise<CastOutcome>((resolve, reject) => {
      let queue = this.queues.get(meetingId);
      if (queue === undefined) {
        queue = [];
        this.queues.set(meetingId, queue);
      }
      queue.push({
        code,
        codeHash: hashSecret(code),
        marks: ballot.marks,
        marksJson: JSON.stringify(ballot.marks),
        idempotencyKey: ballot.idempotencyKey,
        rules,
        resolve,
        reject,
      });
      // Wait for the ballots that arrive in the same turn of the event loop, then commit.
      if (queue.length === 1 && !this.flushing.has(meetingId)) {
        setImmediate(() => void this.flush(meetingId));
      }
    });
  }

  /** Commits a meeting's queued ballots, a group at a time, until the queue is empty. */
  private async flush(meetingId: string): Promise<void> {
    if (this.flushing.has(meetingId)) return;
    this.flushing.add(meetingId);
    try {
      for (;;) {
        const queue = this.queues.get(meetingId);
        if (queue === undefined || queue.length === 0) {
          this.queues.delete(meetingId);
          break;
        }
        const batch = queue.splice(0, MAX_BATCH);
        try {
          const outcomes = await this.db
            .transaction()
            .execute((trx) => this.castGroup(trx, meetingId, batch));
          batch.forEach((item, index) => item.resolve(outcomes[index]!));
        } catch (error) {
          // Nothing of the group was committed: every voter gets the error and may retry.
          for (const item of batch) item.reject(error);
        }
      }
    } finally {
      this.flushing.delete(meetingId);
    }
  }

  /** Checks and writes one group of ballots inside `trx`; one outcome per ballot, in order. */
  private async castGroup(
    trx: Trx,
    meetingId: string,
    batch: readonly QueuedBallot[],
  ): Promise<CastOutcome[]> {
    const row = await this.lockMeeting(trx, meetingId);
    if (row === undefined) return batch.map(() => ({ ok: false, reason: 'unknown-meeting' }));
    const record = await this.toRecord(trx, row);
    const outcomes: (CastOutcome | undefined)[] = batch.map((item) => {
      const problems = item.rules.marks(record, item.marks);
      return problems.length > 0
        ? { ok: false, reason: 'invalid-ballot', violations: problems }
        : undefined;
    });
    const hashes = [
      ...new Set(batch.filter((_, i) => outcomes[i] === undefined).map((item) => item.codeHash)),
    ];
    const codeRows = await codesByHash(trx, meetingId, hashes);
    const codes = new Map(codeRows.map((code) => [code.code_hash, code]));
    const keyed = batch.filter((item, i) => outcomes[i] === undefined && item.idempotencyKey);
    const earlierRows =
      keyed.length === 0 || codeRows.length === 0
        ? []
        : await trx
            .selectFrom('ballots')
            .select(['code_id', 'seq', 'marks', 'receipt', 'idempotency_key', 'log_seq', 'cast_at'])
            .where('meeting_id', '=', meetingId)
            .where('code_id', 'in', [...new Set(codeRows.map((code) => code.id))])
            .where('idempotency_key', 'in', [...new Set(keyed.map((item) => item.idempotencyKey!))])
            .execute();
    const earlier = new Map(
      earlierRows.map((ballot) => [
        `${ballot.code_id}\u0000${ballot.idempotency_key}`,
        {
          marks: ballot.marks,
          seq: Number(ballot.seq),
          receipt: ballot.receipt,
          logSeq: Number(ballot.log_seq),
          castAt: ballot.cast_at,
        },
      ]),
    );
    const counts = new Map<string, number>();
    const logRows: BallotBoxTables['audit_log'][] = [];
    const ballotRows: BallotBoxTables['ballots'][] = [];
    batch.forEach((item, index) => {
      if (outcomes[index] !== undefined) return;
      const code = codes.get(item.codeHash);
      if (code === undefined || !hashesMatch(item.codeHash, code.code_hash)) {
        outcomes[index] = { ok: false, reason: 'unknown-code' };
        return;
      }
      const key = `${code.id}\u0000${item.idempotencyKey}`;
      const first = item.idempotencyKey === undefined ? undefined : earlier.get(key);
      if (first !== undefined) {
        const replay = replayEarlier({ request: first.marks, answer: first }, item.marksJson);
        outcomes[index] = replay.ok
          ? {
              ok: true,
              replayed: true,
              code: code.id,
              seq: replay.answer.seq,
              receipt: replay.answer.receipt,
              castAt: replay.answer.castAt,
              logSeq: replay.answer.logSeq,
            }
          : replay;
        return;
      }
      const violations = item.rules.cast(record, code.voter_id, item.marks);
      if (violations.length > 0) {
        outcomes[index] = { ok: false, reason: 'rules', violations };
        return;
      }
      const seq = (counts.get(code.id) ?? Number(code.ballots_cast)) + 1;
      counts.set(code.id, seq);
      const receipt = ballotReceipt({ meeting: meetingId, code: code.id, seq, marks: item.marks });
      const entry = this.chainEntry(row, 'ballot.cast', { code: code.id, seq, receipt });
      logRows.push(entry);
      ballotRows.push({
        meeting_id: meetingId,
        code_id: code.id,
        seq,
        marks: item.marksJson,
        receipt,
        idempotency_key: item.idempotencyKey ?? null,
        log_seq: entry.seq,
        cast_at: entry.at,
      });
      const outcome = {
        ok: true as const,
        replayed: false,
        code: code.id,
        seq,
        receipt,
        castAt: entry.at,
        logSeq: entry.seq,
      };
      outcomes[index] = outcome;
      if (item.idempotencyKey !== undefined)
        earlier.set(key, { ...outcome, marks: item.marksJson });
    });
    if (ballotRows.length > 0) {
      await trx.insertInto('audit_log').values(logRows).execute();
      await trx.insertInto('ballots').values(ballotRows).execute();
      // Each code's count of submissions is its newest seq, just written.
      await trx
        .updateTable('voter_codes')
        .set((eb) => ({
          ballots_cast: eb
            .selectFrom('ballots')
            .select((inner) => inner.fn.max('ballots.seq').as('seq'))
            .whereRef('ballots.meeting_id', '=', 'voter_codes.meeting_id')
            .whereRef('ballots.code_id', '=', 'voter_codes.id'),
        }))
        .where('meeting_id', '=', meetingId)
        .where('id', 'in', [...counts.keys()])
        .execute();
      await trx
        .updateTable('meetings')
        .set({ log_length: row.log_length, log_head: row.log_head })
        .where('id', '=', meetingId)
        .execute();
    }
    return outcomes as CastOutcome[];
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
   * `counted` or not), or only the counted ones (the last of each code). Each is under its
   * code's opaque id (`voter` is the code id, also for a code issued to a named voter): tally
   * them with `anonymousMeeting`.
   */
  async ballots(
    meetingId: string,
    options: { countedOnly?: boolean; code?: string } = {},
  ): Promise<StoredBallot[]> {
    return this.ballotsIn(this.db, meetingId, options);
  }

  private async ballotsIn(
    executor: Db | Trx,
    meetingId: string,
    options: { countedOnly?: boolean; code?: string },
  ): Promise<StoredBallot[]> {
    const rows = await executor
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
        'c.ballots_cast',
      ])
      .where('b.meeting_id', '=', meetingId)
      .$if(options.countedOnly === true, (qb) => qb.whereRef('b.seq', '=', 'c.ballots_cast'))
      .$if(options.code !== undefined, (qb) => qb.where('b.code_id', '=', options.code!))
      .orderBy('b.log_seq')
      .execute();
    return rows.map((row) => ({
      code: row.code_id,
      voter: row.code_id,
      seq: Number(row.seq),
      marks: JSON.parse(row.marks) as Marks,
      receipt: row.receipt,
      logSeq: Number(row.log_seq),
      castAt: row.cast_at,
      counted: Number(row.seq) === Number(row.ballots_cast),
    }));
  }

  /**
   * The meeting's codes and the voter id each votes as: its own id for an anonymous code, the
   * named voter's id for a named one. Private to the ballot box and the organizer: public
   * answers show `anonymousMeeting` and `anonymousCodes` of it.
   */
  async codeVoters(meetingId: string): Promise<{ code: string; voter: string }[]> {
    return this.codeVotersIn(this.db, meetingId);
  }

  private async codeVotersIn(
    executor: Db | Trx,
    meetingId: string,
  ): Promise<{ code: string; voter: string }[]> {
    const rows = await executor
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
    return this.turnoutIn(this.db, meetingId);
  }

  private async turnoutIn(executor: Db | Trx, meetingId: string): Promise<Turnout> {
    const row = await executor
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

  /**
   * Where the meeting's log stood once its results were published: the position (seq) and hash
   * of its `results.published` entry, which commits to everything before it. `undefined` until
   * published. This is what results announce, to compare a downloaded export with.
   */
  async publishedLog(meetingId: string): Promise<LogPosition | undefined> {
    const row = await this.db
      .selectFrom('audit_log')
      .select(['seq', 'hash'])
      .where('meeting_id', '=', meetingId)
      .where('kind', '=', 'results.published')
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row === undefined ? undefined : { length: Number(row.seq), head: row.hash };
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

  /**
   * Stores one document verbatim in a collection and returns its number there. With an
   * idempotency key, a document the collection already stored under that key is not stored
   * again: the same document answers the first item (`replayed: true`), another document is
   * `idempotency-key-reused`, exactly as for ballots. The collection's row is locked (on
   * PostgreSQL; SQLite has one writer) before the key is looked up, so concurrent retries
   * store the document once.
   *
   * @example
   * const first = await repo.addItem(id, { answer: 'yes' }, { idempotencyKey: 'k-1' });
   * const retry = await repo.addItem(id, { answer: 'yes' }, { idempotencyKey: 'k-1' });
   * // first: { ok: true, replayed: false, item }; retry: { ok: true, replayed: true, item } (same item)
   */
  async addItem(
    collectionId: string,
    document: unknown,
    options: { idempotencyKey?: string | undefined } = {},
  ): Promise<AddItemOutcome> {
    const key = options.idempotencyKey;
    const documentJson = JSON.stringify(document);
    return this.db.transaction().execute(async (trx): Promise<AddItemOutcome> => {
      const collection = await trx
        .selectFrom('collections')
        .select(['id', 'item_count'])
        .where('id', '=', collectionId)
        .$if(this.postgres, (qb) => qb.forUpdate())
        .executeTakeFirst();
      if (collection === undefined) return { ok: false, reason: 'unknown-collection' };
      if (key !== undefined) {
        const earlier = await trx
          .selectFrom('collection_items')
          .selectAll()
          .where('collection_id', '=', collectionId)
          .where('idempotency_key', '=', key)
          .executeTakeFirst();
        if (earlier !== undefined) {
          const replay = replayEarlier(
            { request: earlier.document, answer: earlier },
            documentJson,
          );
          if (!replay.ok) return replay;
          return {
            ok: true,
            replayed: true,
            item: {
              seq: Number(replay.answer.seq),
              document: JSON.parse(replay.answer.document) as unknown,
              receivedAt: replay.answer.received_at,
            },
          };
        }
      }
      const item = { seq: Number(collection.item_count) + 1, document, receivedAt: now() };
      await trx
        .updateTable('collections')
        .set({ item_count: item.seq })
        .where('id', '=', collectionId)
        .execute();
      await trx
        .insertInto('collection_items')
        .values({
          collection_id: collectionId,
          seq: item.seq,
          document: documentJson,
          received_at: item.receivedAt,
          idempotency_key: key ?? null,
        })
        .execute();
      return { ok: true, replayed: false, item };
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

  /**
   * The next entry of a meeting's hash chain; advances the caller's copy of the row (locked
   * by the transaction) so the next entry chains on. The caller writes the entry and the head.
   */
  private chainEntry(
    row: MeetingsTable,
    kind: string,
    data: Record<string, unknown>,
  ): BallotBoxTables['audit_log'] & { data: string } {
    const seq = Number(row.log_length) + 1;
    const at = now();
    const hash = entryHash(row.log_head, { seq, kind, at, data });
    const entry = {
      meeting_id: row.id,
      seq,
      kind,
      at,
      data: JSON.stringify(data),
      prev_hash: row.log_head,
      hash,
    };
    row.log_length = seq;
    row.log_head = hash;
    return entry;
  }

  /** Appends an entry to a meeting's hash chain; the meeting row must be locked by `trx`. */
  private async appendLog(
    trx: Trx,
    row: MeetingsTable,
    kind: string,
    data: Record<string, unknown>,
  ): Promise<AuditEntry> {
    const entry = this.chainEntry(row, kind, data);
    await trx.insertInto('audit_log').values(entry).execute();
    await trx
      .updateTable('meetings')
      .set({ log_length: entry.seq, log_head: entry.hash })
      .where('id', '=', row.id)
      .execute();
    return {
      seq: entry.seq,
      kind,
      at: entry.at,
      data,
      prevHash: entry.prev_hash,
      hash: entry.hash,
    };
  }
}
