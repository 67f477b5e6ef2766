import type { Kysely } from 'kysely';
import {
  applyEvent,
  meetingLifecycle,
  type MeetingEvent,
  type ReviewMeeting,
} from '@qingyuan/core';
import type { BallotBoxTables } from '../db/database-schema.js';
import { agendaHash } from '../audit/agenda-hash.js';
import { contentHash } from '../audit/content-hash.js';
import { GENESIS_HASH } from '../audit/hash-chain.js';
import type { LogPosition } from '../audit/publish-commitment.js';
import { organizerEvent } from '../meeting/meeting-transition.js';
import { hashSecret, newOrganizerToken, secretMatches } from '../security/secrets.js';
import { appendLog } from './audit-log.js';
import { ballots } from './ballots.js';
import {
  CorruptHistoryError,
  lockMeetingRow,
  meetingRecord,
  now,
  type MeetingStates,
} from './meeting-rows.js';
import { readKeysetPage, type KeysetPage } from './keyset-page.js';
import type { Decision, MeetingRecord, StoredBallot, Turnout, Violation } from './records.js';
import { codeVoters, turnout } from './voting-codes.js';

/** What may change on a meeting in one step, with the audit entry that records it. */
export interface MeetingChange {
  /**
   * A lifecycle event to append to the meeting's history (already checked by the caller),
   * at most one per change and always with the `log` entry that records it, so the history and
   * the hash-chained log tell the same story.
   */
  events?: MeetingEvent[];
  liveResults?: boolean;
  corsOrigins?: string[];
  log?: { kind: string; data: Record<string, unknown> };
}

/**
 * What a change may read about its meeting inside the transaction that holds the meeting's
 * lock: what it reads is what the change commits on (no ballot, code or step can slip in
 * between). Reads go through the transaction. The second argument of the function given to
 * {@link changeMeeting}.
 *
 * @example
 * await repo.changeMeeting(id, async (record, locked) => {
 *   const { codes } = await locked.turnout(); // no code can be issued until this change commits
 *   const publish = publishCommitment(locked.log, tally, meeting); // the log as it stands
 *   return { ok: true, change: { log: { kind: 'results.published', data: { ...publish } } } };
 * });
 */
export interface LockedMeeting {
  /** The meeting's audit log as locked: how many entries and the hash of the last. */
  readonly log: LogPosition;
  /** How many codes exist, how many have voted and how many submissions were made. */
  turnout(): Promise<Turnout>;
  /** The meeting's codes and the voter ids they vote as (see `codeVoters`). */
  codeVoters(): Promise<{ code: string; voter: string }[]>;
  /** The meeting's ballot submissions (see `ballots`). */
  ballots(options?: { countedOnly?: boolean }): Promise<StoredBallot[]>;
}

/**
 * Creates a meeting of an organisation in `draft` with its first history event and its
 * `meeting.created` audit entry; returns its organizer token (shown once) or `{ ok: false }`
 * when the id is taken (meeting ids are unique in the database, so a meeting's URL names it
 * without its organisation).
 *
 * @example
 * const created = await createMeeting(db, states, meeting, { organization: 'default', liveResults: false, corsOrigins: [] });
 */
