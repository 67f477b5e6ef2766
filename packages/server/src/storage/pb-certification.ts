import type { Kysely } from 'kysely';
import type { BallotBoxTables } from '../db/database-schema.js';
import { appendPbLog } from './pb-audit-log.js';
import {
  pbElectionRecord,
  withLockedPbElection,
  type PbDatabase,
  type PbElectionRecord,
  type PbElectionStatus,
} from './pb-elections.js';

/** A paper ballot that keeps a count from being certified. */
export interface UnreconciledPaper {
  number: string;
  /** `waiting`: one officer entered it so far; `mismatched`: the entries differ. */
  status: 'waiting' | 'mismatched';
}

/** What the count of an election gives the certification: what blocks it, or what it logs. */
export type PbCountForCertification =
  { ok: false; unreconciled: UnreconciledPaper[] } | { ok: true; logged: Record<string, unknown> };

/** The outcome of certifying a PB election's count. */
export type PbCertification =
  | { ok: true; record: PbElectionRecord; logSeq: number }
  | { ok: false; reason: 'unknown-election' }
  | { ok: false; reason: 'status'; status: PbElectionStatus }
  | { ok: false; reason: 'certified'; certifiedAt: string }
  | { ok: false; reason: 'unreconciled'; papers: UnreconciledPaper[] };

/**
 * Certifies the count of a closed PB election, in one transaction with its row locked (so no
 * paper entry slips in between the count and the certification): refused while voting is not
 * closed (`status`), when it was certified already (`certified`, with when) and while any
 * paper ballot is waiting for its second entry or its entries differ (`unreconciled`, every
 * such ballot named). `count` counts the election as it stands in the transaction and gives
 * the log entry's data (who certified, the ballots, the outcome's hash); the entry is
 * `pb.certified`. From then on the outcome is final: paper entries are refused.
 *
 * @example
 * await certifyPbElection(pb, 'pb-2027', async (db, record) => ({ ok: true, logged: { by: 'cr-1' } }));
 */
export async function certifyPbElection(
  pb: PbDatabase,
  electionId: string,
  count: (
    db: Kysely<BallotBoxTables>,
    record: PbElectionRecord,
  ) => Promise<PbCountForCertification>,
): Promise<PbCertification> {
  const outcome = await withLockedPbElection(
    pb,
    electionId,
    async (trx, row, record): Promise<PbCertification> => {
      if (record.certifiedAt !== null) {
        return { ok: false, reason: 'certified', certifiedAt: record.certifiedAt };
      }
      if (record.status !== 'closed') return { ok: false, reason: 'status', status: record.status };
      const counted = await count(trx, record);
      if (!counted.ok) return { ok: false, reason: 'unreconciled', papers: counted.unreconciled };
      const logged = await appendPbLog(trx, row, 'pb.certified', counted.logged);
      await trx
        .updateTable('pb_elections')
        .set({ certified_at: logged.at })
        .where('id', '=', electionId)
        .execute();
      row.certified_at = logged.at;
      return { ok: true, record: pbElectionRecord(row), logSeq: logged.seq };
    },
  );
  return outcome ?? { ok: false, reason: 'unknown-election' };
}
