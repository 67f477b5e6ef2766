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
