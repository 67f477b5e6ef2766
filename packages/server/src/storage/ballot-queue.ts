import { statSync } from 'node:fs';
import type { Kysely } from 'kysely';
import type { BallotBoxDatabase } from '../db/open-database.js';
import type { BallotBoxTables } from '../db/database-schema.js';
import { ballotReceipt } from '../audit/receipt.js';
import { hashSecret, hashesMatch, normalizeVotingCode } from '../security/secrets.js';
import { chainEntry } from './audit-log.js';
import { codesByHash } from './codes-by-hash.js';
import { epochNow, stageTimeline } from '../db/stage-timings.js';
import { replayEarlier } from './idempotent-replay.js';
import { lockMeetingRow, meetingRecord, type MeetingStates } from './meeting-rows.js';
import type { MeetingRecord, StoredBallot, Violation } from './records.js';

type Marks = StoredBallot['marks'];

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

/** A ballot waiting in the queue for the next group commit. */
interface QueuedBallot {
  code: string;
  codeHash: string;
  marks: Marks;
  marksJson: string;
  idempotencyKey: string | undefined;
  rules: CastRules;
  /** When it was queued (ms since the epoch), with `QINGYUAN_STAGE_TIMINGS` only; else 0. */
  queuedAt: number;
  resolve(outcome: CastOutcome): void;
  reject(error: unknown): void;
}

/** The most ballots one group commit takes (bounds the statement size: 8 values a row). */
const MAX_BATCH = 200;

/**
 * The ballots of each meeting waiting for their group commit. Ballots that arrive while a
 * commit is running wait and go together into the next transaction (a handful of statements
 * for the whole group), and each caller's promise settles only after that transaction commits.
 * One instance per repository (it owns the queues).
 *
 * @example
 * const queue = new BallotQueue(store, states);
 * const outcome = await queue.cast('m1', { code, marks }, castRules);
 */
export class BallotQueue {
  private readonly db: Kysely<BallotBoxTables>;
  private readonly forUpdate: boolean;
  private readonly queues = new Map<string, QueuedBallot[]>();
  private readonly flushing = new Set<string>();

  constructor(
    store: BallotBoxDatabase,
    private readonly states: MeetingStates,
  ) {
    this.db = store.db;
    this.forUpdate = store.dialect === 'postgres';
  }

  /**
   * Casts a ballot with a voting code. The ballot joins the meeting's queue and is written by
   * the next group commit, in one transaction with the meeting locked: the marks are checked
   * against the meeting (`rules.marks`), the code is found (by hash, confirmed in constant
   * time), an earlier submission with the same idempotency key is replayed, the lifecycle
   * rules are checked (`rules.cast`), and the submission is stored as the code's newest (the
   * last one counts) with its audit entry and receipt. Resolves after the commit.
   */
  cast(
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
        queuedAt: stageTimeline === null ? 0 : epochNow(),
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
          const outcomes =
            stageTimeline === null
              ? await this.db
                  .transaction()
                  .execute((trx) => castGroup(trx, this.states, meetingId, batch, this.forUpdate))
              : await this.timedGroup(meetingId, batch);
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

  /** The group commit of {@link flush}, its stages recorded in the stage timeline. */
  private async timedGroup(meetingId: string, batch: QueuedBallot[]): Promise<CastOutcome[]> {
    const start = epochNow();
    let written = 0;
    let before = process.resourceUsage();
    const outcomes = await this.db.transaction().execute(async (trx) => {
      const result = await castGroup(trx, this.states, meetingId, batch, this.forUpdate);
      before = process.resourceUsage();
      written = epochNow();
      return result;
    });
    const committed = epochNow();
    const after = process.resourceUsage();
    if (stageTimeline === null) return outcomes;
    stageTimeline.commits.push({
      queued: batch[0]!.queuedAt,
      start,
      written,
      committed,
      n: batch.length,
      commitCpu:
        (after.userCPUTime + after.systemCPUTime - before.userCPUTime - before.systemCPUTime) /
        1000,
      waits: after.voluntaryContextSwitches - before.voluntaryContextSwitches,
      preempted: after.involuntaryContextSwitches - before.involuntaryContextSwitches,
      dbChanged: stageTimeline.file === undefined ? 0 : statSync(stageTimeline.file).mtimeMs,
    });
    return outcomes;
  }
}

/** Checks and writes one group of ballots inside `trx`; one outcome per ballot, in order. */
async function castGroup(
  trx: Kysely<BallotBoxTables>,
  states: MeetingStates,
  meetingId: string,
  batch: readonly QueuedBallot[],
  forUpdate: boolean,
): Promise<CastOutcome[]> {
  const row = await lockMeetingRow(trx, meetingId, forUpdate);
  if (row === undefined) return batch.map(() => ({ ok: false, reason: 'unknown-meeting' }));
  const record = await meetingRecord(trx, states, row);
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
    const entry = chainEntry(row, 'ballot.cast', { code: code.id, seq, receipt });
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
    if (item.idempotencyKey !== undefined) earlier.set(key, { ...outcome, marks: item.marksJson });
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
