import type { Kysely } from 'kysely';
import type { BallotBoxTables } from '../db/database-schema.js';
import {
  hashSecret,
  newPublicId,
  newVotingCode,
  normalizeVotingCode,
} from '../security/secrets.js';
import { now } from './meeting-rows.js';

/** A participant's code as minted: the participant id it acts as, and the secret code (shown once). */
export interface ParticipantCode {
  participant: string;
  code: string;
}

/**
 * New participant ids for `count` anonymous participants (`p-` and 12 random symbols).
 *
 * @example
 * anonymousParticipants(2); // ['p-7K2Q9XWD1M3P', 'p-9XWD1M3P7K2Q']
 */
export function anonymousParticipants(count: number): string[] {
  return Array.from({ length: count }, () => newPublicId('p-'));
}

/**
 * The participants of a session that already hold a code (one code, one dot budget each).
 *
 * @example
 * await participantsWithCodes(trx, 'org-7K2Q', 'os-2007'); // Set { 'p-7K2Q9XWD1M3P' }
 */
export async function participantsWithCodes(
  db: Kysely<BallotBoxTables>,
  organizationId: string,
  sessionId: string,
): Promise<Set<string>> {
  const rows = await db
    .selectFrom('open_space_codes')
    .select('participant_id')
    .where('organization_id', '=', organizationId)
    .where('session_id', '=', sessionId)
    .execute();
  return new Set(rows.map((row) => row.participant_id));
}

/**
 * Stores a new code for each participant (in the caller's transaction, which holds the
 * session's lock) and returns the secret codes, once: only their SHA-256 hashes are kept,
 * exactly as for voting codes.
 *
 * @example
 * const codes = await storeParticipantCodes(trx, 'org-7K2Q', 'os-2007', ['p-1', 'p-2']);
 * // [{ participant: 'p-1', code: 'K7Q2-9XWD-…' }, …]
 */
export async function storeParticipantCodes(
  db: Kysely<BallotBoxTables>,
  organizationId: string,
  sessionId: string,
  participants: readonly string[],
): Promise<ParticipantCode[]> {
  const at = now();
  const codes = participants.map((participant) => ({ participant, code: newVotingCode() }));
  for (let start = 0; start < codes.length; start += 200) {
    await db
      .insertInto('open_space_codes')
      .values(
        codes.slice(start, start + 200).map(({ participant, code }) => ({
          organization_id: organizationId,
          session_id: sessionId,
          participant_id: participant,
          code_hash: hashSecret(normalizeVotingCode(code)),
          created_at: at,
        })),
      )
      .execute();
  }
  return codes;
}

/**
 * The participant a code of this session acts as, or `undefined` for an unknown code (or one
 * of another session). The code is found by its hash, typed with or without dashes.
 *
 * @example
 * await participantOfCode(db, 'org-7K2Q', 'os-2007', 'k7q2 9xwd …'); // 'p-7K2Q9XWD1M3P'
 */
export async function participantOfCode(
  db: Kysely<BallotBoxTables>,
  organizationId: string,
  sessionId: string,
  code: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('open_space_codes')
    .select(['organization_id', 'session_id', 'participant_id'])
    .where('code_hash', '=', hashSecret(normalizeVotingCode(code)))
    .executeTakeFirst();
  if (row === undefined || row.organization_id !== organizationId || row.session_id !== sessionId)
    return undefined;
  return row.participant_id;
}
