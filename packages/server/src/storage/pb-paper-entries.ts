import type { Kysely } from 'kysely';
import { canonicalJson, type PbBallotJSON, type Violation } from '@qingyuan/core';
import type { BallotBoxTables } from '../db/database-schema.js';
import { hash } from 'node:crypto';
import { appendPbLog } from './pb-audit-log.js';
import {
  withLockedPbElection,
  type PbDatabase,
  type PbElectionRecord,
  type PbElectionStatus,
} from './pb-elections.js';

/** One officer's entry of one paper ballot. */
export interface PaperEntry {
  /** The number printed on the paper ballot. */
  number: string;
  /** The id of the officer's credential. */
  officer: string;
  ballot: PbBallotJSON;
  logSeq: number;
  enteredAt: string;
}

/** The outcome of entering a paper ballot. */
export type PaperEntryOutcome =
  | {
      ok: true;
      /** True when this officer had entered this paper ballot before (their entry is replaced). */
      replaced: boolean;
      entry: PaperEntry;
    }
  | { ok: false; reason: 'unknown-election' }
  | { ok: false; reason: 'status'; status: PbElectionStatus }
  /** The count was certified at `certifiedAt`: the outcome is final, no entry changes it. */
  | { ok: false; reason: 'certified'; certifiedAt: string }
  | { ok: false; reason: 'rules'; violations: readonly Violation[] };

/**
 * Records one officer's entry of paper ballot `number`, in one transaction with the election
 * locked: voting must be open or closed (paper is counted after the polls close too) and the
 * count not yet certified (a certified outcome is final: refused with `certified`), and
 * `check` (core's `checkPbBallot`) must pass. An officer who enters the same paper ballot
 * again replaces their own entry (how a typing mistake found by the reconciliation is
 * corrected). The log entry (`pb.paper-entered`) holds the number, the officer's credential
 * id and the SHA-256 of the entry, not the ballot.
 *
 * @example
 * await enterPaperBallot(pb, 'pb-2027', { number: 'P-0001', officer: 'cr-1', ballot }, check);
 */
export async function enterPaperBallot(
  pb: PbDatabase,
  electionId: string,
  input: { number: string; officer: string; ballot: PbBallotJSON },
  check: (record: PbElectionRecord) => readonly Violation[],
): Promise<PaperEntryOutcome> {
  const outcome = await withLockedPbElection(
    pb,
    electionId,
    async (trx, row, record): Promise<PaperEntryOutcome> => {
      if (record.status === 'draft') return { ok: false, reason: 'status', status: record.status };
      if (record.certifiedAt !== null) {
        return { ok: false, reason: 'certified', certifiedAt: record.certifiedAt };
      }
      const violations = check(record);
      if (violations.length > 0) return { ok: false, reason: 'rules', violations };
      const deleted = await trx
        .deleteFrom('pb_paper_entries')
        .where('election_id', '=', electionId)
        .where('paper_number', '=', input.number)
        .where('officer_id', '=', input.officer)
        .executeTakeFirst();
      const entryHash = hash(
        'sha256',
        canonicalJson({ election: electionId, number: input.number, ballot: input.ballot }),
        'hex',
      );
      const logged = await appendPbLog(trx, row, 'pb.paper-entered', {
        number: input.number,
        officer: input.officer,
        entry: entryHash,
      });
      await trx
        .insertInto('pb_paper_entries')
        .values({
          election_id: electionId,
          paper_number: input.number,
          officer_id: input.officer,
          ballot: JSON.stringify(input.ballot),
          log_seq: logged.seq,
          entered_at: logged.at,
        })
        .execute();
      return {
        ok: true,
        replaced: Number(deleted.numDeletedRows) > 0,
        entry: { ...input, logSeq: logged.seq, enteredAt: logged.at },
      };
    },
  );
  return outcome ?? { ok: false, reason: 'unknown-election' };
}

/**
 * Every paper-ballot entry of a PB election, by paper number then in the order entered.
 *
 * @example
 * const entries = await paperEntries(db, 'pb-2027');
 */
export async function paperEntries(
  db: Kysely<BallotBoxTables>,
  electionId: string,
): Promise<PaperEntry[]> {
  const rows = await db
    .selectFrom('pb_paper_entries')
    .selectAll()
    .where('election_id', '=', electionId)
    .orderBy('paper_number')
    .orderBy('log_seq')
    .execute();
  return rows.map((row) => ({
    number: row.paper_number,
    officer: row.officer_id,
    ballot: JSON.parse(row.ballot) as PbBallotJSON,
    logSeq: Number(row.log_seq),
    enteredAt: row.entered_at,
  }));
}

/** The outcome of withdrawing an officer's entry of a paper ballot. */
export type PaperWithdrawalOutcome =
  | { ok: true; logSeq: number; at: string }
  | { ok: false; reason: 'unknown-election' }
  | { ok: false; reason: 'status'; status: PbElectionStatus }
  | { ok: false; reason: 'certified'; certifiedAt: string }
  | { ok: false; reason: 'no-entry' };

/**
 * Withdraws an officer's own entry of paper ballot `number`, in one transaction with the
 * election locked, until the count is certified (`certified` after): how an entry typed under a
 * wrong number — a paper ballot that does not exist — stops keeping the count from being
 * certified, without a second officer having to enter it too. `no-entry` when this officer has
 * no entry of that number. The log entry (`pb.paper-withdrawn`) holds the number and the
 * officer's credential id; the entry's own log entry stays in the chain.
 *
 * @example
 * await withdrawPaperEntry(pb, 'pb-2027', { number: 'P-0099', officer: 'cr-1' });
 */
export async function withdrawPaperEntry(
  pb: PbDatabase,
  electionId: string,
  input: { number: string; officer: string },
): Promise<PaperWithdrawalOutcome> {
  const outcome = await withLockedPbElection(
    pb,
    electionId,
    async (trx, row, record): Promise<PaperWithdrawalOutcome> => {
      if (record.status === 'draft') return { ok: false, reason: 'status', status: record.status };
      if (record.certifiedAt !== null) {
        return { ok: false, reason: 'certified', certifiedAt: record.certifiedAt };
      }
      const deleted = await trx
        .deleteFrom('pb_paper_entries')
        .where('election_id', '=', electionId)
        .where('paper_number', '=', input.number)
        .where('officer_id', '=', input.officer)
        .executeTakeFirst();
      if (Number(deleted.numDeletedRows) === 0) return { ok: false, reason: 'no-entry' };
      const logged = await appendPbLog(trx, row, 'pb.paper-withdrawn', { ...input });
      return { ok: true, logSeq: logged.seq, at: logged.at };
    },
  );
  return outcome ?? { ok: false, reason: 'unknown-election' };
}
