import type { Kysely } from 'kysely';
import type { BallotBoxTables, PbVotersTable } from '../db/database-schema.js';
import { censusHash } from '../pb/census-hash.js';
import {
  hashSecret,
  hashesMatch,
  newPublicId,
  newVotingCode,
  normalizeVotingCode,
} from '../security/secrets.js';
import { appendPbLog } from './pb-audit-log.js';
import { withLockedPbElection, type PbDatabase, type PbElectionStatus } from './pb-elections.js';

/** What issuing voting codes or adding census hashes gives. */
export type PbVotersOutcome<T> =
  { ok: true; value: T } | { ok: false; reason: 'status'; status: PbElectionStatus };

/**
 * Issues `count` voting codes for a PB election that is not closed; the secret codes are
 * answered once and only their hashes stored. The log records the public voter ids.
 *
 * @example
 * const issued = await issuePbCodes(pb, 'pb-2027', 300); // { ok: true, value: [{ voter: 'v-…', code: 'K7Q2-…' }, …] }
 */
export async function issuePbCodes(
  pb: PbDatabase,
  electionId: string,
  count: number,
): Promise<PbVotersOutcome<{ voter: string; code: string }[]> | undefined> {
  return withLockedPbElection(pb, electionId, async (trx, row, record) => {
    if (record.status === 'closed')
      return { ok: false as const, reason: 'status' as const, status: record.status };
    const codes = Array.from({ length: count }, () => ({
      voter: newPublicId('v-'),
      code: newVotingCode(),
    }));
    const at = new Date().toISOString();
    for (let start = 0; start < codes.length; start += 200) {
      await trx
        .insertInto('pb_voters')
        .values(
          codes.slice(start, start + 200).map((issued) => ({
            election_id: electionId,
            id: issued.voter,
            kind: 'code',
            secret_hash: hashSecret(normalizeVotingCode(issued.code)),
            created_at: at,
          })),
        )
        .execute();
    }
    await appendPbLog(trx, row, 'pb.codes-issued', { voters: codes.map((c) => c.voter) });
    return { ok: true as const, value: codes };
  });
}

/**
 * Adds census hashes (see `censusHash`) to a PB election that is not closed; a hash already
 * there is skipped. Answers how many were added and how many the census holds now.
 *
 * @example
 * await addPbCensus(pb, 'pb-2027', [censusHash('AB-123')]); // { ok: true, value: { added: 1, census: 1 } }
 */
export async function addPbCensus(
  pb: PbDatabase,
  electionId: string,
  hashes: readonly string[],
): Promise<PbVotersOutcome<{ added: number; census: number }> | undefined> {
  return withLockedPbElection(pb, electionId, async (trx, row, record) => {
    if (record.status === 'closed')
      return { ok: false as const, reason: 'status' as const, status: record.status };
    const wanted = [...new Set(hashes.map((h) => h.toLowerCase()))];
    const existing = new Set<string>();
    for (let start = 0; start < wanted.length; start += 500) {
      const rows = await trx
        .selectFrom('pb_voters')
        .select('secret_hash')
        .where('election_id', '=', electionId)
        .where('secret_hash', 'in', wanted.slice(start, start + 500))
        .execute();
      for (const r of rows) existing.add(r.secret_hash);
    }
    const fresh = wanted.filter((h) => !existing.has(h));
    const at = new Date().toISOString();
    const voters = fresh.map((secret) => ({
      election_id: electionId,
      id: newPublicId('v-'),
      kind: 'census',
      secret_hash: secret,
      created_at: at,
    }));
    for (let start = 0; start < voters.length; start += 200) {
      await trx
        .insertInto('pb_voters')
        .values(voters.slice(start, start + 200))
        .execute();
    }
    if (voters.length > 0) {
      await appendPbLog(trx, row, 'pb.census-added', { voters: voters.map((v) => v.id) });
    }
    const census = await trx
      .selectFrom('pb_voters')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('election_id', '=', electionId)
      .where('kind', '=', 'census')
      .executeTakeFirstOrThrow();
    return { ok: true as const, value: { added: voters.length, census: Number(census.n) } };
  });
}

/**
 * The voter a secret opens in a PB election: a voting code (normalized as codes are typed) or
 * a census identifier (see `censusHash`), compared in constant time; `undefined` for neither.
 *
 * @example
 * const voter = await pbVoterOf(trx, 'pb-2027', 'K7Q2-9XWD-…');
 */
export async function pbVoterOf(
  db: Kysely<BallotBoxTables>,
  electionId: string,
  secret: string,
): Promise<PbVotersTable | undefined> {
  const candidates = [hashSecret(normalizeVotingCode(secret)), censusHash(secret)];
  const rows = await db
    .selectFrom('pb_voters')
    .selectAll()
    .where('election_id', '=', electionId)
    .where('secret_hash', 'in', candidates)
    .execute();
  return rows.find((row) =>
    candidates.some(
      (hash, i) =>
        (i === 0 ? row.kind === 'code' : row.kind === 'census') &&
        hashesMatch(hash, row.secret_hash),
    ),
  );
}

/**
 * What a voting code or census identifier is in a PB election, for the check a voter's ballot
 * asks before any choice: `valid` (it opens a voter who has not voted), `already-used` (its
 * voter has cast a ballot: a PB ballot cannot be changed) or `not-valid` (it opens no voter).
 *
 * @example
 * await pbCodeState(db, 'pb-2027', 'K7Q2-9XWD-…'); // 'valid'
 */
export async function pbCodeState(
  db: Kysely<BallotBoxTables>,
  electionId: string,
  secret: string,
): Promise<'valid' | 'already-used' | 'not-valid'> {
  const voter = await pbVoterOf(db, electionId, secret);
  if (voter === undefined) return 'not-valid';
  const cast = await db
    .selectFrom('pb_ballots')
    .select('voter_id')
    .where('election_id', '=', electionId)
    .where('voter_id', '=', voter.id)
    .executeTakeFirst();
  return cast === undefined ? 'valid' : 'already-used';
}

/**
 * How many voters a PB election has, by kind.
 *
 * @example
 * await pbVoterCounts(db, 'pb-2027'); // { codes: 300, census: 1200 }
 */
export async function pbVoterCounts(
  db: Kysely<BallotBoxTables>,
  electionId: string,
): Promise<{ codes: number; census: number }> {
  const rows = await db
    .selectFrom('pb_voters')
    .select((eb) => ['kind', eb.fn.countAll().as('n')])
    .where('election_id', '=', electionId)
    .groupBy('kind')
    .execute();
  const of = (kind: string) => Number(rows.find((r) => r.kind === kind)?.n ?? 0);
  return { codes: of('code'), census: of('census') };
}
