import { Migrator, type Kysely } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachBackend, type TestDatabase } from '../../test/support/backends.js';
import { pilotMeeting } from '../../test/support/fixtures.js';
import { apiStatus } from '../meeting/meeting-status.js';
import { TestBox } from '../../test/support/ballot-box.js';
import { hashSecret } from '../security/secrets.js';
import { BallotBoxRepository } from '../storage/repository.js';
import { migrateToLatest, migrations } from './migrations.js';
import { pilotApplications, pilotRound } from '@qingyuan/core/examples';
import { bearer, pilotBox } from '../../test/support/pilot-round.js';

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

  it('gives meetings and collections stored before organisations to the organisation `default`, where they keep working', async () => {
    expect((await migrator().migrateTo('0003-collection-item-idempotency')).error).toBeUndefined();
    const db = store.db as unknown as Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const at = '2026-03-20T06:00:00.000Z';
    const meeting = pilotMeeting('before-orgs');
    await db
      .insertInto('meetings')
      .values({
        id: 'before-orgs',
        document: JSON.stringify(meeting),
        status: 'draft',
        history_length: 1,
        organizer_token_hash: hashSecret('qyo_token-from-before'),
        live_results: 0,
        cors_origins: '[]',
        log_length: 0,
        log_head: '0'.repeat(64),
        created_at: at,
        updated_at: at,
      })
      .execute();
    await db
      .insertInto('meeting_events')
      .values({
        meeting_id: 'before-orgs',
        seq: 1,
        event: JSON.stringify({ type: 'agenda-saved', at, by: 'organizer', payload: { meeting } }),
      })
      .execute();
    await db
      .insertInto('collections')
      .values({
        id: 'col-BEFORE',
        kind: 'applications',
        schema_name: null,
        organizer_token_hash: hashSecret('qyo_collection-from-before'),
        cors_origins: '[]',
        item_count: 0,
        created_at: at,
      })
      .execute();

    await migrateToLatest(store.db as Kysely<unknown>);
    const repo = new BallotBoxRepository(store);
    expect((await repo.getMeeting('before-orgs'))?.organization).toBe('default');
    expect((await repo.getCollection('col-BEFORE'))?.organization).toBe('default');
    expect(await repo.getOrganization('default')).toMatchObject({ id: 'default' });

    // Its organizer token still runs it, over HTTP.
    const box = new TestBox(store);
    const organizer = { authorization: 'Bearer qyo_token-from-before' };
    expect(
      (await box.request('PATCH', '/meetings/before-orgs', { liveResults: true }, organizer))
        .status,
    ).toBe(200);
    const items = await box.request('GET', '/collections/col-BEFORE/items', undefined, {
      authorization: 'Bearer qyo_collection-from-before',
    });
    expect(items.status).toBe(200);
    // The first start after the upgrade gives `default` an operator key, which lists them.
    const operatorKey = await repo.ensureOperator();
    expect(operatorKey).toMatch(/^qyk_/);
    const auth = { authorization: `Bearer ${operatorKey!}` };
    const meetings = (await (
      await box.request('GET', '/organizations/default/meetings', undefined, auth)
    ).json()) as { items: { id: string; status: string }[] };
    expect(meetings.items).toEqual([
      expect.objectContaining({ id: 'before-orgs', status: 'draft' }),
    ]);
    const collections = (await (
      await box.request('GET', '/organizations/default/collections', undefined, auth)
    ).json()) as { items: { id: string }[] };
    expect(collections.items.map((c) => c.id)).toEqual(['col-BEFORE']);
  });

  it('indexes the Open Space origins of applications stored before 0009 from the rounds’ logs', async () => {
    const pilot = await pilotBox(store);
    const sent = await pilot.box.request(
      'POST',
      `${pilot.at}/applications`,
      { application: pilotApplications[0], by: 'p-li' },
      bearer(pilot.keys.applicant),
    );
    expect(sent.status).toBe(201);
    // Back to the schema before the index, and up again: the index is filled from the log.
    expect((await migrator().migrateTo('0008-pb-elections')).error).toBeUndefined();
    await migrateToLatest(store.db as Kysely<unknown>);
    const rows = await store.db.selectFrom('application_origins').selectAll().execute();
    expect(rows).toEqual([
      {
        organization_id: pilot.org,
        session_id: pilotApplications[0]!.origin!.session,
        round_id: pilotRound.id,
        application_id: pilotApplications[0]!.id,
      },
    ]);
    const report = (await (
      await pilot.box.request(
        'GET',
        `/organizations/${pilot.org}/sessions/${pilotApplications[0]!.origin!.session}/report`,
      )
    ).json()) as { summary: { becameApplications: number } };
    expect(report.summary.becameApplications).toBe(pilotApplications[0]!.origin!.ideas.length);
  });
});