export async function createMeeting(
  db: Kysely<BallotBoxTables>,
  states: MeetingStates,
  document: ReviewMeeting,
  settings: { organization: string; liveResults: boolean; corsOrigins: string[] },
  forUpdate: boolean,
): Promise<{ ok: true; organizerToken: string; record: MeetingRecord } | { ok: false }> {
  const organizerToken = newOrganizerToken();
  const at = now();
  const saved = organizerEvent(meetingLifecycle.initial, {
    type: 'agenda-saved',
    payload: { meeting: document },
  });
  const applied = applyEvent(meetingLifecycle, meetingLifecycle.initial, saved, {});
  if (!applied.ok) throw new CorruptHistoryError('core refused the first agenda-saved event');
  try {
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('meetings')
        .values({
          id: document.id,
          document: JSON.stringify(document),
          status: applied.state.status,
          history_length: 1,
          organizer_token_hash: hashSecret(organizerToken),
          live_results: settings.liveResults ? 1 : 0,
          cors_origins: JSON.stringify(settings.corsOrigins),
          log_length: 0,
          log_head: GENESIS_HASH,
          created_at: at,
          updated_at: at,
          organization_id: settings.organization,
        })
        .execute();
      await trx
        .insertInto('meeting_events')
        .values({ meeting_id: document.id, seq: 1, event: JSON.stringify(saved) })
        .execute();
      const row = await lockMeetingRow(trx, document.id, forUpdate);
      await appendLog(trx, row!, 'meeting.created', {
        document: contentHash(document),
        agenda: agendaHash(document),
      });
    });
  } catch (error) {
    if (await meetingExists(db, document.id)) return { ok: false };
    throw error;
  }
  states.remember(document.id, 1, applied.state);
  const record = await getMeeting(db, states, document.id);
  return { ok: true, organizerToken, record: record! };
}

