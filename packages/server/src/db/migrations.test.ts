import { Migrator, type Kysely } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachBackend, type TestDatabase } from '../../test/support/backends.js';
import { pilotMeeting } from '../../test/support/fixtures.js';
import { apiStatus } from '../meeting/meeting-status.js';
import { BallotBoxRepository } from '../storage/repository.js';
import { migrateToLatest, migrations } from './migrations.js';

describeEachBackend('migrations', (backend) => {
  let store: TestDatabase;

  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(async () => {
    await store.dispose();
  });

  const migrator = () =>
    new Migrator({
      db: store.db as Kysely<unknown>,
      provider: { getMigrations: () => Promise.resolve(migrations) },
      migrationTableName: 'qingyuan_migrations',
      migrationLockTableName: 'qingyuan_migrations_lock',
    });

  it('gives meetings stored before the history a core event history that replays to their status', async () => {
    expect((await migrator().migrateTo('0001-initial')).error).toBeUndefined();
    const at = (minute: number) => `2026-03-20T06:${String(minute).padStart(2, '0')}:00.000Z`;
    const rows = [
      { id: 'was-draft', status: 'draft' },
      { id: 'was-open', status: 'open' },
      { id: 'was-published', status: 'published' },
    ];
    const db = store.db as unknown as Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    for (const { id, status } of rows) {
      await db
        .insertInto('meetings')
        .values({
          id,
          document: JSON.stringify(pilotMeeting(id)),
          status,
          organizer_token_hash: 'x',
          live_results: 0,
          cors_origins: '[]',
          log_length: 0,
          log_head: '0',
          created_at: at(0),
          updated_at: at(0),
        })
        .execute();
    }
    const log = [
      ['meeting.weights-locked', {}],
      ['voting.opened', {}],
      ['voting.closed', {}],
      [
        'results.published',
        {
          ranking: [
            { project: 'jinhuali-home', rank: 1, total: 1 },
            { project: 'yuhuayuan-culture', rank: 2, total: 0 },
            { project: 'xinghuayuan-children', rank: 2, total: 0 },
          ],
        },
      ],
    ] as const;
    for (const [index, [kind, data]] of log.entries()) {
      await db
        .insertInto('audit_log')
        .values({
          meeting_id: 'was-published',
          seq: index + 1,
          kind,
          at: at(index + 1),
          data: JSON.stringify(data),
          prev_hash: '0',
          hash: '0',
        })
        .execute();
    }

    await migrateToLatest(store.db as Kysely<unknown>);
    const repo = new BallotBoxRepository(store);
    // The record speaks core's status names; the API (and the old rows) the short ones.
    expect(apiStatus((await repo.getMeeting('was-draft'))!.status)).toBe('draft');
    expect(apiStatus((await repo.getMeeting('was-open'))!.status)).toBe('open');
    const published = await repo.getMeeting('was-published');
    expect(apiStatus(published!.status)).toBe('published');
    expect(published?.state.ranking?.map((entry) => entry.rank)).toEqual([1, 2, 2]);
    const history = await repo.history('was-published');
    expect(history.map((event) => [event.type, event.at])).toEqual([
      ['agenda-saved', at(0)],
      ['weights-locked', at(1)],
      ['voting-opened', at(2)],
      ['voting-closed', at(3)],
      ['results-published', at(4)],
    ]);

    // And back: the old status names return.
    expect((await migrator().migrateTo('0001-initial')).error).toBeUndefined();
    const statuses = await db
      .selectFrom('meetings')
      .select(['id', 'status'])
      .orderBy('id')
      .execute();
    expect(statuses).toEqual([
      { id: 'was-draft', status: 'draft' },
      { id: 'was-open', status: 'open' },
      { id: 'was-published', status: 'published' },
    ]);
  });
});
