import type { Kysely } from 'kysely';
import {
  InvalidInputError,
  MeetingEventSchema,
  meetingLifecycle,
  parseDocument,
  replay,
  type MeetingEvent,
  type MeetingState,
  type ReviewMeeting,
} from '@qingyuan/core';
import type { BallotBoxTables, MeetingsTable } from '../db/database-schema.js';
import type { MeetingRecord } from './records.js';

/** An event history that core's lifecycle refuses: the stored data was changed by hand. */
export class CorruptHistoryError extends Error {
  override readonly name = 'CorruptHistoryError';
}

/**
 * The current time as stored (ISO 8601, UTC).
 *
 * @example
 * now(); // '2026-12-05T09:30:00.000Z'
 */
export function now(): string {
  return new Date().toISOString();
}

/**
 * Reads a meeting's row inside a transaction, locking it when `forUpdate` (PostgreSQL; SQLite
 * has one writer and no `FOR UPDATE`). Whatever grows the meeting's chain or history holds
 * this lock until it commits.
 *
 * @example
 * const row = await lockMeetingRow(trx, 'm1', store.dialect === 'postgres');
 */
export async function lockMeetingRow(
  db: Kysely<BallotBoxTables>,
  id: string,
  forUpdate: boolean,
): Promise<MeetingsTable | undefined> {
  return db
    .selectFrom('meetings')
    .selectAll()
    .where('id', '=', id)
    .$if(forUpdate, (qb) => qb.forUpdate())
    .executeTakeFirst();
}

/**
 * The meeting's event history (core `MeetingEvent`s), oldest first.
 *
 * @example
 * const events = await meetingHistory(db, 'm1'); // [{ type: 'agenda-saved', … }, …]
 */
export async function meetingHistory(
  db: Kysely<BallotBoxTables>,
  id: string,
): Promise<MeetingEvent[]> {
  const rows = await db
    .selectFrom('meeting_events')
    .select('event')
    .where('meeting_id', '=', id)
    .orderBy('seq')
    .execute();
  return rows.map((row, index) => {
    // An event stored by an earlier version that today's schema refuses (a bound added
    // since): an InvalidInputError with its violations, which the HTTP edge answers with 409.
    const parsed = parseDocument(MeetingEventSchema, JSON.parse(row.event));
    if (parsed.ok) return parsed.value;
    throw new InvalidInputError(
      'meetingHistory',
      `history[${index}]`,
      'MeetingEvent',
      parsed.violations,
    );
  });
}

/**
 * Each meeting's state as core's `meetingLifecycle` replays it from the stored history, kept
 * per meeting while the history keeps its length (the history only grows, by one event per
 * change). One instance per repository.
 *
 * @example
 * const states = new MeetingStates();
 * const record = await meetingRecord(db, states, row);
 */
export class MeetingStates {
  private readonly states = new Map<string, { length: number; state: MeetingState }>();

  /** The meeting's state: cached while its history is unchanged, else replayed with core. */
  async stateOf(db: Kysely<BallotBoxTables>, row: MeetingsTable): Promise<MeetingState> {
    const length = Number(row.history_length);
    const cached = this.states.get(row.id);
    if (cached !== undefined && cached.length === length) return cached.state;
    const events = await meetingHistory(db, row.id);
    const replayed = replay(meetingLifecycle, events, {});
    if (!replayed.ok || events.length !== length) {
      throw new CorruptHistoryError(`The history of meeting "${row.id}" does not replay`);
    }
    // A reader outside the writing transaction may see an older history: keep the newest.
    this.remember(row.id, length, replayed.state);
    return replayed.state;
  }

  /** Keeps `state` as the meeting's state after `length` events, unless a newer one is kept. */
  remember(id: string, length: number, state: MeetingState): void {
    const cached = this.states.get(id);
    if (cached === undefined || cached.length < length) this.states.set(id, { length, state });
  }
}

/**
 * A meeting's row as a record: settings, document and the state its history replays to.
 *
 * @example
 * const record = await meetingRecord(trx, states, row); // { id, status: 'draft', state, … }
 */
export async function meetingRecord(
  db: Kysely<BallotBoxTables>,
  states: MeetingStates,
  row: MeetingsTable,
): Promise<MeetingRecord> {
  const state = await states.stateOf(db, row);
  return {
    id: row.id,
    organization: row.organization_id,
    document: state.meeting ?? (JSON.parse(row.document) as ReviewMeeting),
    status: state.status,
    state,
    historyLength: Number(row.history_length),
    liveResults: Number(row.live_results) === 1,
    corsOrigins: JSON.parse(row.cors_origins) as string[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