async function meetingExists(db: Kysely<BallotBoxTables>, id: string): Promise<boolean> {
  const row = await db.selectFrom('meetings').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

/**
 * The meeting with this id, or `undefined`.
 *
 * @example
 * const record = await getMeeting(db, states, 'm1');
 */
export async function getMeeting(
  db: Kysely<BallotBoxTables>,
  states: MeetingStates,
  id: string,
): Promise<MeetingRecord | undefined> {
  const row = await db.selectFrom('meetings').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? undefined : meetingRecord(db, states, row);
}

/** One meeting in an organisation's list: enough to pick it, without its document. */
export interface MeetingSummary {
  id: string;
  /** The lifecycle status in `@qingyuan/core`'s names (the HTTP answer maps it). */
  status: string;
  title: ReviewMeeting['title'] | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * A page of an organisation's meetings in id order, after the meeting id `after`.
 *
 * @example
 * const page = await listMeetings(db, 'org-7K2Q', undefined, 50); // { items: [{ id, status, … }], next }
 */
export async function listMeetings(
  db: Kysely<BallotBoxTables>,
  organizationId: string,
  after: string | undefined,
  limit: number,
): Promise<KeysetPage<MeetingSummary>> {
  const page = await readKeysetPage(
    db
      .selectFrom('meetings')
      .select(['id', 'status', 'document', 'created_at', 'updated_at'])
      .where('organization_id', '=', organizationId),
    'id',
    after,
    limit,
  );
  return {
    next: page.next,
    items: page.items.map((row) => ({
      id: row.id,
      status: row.status,
      title: (JSON.parse(row.document) as ReviewMeeting).title ?? null,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    })),
  };
}

/**
 * Whether `token` is this meeting's organizer token (constant-time comparison).
 *
 * @example
 * await isOrganizer(db, 'm1', token); // true
 */
export async function isOrganizer(
  db: Kysely<BallotBoxTables>,
  meetingId: string,
  token: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('meetings')
    .select('organizer_token_hash')
    .where('id', '=', meetingId)
    .executeTakeFirst();
  return row !== undefined && secretMatches(token, row.organizer_token_hash);
}

/**
 * Changes a meeting in one transaction, with the meeting locked: `decide` sees the current
 * record (and may read the meeting's codes, ballots and log through `locked`, inside the same
 * transaction) and returns the change (lifecycle events, settings, and its audit entry) or
 * the violated rules. Whatever `decide` computes from the meeting (a tally to publish) is
 * therefore computed on exactly what the change commits on. The events are applied with
 * core's `applyEvent`; one it refuses is a programming error (the caller checks them first)
 * and throws. `undefined` when there is no such meeting.
 *
 * @example
 * await changeMeeting(db, states, 'm1', () => ({ ok: true, change: { liveResults: true, log } }), false);
 */
export async function changeMeeting(
  db: Kysely<BallotBoxTables>,
  states: MeetingStates,
  id: string,
  decide: (
    current: MeetingRecord,
    locked: LockedMeeting,
  ) => Decision<{ change: MeetingChange }> | Promise<Decision<{ change: MeetingChange }>>,
  forUpdate: boolean,
): Promise<
  { ok: true; record: MeetingRecord } | { ok: false; violations: Violation[] } | undefined
> {
  const outcome = await db
    .transaction()
    .execute((trx) => changeMeetingWithin(trx, states, id, decide, forUpdate));
  if (outcome === undefined || !outcome.ok) return outcome;
  states.remember(id, outcome.length, outcome.state);
  return { ok: true, record: (await getMeeting(db, states, id))! };
}

/**
 * {@link changeMeeting} inside a transaction the caller holds (`trx`), so that a change of a
 * meeting commits or rolls back with the caller's other writes — a round's funding decision and
 * the `funding-decided` event of the meeting it decides on are one transaction. The meeting's
 * row is locked as in `changeMeeting`. Answers the history's new length and state; the state
 * cache is not told (the caller's transaction may still roll back): the next read replays the
 * history it finds.
 *
 * @example
 * await db.transaction().execute((trx) =>
 *   changeMeetingWithin(trx, states, 'm1', (record) => ({ ok: true, change: { events: [event], log } }), false),
 * );
 */
export async function changeMeetingWithin(
  trx: Kysely<BallotBoxTables>,
  states: MeetingStates,
  id: string,
  decide: (
    current: MeetingRecord,
    locked: LockedMeeting,
  ) => Decision<{ change: MeetingChange }> | Promise<Decision<{ change: MeetingChange }>>,
  forUpdate: boolean,
): Promise<
  | { ok: true; length: number; state: MeetingRecord['state'] }
  | { ok: false; violations: Violation[] }
  | undefined
> {
  const row = await lockMeetingRow(trx, id, forUpdate);
  if (row === undefined) return undefined;
  const current = await meetingRecord(trx, states, row);
  const locked: LockedMeeting = {
    log: { length: Number(row.log_length), head: row.log_head },
    turnout: () => turnout(trx, id),
    codeVoters: () => codeVoters(trx, id),
    ballots: (options = {}) => ballots(trx, id, options),
  };
  const decision = await decide(current, locked);
  if (!decision.ok) return decision;
  const { change } = decision;
  if ((change.events?.length ?? 0) > 1 || (change.events?.length === 1 && !change.log)) {
    throw new TypeError('A lifecycle event is written alone, with the audit entry recording it');
  }
  let state = current.state;
  let length = current.historyLength;
  for (const event of change.events ?? []) {
    const applied = applyEvent(meetingLifecycle, state, event, {});
    if (!applied.ok) {
      throw new CorruptHistoryError(
        `core refused "${event.type}": ${applied.violations.map((v) => v.rule).join(', ')}`,
      );
    }
    state = applied.state;
    length += 1;
    await trx
      .insertInto('meeting_events')
      .values({ meeting_id: id, seq: length, event: JSON.stringify(event) })
      .execute();
  }
  await trx
    .updateTable('meetings')
    .set({
      ...(length !== current.historyLength
        ? {
            history_length: length,
            status: state.status,
            document: JSON.stringify(state.meeting),
          }
        : {}),
      ...(change.liveResults !== undefined ? { live_results: change.liveResults ? 1 : 0 } : {}),
      ...(change.corsOrigins !== undefined
        ? { cors_origins: JSON.stringify(change.corsOrigins) }
        : {}),
      updated_at: now(),
    })
    .where('id', '=', id)
    .execute();
  if (change.log !== undefined) await appendLog(trx, row, change.log.kind, change.log.data);
  return { ok: true as const, length, state };
}
