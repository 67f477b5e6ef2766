import type { Kysely } from 'kysely';
import type { BallotBoxTables } from '../db/database-schema.js';
import { replayEarlier, type IdempotentReplay } from './idempotent-replay.js';

/** Who sent a post to a session and under which `Idempotency-Key`, with the request sent. */
export interface SessionPost {
  organization: string;
  session: string;
  /** The participant id of the code (or `organizer`) and the route posted to: `p-7K2Q/ideas`. */
  sender: string;
  key: string;
  /** The request as JSON text (compared as a value with a retry's). */
  request: string;
}

/**
 * The answer an earlier post with the same sender and `Idempotency-Key` got (`replayed`), an
 * `idempotency-key-reused` refusal when that post carried another request, or `undefined` for
 * a key not used yet. Run inside the transaction that holds the session's lock, so two retries
 * racing each other are answered from one stored change.
 *
 * @example
 * const earlier = await earlierAnswer(trx, post); // undefined, or { ok: true, replayed: true, answer }
 */
export async function earlierAnswer(
  db: Kysely<BallotBoxTables>,
  post: SessionPost,
): Promise<IdempotentReplay<unknown> | undefined> {
  const row = await db
    .selectFrom('open_space_replays')
    .select(['request', 'answer'])
    .where('organization_id', '=', post.organization)
    .where('session_id', '=', post.session)
    .where('sender', '=', post.sender)
    .where('idempotency_key', '=', post.key)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  return replayEarlier(
    { request: row.request, answer: JSON.parse(row.answer) as unknown },
    post.request,
  );
}

/**
 * Keeps the answer of a post sent with an `Idempotency-Key`, in the transaction that stored
 * its change.
 *
 * @example
 * await keepAnswer(trx, post, { idea: { id: 'i-7K2Q', … } });
 */
export async function keepAnswer(
  db: Kysely<BallotBoxTables>,
  post: SessionPost,
  answer: unknown,
): Promise<void> {
  await db
    .insertInto('open_space_replays')
    .values({
      organization_id: post.organization,
      session_id: post.session,
      sender: post.sender,
      idempotency_key: post.key,
      request: post.request,
      answer: JSON.stringify(answer),
    })
    .execute();
}
