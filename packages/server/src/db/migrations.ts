/* eslint-disable @typescript-eslint/no-explicit-any -- migrations see the schema of their time, not today's */
import { Migrator, type Kysely, type Migration, type MigrationResultSet } from 'kysely';

/**
 * The schema's versioned migrations, oldest first. A migration is never edited once released:
 * a change to the schema is a new entry. Only portable column types are used, so the same
 * migrations run on SQLite and PostgreSQL.
 */
export const migrations: Record<string, Migration> = {
  '0001-initial': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('meetings')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('document', 'text', (col) => col.notNull())
        .addColumn('status', 'text', (col) => col.notNull())
        .addColumn('organizer_token_hash', 'text', (col) => col.notNull())
        .addColumn('live_results', 'integer', (col) => col.notNull().defaultTo(0))
        .addColumn('cors_origins', 'text', (col) => col.notNull().defaultTo('[]'))
        .addColumn('log_length', 'integer', (col) => col.notNull().defaultTo(0))
        .addColumn('log_head', 'text', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('updated_at', 'text', (col) => col.notNull())
        .execute();

      await db.schema
        .createTable('voter_codes')
        .addColumn('id', 'text', (col) => col.notNull())
        .addColumn('meeting_id', 'text', (col) => col.notNull().references('meetings.id'))
        .addColumn('code_hash', 'text', (col) => col.notNull().unique())
        .addColumn('voter_id', 'text', (col) => col.notNull())
        .addColumn('ballots_cast', 'integer', (col) => col.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addPrimaryKeyConstraint('voter_codes_pk', ['meeting_id', 'id'])
        .execute();

      await db.schema
        .createTable('ballots')
        .addColumn('meeting_id', 'text', (col) => col.notNull())
        .addColumn('code_id', 'text', (col) => col.notNull())
        .addColumn('seq', 'integer', (col) => col.notNull())
        .addColumn('marks', 'text', (col) => col.notNull())
        .addColumn('receipt', 'text', (col) => col.notNull())
        .addColumn('idempotency_key', 'text')
        .addColumn('log_seq', 'integer', (col) => col.notNull())
        .addColumn('cast_at', 'text', (col) => col.notNull())
        .addPrimaryKeyConstraint('ballots_pk', ['meeting_id', 'code_id', 'seq'])
        .addForeignKeyConstraint('ballots_code_fk', ['meeting_id', 'code_id'], 'voter_codes', [
          'meeting_id',
          'id',
        ])
        .addUniqueConstraint('ballots_idempotency_unique', [
          'meeting_id',
          'code_id',
          'idempotency_key',
        ])
        .execute();

      await db.schema
        .createTable('audit_log')
        .addColumn('meeting_id', 'text', (col) => col.notNull().references('meetings.id'))
        .addColumn('seq', 'integer', (col) => col.notNull())
        .addColumn('kind', 'text', (col) => col.notNull())
        .addColumn('at', 'text', (col) => col.notNull())
        .addColumn('data', 'text', (col) => col.notNull())
        .addColumn('prev_hash', 'text', (col) => col.notNull())
        .addColumn('hash', 'text', (col) => col.notNull())
        .addPrimaryKeyConstraint('audit_log_pk', ['meeting_id', 'seq'])
        .execute();

      await db.schema
        .createTable('collections')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('kind', 'text', (col) => col.notNull())
        .addColumn('schema_name', 'text')
        .addColumn('organizer_token_hash', 'text', (col) => col.notNull())
        .addColumn('cors_origins', 'text', (col) => col.notNull().defaultTo('[]'))
        .addColumn('item_count', 'integer', (col) => col.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (col) => col.notNull())
        .execute();

      await db.schema
        .createTable('collection_items')
        .addColumn('collection_id', 'text', (col) => col.notNull().references('collections.id'))
        .addColumn('seq', 'integer', (col) => col.notNull())
        .addColumn('document', 'text', (col) => col.notNull())
        .addColumn('received_at', 'text', (col) => col.notNull())
        .addPrimaryKeyConstraint('collection_items_pk', ['collection_id', 'seq'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of [
        'collection_items',
        'collections',
        'audit_log',
        'ballots',
        'voter_codes',
        'meetings',
      ]) {
        await db.schema.dropTable(table).execute();
      }
    },
  },
  '0002-meeting-history': {
    // Meetings follow @qingyuan/core's review-meeting lifecycle: each meeting keeps its event
    // history (agenda-saved, weights-locked, voting-opened, …) and its status is replayed from
    // it. Existing meetings get the history their status and audit log imply, and core's
    // status names (open → voting-open, closed → voting-closed, published → results-published).
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('meeting_events')
        .addColumn('meeting_id', 'text', (col) => col.notNull().references('meetings.id'))
        .addColumn('seq', 'integer', (col) => col.notNull())
        .addColumn('event', 'text', (col) => col.notNull())
        .addPrimaryKeyConstraint('meeting_events_pk', ['meeting_id', 'seq'])
        .execute();
      await db.schema
        .alterTable('meetings')
        .addColumn('history_length', 'integer', (col) => col.notNull().defaultTo(0))
        .execute();
      const steps = [
        {
          status: 'weights-locked',
          was: 'weights-locked',
          event: 'weights-locked',
          log: 'meeting.weights-locked',
        },
        { status: 'voting-open', was: 'open', event: 'voting-opened', log: 'voting.opened' },
        { status: 'voting-closed', was: 'closed', event: 'voting-closed', log: 'voting.closed' },
        {
          status: 'results-published',
          was: 'published',
          event: 'results-published',
          log: 'results.published',
        },
      ];
      const meetings = (await db
        .selectFrom('meetings')
        .select(['id', 'document', 'status', 'created_at'])
        .execute()) as { id: string; document: string; status: string; created_at: string }[];
      for (const meeting of meetings) {
        const log = (await db
          .selectFrom('audit_log')
          .select(['kind', 'at', 'data'])
          .where('meeting_id', '=', meeting.id)
          .orderBy('seq')
          .execute()) as { kind: string; at: string; data: string }[];
        const reached = steps.findIndex((step) => step.was === meeting.status);
        const events: Record<string, unknown>[] = [
          {
            type: 'agenda-saved',
            at: meeting.created_at,
            by: 'organizer',
            payload: { meeting: JSON.parse(meeting.document) as unknown },
          },
        ];
        let at = meeting.created_at;
        for (const step of steps.slice(0, reached + 1)) {
          const entry = log.filter((e) => e.kind === step.log).at(-1);
          at = entry?.at ?? at;
          const event: Record<string, unknown> = { type: step.event, at, by: 'organizer' };
          if (step.event === 'results-published') {
            const data = JSON.parse(entry?.data ?? '{}') as {
              ranking?: { project: string; rank: number }[];
            };
            event.payload = {
              ranking: (data.ranking ?? []).map(({ project, rank }) => ({ project, rank })),
            };
          }
          events.push(event);
        }
        await db
          .insertInto('meeting_events')
          .values(
            events.map((event, index) => ({
              meeting_id: meeting.id,
              seq: index + 1,
              event: JSON.stringify(event),
            })),
          )
          .execute();
        await db
          .updateTable('meetings')
          .set({
            history_length: events.length,
            status: reached === -1 ? 'draft' : steps[reached]!.status,
          })
          .where('id', '=', meeting.id)
          .execute();
      }
    },
    async down(db: Kysely<any>) {
      for (const [status, was] of [
        ['voting-open', 'open'],
        ['voting-closed', 'closed'],
        ['results-published', 'published'],
        ['funding-decided', 'published'],
      ]) {
        await db
          .updateTable('meetings')
          .set({ status: was })
          .where('status', '=', status)
          .execute();
      }
      await db.schema.alterTable('meetings').dropColumn('history_length').execute();
      await db.schema.dropTable('meeting_events').execute();
    },
  },
  '0003-collection-item-idempotency': {
    // A survey response or application sent with an Idempotency-Key keeps it, as a ballot
    // does, so a retry is not stored twice; the unique index makes a racing retry fail
    // rather than store a second copy (NULL keys never collide).
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('collection_items').addColumn('idempotency_key', 'text').execute();
      await db.schema
        .createIndex('collection_items_idempotency_unique')
        .on('collection_items')
        .columns(['collection_id', 'idempotency_key'])
        .unique()
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropIndex('collection_items_idempotency_unique').execute();
      await db.schema.alterTable('collection_items').dropColumn('idempotency_key').execute();
    },
  },
  '0004-organisations': {
    // An organisation owns its meetings and collections; operators and the people of its
    // roles act with credentials stored only as SHA-256 hashes. Meetings and collections
    // stored before organisations existed belong to the organisation `default`, which every
    // database has, so their ids, tokens and URLs keep working. (The column has no foreign
    // key: SQLite cannot add one to an existing table; the storage functions keep it right.)
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('organizations')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('name', 'text', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .execute();
      await db.schema
        .createTable('credentials')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('organization_id', 'text', (col) => col.notNull().references('organizations.id'))
        .addColumn('role', 'text', (col) => col.notNull())
        .addColumn('secret_hash', 'text', (col) => col.notNull().unique())
        .addColumn('label', 'text')
        .addColumn('used_at', 'text')
        .addColumn('created_at', 'text', (col) => col.notNull())
        .execute();
      await db.schema
        .createIndex('credentials_by_organization')
        .on('credentials')
        .columns(['organization_id', 'role'])
        .execute();
      await db
        .insertInto('organizations')
        .values({
          id: 'default',
          name: 'Default organisation',
          created_at: new Date().toISOString(),
        })
        .execute();
      for (const table of ['meetings', 'collections']) {
        await db.schema
          .alterTable(table)
          .addColumn('organization_id', 'text', (col) => col.notNull().defaultTo('default'))
          .execute();
        await db.schema
          .createIndex(`${table}_by_organization`)
          .on(table)
          .columns(['organization_id', 'id'])
          .execute();
      }
    },
    async down(db: Kysely<any>) {
      for (const table of ['meetings', 'collections']) {
        await db.schema.dropIndex(`${table}_by_organization`).execute();
        await db.schema.alterTable(table).dropColumn('organization_id').execute();
      }
      await db.schema.dropTable('credentials').execute();
      await db.schema.dropTable('organizations').execute();
    },
  },
  '0005-collection-surveys-revoked-credentials': {
    // A survey-response collection may hold the survey it collects for (read publicly, so an
    // embedded survey loads it from the box) and say whether its aggregated needs report is
    // public; an operator may revoke a credential, which is kept (with when) for the record.
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('collections').addColumn('survey', 'text').execute();
      await db.schema
        .alterTable('collections')
        .addColumn('report_public', 'integer', (col) => col.notNull().defaultTo(0))
        .execute();
      await db.schema.alterTable('credentials').addColumn('revoked_at', 'text').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable('credentials').dropColumn('revoked_at').execute();
      await db.schema.alterTable('collections').dropColumn('report_public').execute();
      await db.schema.alterTable('collections').dropColumn('survey').execute();
    },
  },
  '0006-rounds': {
    // A round of the cycle (one subdistrict's year), owned by an organisation, with its own
    // hash-chained log: every document of the round (applications, vettings, the linked review
    // meetings, the summary sheets, the funding decisions, each project's events) is an entry
    // of it, so the log is the round's record and its state is replayed from it. A credential
    // may be minted for one round only (`round_id`; null: every round of its organisation).
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('rounds')
        .addColumn('organization_id', 'text', (col) => col.notNull().references('organizations.id'))
        .addColumn('id', 'text', (col) => col.notNull())
        .addColumn('log_length', 'integer', (col) => col.notNull().defaultTo(0))
        .addColumn('log_head', 'text', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('updated_at', 'text', (col) => col.notNull())
        .addPrimaryKeyConstraint('rounds_pk', ['organization_id', 'id'])
        .execute();
      await db.schema
        .createTable('round_log')
        .addColumn('organization_id', 'text', (col) => col.notNull())
        .addColumn('round_id', 'text', (col) => col.notNull())
        .addColumn('seq', 'integer', (col) => col.notNull())
        .addColumn('kind', 'text', (col) => col.notNull())
        .addColumn('at', 'text', (col) => col.notNull())
        .addColumn('data', 'text', (col) => col.notNull())
        .addColumn('prev_hash', 'text', (col) => col.notNull())
        .addColumn('hash', 'text', (col) => col.notNull())
        .addColumn('project', 'text')
        .addColumn('credential_id', 'text')
        .addColumn('idempotency_key', 'text')
        .addColumn('request_hash', 'text')
        .addPrimaryKeyConstraint('round_log_pk', ['organization_id', 'round_id', 'seq'])
        .addForeignKeyConstraint('round_log_round_fk', ['organization_id', 'round_id'], 'rounds', [
          'organization_id',
          'id',
        ])
        .addUniqueConstraint('round_log_idempotency_unique', [
          'organization_id',
          'round_id',
          'idempotency_key',
        ])
        .execute();
      await db.schema.alterTable('credentials').addColumn('round_id', 'text').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable('credentials').dropColumn('round_id').execute();
      await db.schema.dropTable('round_log').execute();
      await db.schema.dropTable('rounds').execute();
    },
  },
  '0007-open-space': {
    // Open Space sessions (开放空间) of an organisation: the session document as core's
    // `OpenSpaceSession` (ideas, topics, dot votes and hidden items included, nothing deleted),
    // its hash-chained log, the participants' codes (hashes only, one dot budget each), and
    // the answers kept for idempotent retries of participants' and organizers' posts.
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('open_space_sessions')
        .addColumn('organization_id', 'text', (col) => col.notNull().references('organizations.id'))
        .addColumn('id', 'text', (col) => col.notNull())
        .addColumn('document', 'text', (col) => col.notNull())
        .addColumn('cors_origins', 'text', (col) => col.notNull().defaultTo('[]'))
        .addColumn('log_length', 'integer', (col) => col.notNull().defaultTo(0))
        .addColumn('log_head', 'text', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('updated_at', 'text', (col) => col.notNull())
        .addPrimaryKeyConstraint('open_space_sessions_pk', ['organization_id', 'id'])
        .execute();
      await db.schema
        .createTable('open_space_codes')
        .addColumn('organization_id', 'text', (col) => col.notNull())
        .addColumn('session_id', 'text', (col) => col.notNull())
        .addColumn('participant_id', 'text', (col) => col.notNull())
        .addColumn('code_hash', 'text', (col) => col.notNull().unique())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addPrimaryKeyConstraint('open_space_codes_pk', [
          'organization_id',
          'session_id',
          'participant_id',
        ])
        .addForeignKeyConstraint(
          'open_space_codes_session_fk',
          ['organization_id', 'session_id'],
          'open_space_sessions',
          ['organization_id', 'id'],
        )
        .execute();
      await db.schema
        .createTable('open_space_log')
        .addColumn('organization_id', 'text', (col) => col.notNull())
        .addColumn('session_id', 'text', (col) => col.notNull())
        .addColumn('seq', 'integer', (col) => col.notNull())
        .addColumn('kind', 'text', (col) => col.notNull())
        .addColumn('at', 'text', (col) => col.notNull())
        .addColumn('data', 'text', (col) => col.notNull())
        .addColumn('prev_hash', 'text', (col) => col.notNull())
        .addColumn('hash', 'text', (col) => col.notNull())
        .addPrimaryKeyConstraint('open_space_log_pk', ['organization_id', 'session_id', 'seq'])
        .execute();
      await db.schema
        .createTable('open_space_replays')
        .addColumn('organization_id', 'text', (col) => col.notNull())
        .addColumn('session_id', 'text', (col) => col.notNull())
        .addColumn('sender', 'text', (col) => col.notNull())
        .addColumn('idempotency_key', 'text', (col) => col.notNull())
        .addColumn('request', 'text', (col) => col.notNull())
        .addColumn('answer', 'text', (col) => col.notNull())
        .addPrimaryKeyConstraint('open_space_replays_pk', [
          'organization_id',
          'session_id',
          'sender',
          'idempotency_key',
        ])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('open_space_replays').execute();
      await db.schema.dropTable('open_space_log').execute();
      await db.schema.dropTable('open_space_codes').execute();
      await db.schema.dropTable('open_space_sessions').execute();
    },
  },
  '0008-pb-elections': {
    // Participatory-budgeting elections beside review meetings: the election (its ballot sheet
    // and rule, locked once voting opens) with the head of its own hash chain, its voters (a
    // voting code's or a census identifier's SHA-256), the ballots cast online (one per voter),
    // the paper ballots officers enter (each entered twice, by two officers) and the log.
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('pb_elections')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('organization_id', 'text', (col) => col.notNull().references('organizations.id'))
        .addColumn('sheet', 'text', (col) => col.notNull())
        .addColumn('rule', 'text', (col) => col.notNull())
        .addColumn('status', 'text', (col) => col.notNull())
        .addColumn('log_length', 'integer', (col) => col.notNull().defaultTo(0))
        .addColumn('log_head', 'text', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('updated_at', 'text', (col) => col.notNull())
        .execute();
      await db.schema
        .createIndex('pb_elections_by_organization')
        .on('pb_elections')
        .columns(['organization_id', 'id'])
        .execute();
      await db.schema
        .createTable('pb_voters')
        .addColumn('election_id', 'text', (col) => col.notNull().references('pb_elections.id'))
        .addColumn('id', 'text', (col) => col.notNull())
        .addColumn('kind', 'text', (col) => col.notNull())
        .addColumn('secret_hash', 'text', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addPrimaryKeyConstraint('pb_voters_pk', ['election_id', 'id'])
        .addUniqueConstraint('pb_voters_secret_unique', ['election_id', 'secret_hash'])
        .execute();
      await db.schema
        .createTable('pb_ballots')
        .addColumn('election_id', 'text', (col) => col.notNull().references('pb_elections.id'))
        .addColumn('voter_id', 'text', (col) => col.notNull())
        .addColumn('ballot', 'text', (col) => col.notNull())
        .addColumn('receipt', 'text', (col) => col.notNull())
        .addColumn('idempotency_key', 'text')
        .addColumn('log_seq', 'integer', (col) => col.notNull())
        .addColumn('cast_at', 'text', (col) => col.notNull())
        .addPrimaryKeyConstraint('pb_ballots_pk', ['election_id', 'voter_id'])
        .execute();
      await db.schema
        .createTable('pb_paper_entries')
        .addColumn('election_id', 'text', (col) => col.notNull().references('pb_elections.id'))
        .addColumn('paper_number', 'text', (col) => col.notNull())
        .addColumn('officer_id', 'text', (col) => col.notNull())
        .addColumn('ballot', 'text', (col) => col.notNull())
        .addColumn('log_seq', 'integer', (col) => col.notNull())
        .addColumn('entered_at', 'text', (col) => col.notNull())
        .addPrimaryKeyConstraint('pb_paper_entries_pk', [
          'election_id',
          'paper_number',
          'officer_id',
        ])
        .execute();
      await db.schema
        .createTable('pb_audit_log')
        .addColumn('election_id', 'text', (col) => col.notNull().references('pb_elections.id'))
        .addColumn('seq', 'integer', (col) => col.notNull())
        .addColumn('kind', 'text', (col) => col.notNull())
        .addColumn('at', 'text', (col) => col.notNull())
        .addColumn('data', 'text', (col) => col.notNull())
        .addColumn('prev_hash', 'text', (col) => col.notNull())
        .addColumn('hash', 'text', (col) => col.notNull())
        .addPrimaryKeyConstraint('pb_audit_log_pk', ['election_id', 'seq'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of [
        'pb_audit_log',
        'pb_paper_entries',
        'pb_ballots',
        'pb_voters',
        'pb_elections',
      ]) {
        await db.schema.dropTable(table).execute();
      }
    },
  },
  '0009-application-origins': {
    // An application that names the Open Space session and idea(s) it came from
    // (`Application.origin`) is indexed by its session, so the session's report finds the
    // applications (and their rounds) without reading every round; filled from the rounds'
    // logs for applications stored before.
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('application_origins')
        .addColumn('organization_id', 'text', (col) => col.notNull())
        .addColumn('session_id', 'text', (col) => col.notNull())
        .addColumn('round_id', 'text', (col) => col.notNull())
        .addColumn('application_id', 'text', (col) => col.notNull())
        .addPrimaryKeyConstraint('application_origins_pk', [
          'organization_id',
          'session_id',
          'round_id',
          'application_id',
        ])
        .execute();
      const rows = await db
        .selectFrom('round_log')
        .select(['organization_id', 'round_id', 'data'])
        .where('kind', '=', 'application.submitted')
        .execute();
      for (const row of rows as { organization_id: string; round_id: string; data: string }[]) {
        const data = JSON.parse(row.data) as {
          project: string;
          events: { type: string; payload?: { application?: { origin?: { session: string } } } }[];
        };
        const session = data.events.find((e) => e.type === 'application-saved')?.payload
          ?.application?.origin?.session;
        if (session === undefined) continue;
        await db
          .insertInto('application_origins')
          .values({
            organization_id: row.organization_id,
            session_id: session,
            round_id: row.round_id,
            application_id: data.project,
          })
          .execute();
      }
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('application_origins').execute();
    },
  },
  '0010-pb-certification': {
    // A PB election's count is certified once, after voting closed and every paper ballot was
    // reconciled: the outcome is final from then on and paper entries are refused. Null while
    // the count is provisional.
    async up(db: Kysely<any>) {
      await db.schema.alterTable('pb_elections').addColumn('certified_at', 'text').execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.alterTable('pb_elections').dropColumn('certified_at').execute();
    },
  },
};

/**
 * Brings a database to the newest schema. Safe to call from several instances at once:
 * Kysely's migrator takes a lock (an advisory lock on PostgreSQL) while it runs.
 *
 * @example
 * await migrateToLatest(db); // creates the tables on a fresh file, does nothing on a current one
 */
export async function migrateToLatest(db: Kysely<unknown>): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
    migrationTableName: 'qingyuan_migrations',
    migrationLockTableName: 'qingyuan_migrations_lock',
  });
  const result = await migrator.migrateToLatest();
  if (result.error !== undefined) {
    throw new MigrationError(result.error);
  }
  return result;
}

/** A migration failed; the database is left at the last migration that succeeded. */
export class MigrationError extends Error {
  override readonly name = 'MigrationError';
  constructor(cause: unknown) {
    super(`Database migration failed: ${(cause as Error)?.message ?? String(cause)}`, { cause });
  }
}
