import type { Kysely } from 'kysely';
import type { PbBallotJSON, Violation } from '@qingyuan/core';
import type { BallotBoxTables } from '../db/database-schema.js';
import { ballotReceipt } from '../audit/receipt.js';
import { appendPbLog } from './pb-audit-log.js';
import {
  withLockedPbElection,
  type PbDatabase,
  type PbElectionRecord,
  type PbElectionStatus,
} from './pb-elections.js';
import { pbVoterOf } from './pb-voters.js';

/** A PB ballot cast online, as stored. */
export interface StoredPbBallot {
  /** The voter's public anonymous id. */
  voter: string;
  ballot: PbBallotJSON;
  receipt: string;
  logSeq: number;
  castAt: string;
}

/** The outcome of casting a PB ballot. */
export type PbCastOutcome =
  | { ok: true; replayed: boolean; voter: string; receipt: string; logSeq: number; castAt: string }
  | { ok: false; reason: 'unknown-election' | 'invalid-code' | 'idempotency-key-reused' }
  | { ok: false; reason: 'status'; status: PbElectionStatus }
  | { ok: false; reason: 'already-voted'; castAt: string }
  | { ok: false; reason: 'rules'; violations: readonly Violation[] };

/**
 * Casts a PB ballot with a voting code or census identifier, in one transaction with the
 * election locked: the election must be open, the secret must open a voter, the voter must not
 * have voted (a voter votes once; a retry with the same `Idempotency-Key` and ballot is
 * answered again, with another ballot it is refused), and `check` (core's `checkPbBallot`
 * against the locked election) must find nothing wrong. The ballot is stored with its receipt
 * (see `ballotReceipt`) and a `pb.ballot-cast` log entry.
 *
 * @example
 * const outcome = await castPbBallot(pb, 'pb-2027', { secret: code, ballot: { projects: ['a'] } }, check);
 */
export async function castPbBallot(
  pb: PbDatabase,
  electionId: string,
  cast: { secret: string; ballot: PbBallotJSON; idempotencyKey?: string | undefined },
  check: (record: PbElectionRecord) => readonly Violation[],
): Promise<PbCastOutcome> {
  const outcome = await withLockedPbElection(
    pb,
    electionId,
    async (trx, row, record): Promise<PbCastOutcome> => {
      const voter = await pbVoterOf(trx, electionId, cast.secret);
      if (voter === undefined) return { ok: false, reason: 'invalid-code' };
      const json = JSON.stringify(cast.ballot);
      const earlier = await trx
        .selectFrom('pb_ballots')
        .selectAll()
        .where('election_id', '=', electionId)
        .where('voter_id', '=', voter.id)
        .executeTakeFirst();
      if (earlier !== undefined) {
        if (cast.idempotencyKey !== undefined && earlier.idempotency_key === cast.idempotencyKey) {
          if (earlier.ballot !== json) return { ok: false, reason: 'idempotency-key-reused' };
          return {
            ok: true,
            replayed: true,
            voter: voter.id,
            receipt: earlier.receipt,
            logSeq: Number(earlier.log_seq),
            castAt: earlier.cast_at,
          };
        }
        return { ok: false, reason: 'already-voted', castAt: earlier.cast_at };
      }
      if (record.status !== 'open') return { ok: false, reason: 'status', status: record.status };
      const violations = check(record);
      if (violations.length > 0) return { ok: false, reason: 'rules', violations };
      const receipt = ballotReceipt({
        meeting: electionId,
        code: voter.id,
        seq: 1,
        marks: cast.ballot,
      });
      const entry = await appendPbLog(trx, row, 'pb.ballot-cast', { voter: voter.id, receipt });
      await trx
        .insertInto('pb_ballots')
        .values({
          election_id: electionId,
          voter_id: voter.id,
          ballot: json,
          receipt,
          idempotency_key: cast.idempotencyKey ?? null,
          log_seq: entry.seq,
          cast_at: entry.at,
        })
        .execute();
      return {
        ok: true,
        replayed: false,
        voter: voter.id,
        receipt,
        logSeq: entry.seq,
        castAt: entry.at,
      };
    },
  );
  return outcome ?? { ok: false, reason: 'unknown-election' };
}

/**
 * A PB election's online ballots in the order they were cast.
 *
 * @example
 * const ballots = await pbBallots(db, 'pb-2027'); // [{ voter: 'v-…', ballot: { projects: ['a'] }, … }]
 */
export async function pbBallots(
  db: Kysely<BallotBoxTables>,
  electionId: string,
): Promise<StoredPbBallot[]> {
  const rows = await db
    .selectFrom('pb_ballots')
    .selectAll()
    .where('election_id', '=', electionId)
    .orderBy('log_seq')
    .execute();
  return rows.map((row) => ({
    voter: row.voter_id,
    ballot: JSON.parse(row.ballot) as PbBallotJSON,
    receipt: row.receipt,
    logSeq: Number(row.log_seq),
    castAt: row.cast_at,
  }));
}
