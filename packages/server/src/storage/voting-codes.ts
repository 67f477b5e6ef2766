import { sql, type Kysely } from 'kysely';
import type { BallotBoxTables } from '../db/database-schema.js';
import {
  hashSecret,
  newPublicId,
  newVotingCode,
  normalizeVotingCode,
} from '../security/secrets.js';
import { appendLog } from './audit-log.js';
import { lockMeetingRow, meetingRecord, now, type MeetingStates } from './meeting-rows.js';
import type { IssuedCode, MeetingRecord, Turnout, Violation } from './records.js';

/**
 * Issues voting codes: `count` anonymous ones, or one per named voter in `voters`, with the
 * meeting locked and `decide` checking the request against it. The secret codes are returned
 * once; only their hashes are stored. The audit log records the public code ids only: which
 * voter holds a named code is known to the ballot box (for the one code per voter rule,
 * recusal and group weights) and to the organizer it answers, never published. `undefined`
 * when there is no such meeting.
 *
 * @example
 * const issued = await issueCodes(db, states, 'm1', { count: 30 }, () => [], false);
 */
export async function issueCodes(
  db: Kysely<BallotBoxTables>,
  states: MeetingStates,
  meetingId: string,
  request: { count: number } | { voters: string[] },
  decide: (current: MeetingRecord, namedVoters: Set<string>) => Violation[],
  forUpdate: boolean,
): Promise<{ ok: true; codes: IssuedCode[] } | { ok: false; violations: Violation[] } | undefined> {
  return db.transaction().execute(async (trx) => {
    const row = await lockMeetingRow(trx, meetingId, forUpdate);
    if (row === undefined) return undefined;
    const named = await trx
      .selectFrom('voter_codes')
      .select('voter_id')
      .where('meeting_id', '=', meetingId)
      .where(sql<boolean>`voter_id <> id`)
      .execute();
    const record = await meetingRecord(trx, states, row);
    const violations = decide(record, new Set(named.map((r) => r.voter_id)));
    if (violations.length > 0) return { ok: false as const, violations };
    const at = now();
    const codes: IssuedCode[] =
      'count' in request
        ? Array.from({ length: request.count }, () => {
            const id = newPublicId('c-');
            return { id, code: newVotingCode(), voter: id };
          })
        : request.voters.map((voter) => ({ id: newPublicId('c-'), code: newVotingCode(), voter }));
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
    await appendLog(trx, row, 'codes.issued', { codes: codes.map((issued) => issued.id) });
    return { ok: true as const, codes };
  });
}

/**
 * The meeting's codes and the voter id each votes as: its own id for an anonymous code, the
 * named voter's id for a named one. Private to the ballot box and the organizer: public
 * answers show `anonymousMeeting` and `anonymousCodes` of it.
 *
 * @example
 * await codeVoters(db, 'm1'); // [{ code: 'c-7K2Q…', voter: 'alice' }, { code: 'c-9XW…', voter: 'c-9XW…' }]
 */
export async function codeVoters(
  db: Kysely<BallotBoxTables>,
  meetingId: string,
): Promise<{ code: string; voter: string }[]> {
  const rows = await db
    .selectFrom('voter_codes')
    .select(['id', 'voter_id'])
    .where('meeting_id', '=', meetingId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ code: row.id, voter: row.voter_id }));
}

/**
 * How many codes exist, how many have voted and how many submissions were made.
 *
 * @example
 * await turnout(db, 'm1'); // { codes: 30, voted: 12, submissions: 14 }
 */
export async function turnout(db: Kysely<BallotBoxTables>, meetingId: string): Promise<Turnout> {
  const row = await db
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
