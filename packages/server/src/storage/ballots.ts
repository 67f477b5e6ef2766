import type { Kysely } from 'kysely';
import type { BallotBoxTables } from '../db/database-schema.js';
import { hashSecret, normalizeVotingCode, secretMatches } from '../security/secrets.js';
import type { StoredBallot } from './records.js';

/**
 * The meeting's ballot submissions in the order they were cast: all of them (each marked
 * `counted` or not), or only the counted ones (the last of each code), or one code's. Each is
 * under its code's opaque id (`voter` is the code id, also for a code issued to a named
 * voter): tally them with `anonymousMeeting`.
 *
 * @example
 * const counted = await ballots(db, 'm1', { countedOnly: true });
 */
export async function ballots(
  db: Kysely<BallotBoxTables>,
  meetingId: string,
  options: { countedOnly?: boolean; code?: string } = {},
): Promise<StoredBallot[]> {
  const rows = await db
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
    marks: JSON.parse(row.marks) as StoredBallot['marks'],
    receipt: row.receipt,
    logSeq: Number(row.log_seq),
    castAt: row.cast_at,
    counted: Number(row.seq) === Number(row.ballots_cast),
  }));
}

/**
 * The ballot a voting code last cast (a code sees only its own); `found: false` for a code
 * the meeting does not have.
 *
 * @example
 * await ballotOfCode(db, 'm1', 'K7Q2-9XWD-1M3P'); // { found: true, ballot: { seq: 2, … } }
 */
export async function ballotOfCode(
  db: Kysely<BallotBoxTables>,
  meetingId: string,
  code: string,
): Promise<{ found: false } | { found: true; ballot: StoredBallot | undefined }> {
  const codeRow = await db
    .selectFrom('voter_codes')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .where('code_hash', '=', hashSecret(normalizeVotingCode(code)))
    .executeTakeFirst();
  if (codeRow === undefined || !secretMatches(normalizeVotingCode(code), codeRow.code_hash)) {
    return { found: false };
  }
  const own = await ballots(db, meetingId, { code: codeRow.id, countedOnly: true });
  return { found: true, ballot: own[0] };
}
