import type { Kysely, Transaction } from 'kysely';
import type { BallotBoxTables, VoterCodesTable } from '../db/database-schema.js';

/**
 * The voting codes of `meetingId` whose hashes are among `hashes`, one query for a whole group
 * of ballots. The query finds the codes by hash alone (code hashes are unique across
 * meetings) and keeps only the meeting's own. It does not say `meeting_id = ?`: given that
 * and a long IN list, SQLite (which has no statistics here) reads the meeting's primary-key
 * index instead and scans every code of the meeting for each group of ballots, work that
 * grows with the meeting. The hash index finds each code directly.
 *
 * @example
 * const rows = await codesByHash(trx, 'm1', [hashSecret(normalizeVotingCode(code))]);
 */
export async function codesByHash(
  executor: Kysely<BallotBoxTables> | Transaction<BallotBoxTables>,
  meetingId: string,
  hashes: readonly string[],
): Promise<VoterCodesTable[]> {
  if (hashes.length === 0) return [];
  const rows = await codesByHashQuery(executor, hashes).execute();
  return rows.filter((code) => code.meeting_id === meetingId);
}

/** The query behind {@link codesByHash} (its plan is checked by a test). */
export function codesByHashQuery(
  executor: Kysely<BallotBoxTables> | Transaction<BallotBoxTables>,
  hashes: readonly string[],
) {
  return executor.selectFrom('voter_codes').selectAll().where('code_hash', 'in', hashes);
}
