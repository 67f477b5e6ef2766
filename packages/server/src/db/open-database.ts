import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { BallotBoxTables } from './database-schema.js';
import {
  WRITER_CHECKPOINT_PAGES,
  startBackgroundCheckpoints,
  type BackgroundCheckpoints,
} from './background-checkpoints.js';
import { migrateToLatest } from './migrations.js';
import { cachedStatements } from './statement-cache.js';
import { stageTimeline } from './stage-timings.js';

/** Where the ballot box stores its data: an SQLite file (default) or a PostgreSQL URL. */
export type DatabaseOptions = { file: string } | { url: string };

/** An open, migrated database with the dialect it speaks. */
export interface BallotBoxDatabase {
  readonly db: Kysely<BallotBoxTables>;
  readonly dialect: 'sqlite' | 'postgres';
  /** The PostgreSQL URL, when the dialect is PostgreSQL (for LISTEN/NOTIFY). */
  readonly url?: string;
  close(): Promise<void>;
}

/**
 * Opens (creating when needed) and migrates the ballot box's database. An SQLite file runs in
 * WAL mode with `synchronous=FULL`, so a committed ballot survives a crash of the process or
 * the machine; its WAL is checkpointed by a worker thread on a connection of its own
 * (`startBackgroundCheckpoints`), not inside the commits of the writing connection. A
 * PostgreSQL URL gets a connection pool.
 *
 * @example
 * const store = await openDatabase({ file: './qingyuan.db' });
 * // or: await openDatabase({ url: 'postgres://localhost:5432/qingyuan' });
 * await store.close();
 */
export async function openDatabase(options: DatabaseOptions): Promise<BallotBoxDatabase> {
  if ('url' in options) {
    const pool = new pg.Pool({ connectionString: options.url, max: 10 });
    // An idle client that loses its connection must not crash the process.
    pool.on('error', () => undefined);
    const db = new Kysely<BallotBoxTables>({ dialect: new PostgresDialect({ pool }) });
    try {
      await migrateToLatest(db as Kysely<unknown>);
    } catch (error) {
      await db.destroy();
      throw error;
    }
    return { db, dialect: 'postgres', url: options.url, close: () => db.destroy() };
  }
  const sqlite = new SQLite(options.file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Prepared statements are kept and reused by SQL text (Kysely prepares every query anew).
  const db = new Kysely<BallotBoxTables>({
    dialect: new SqliteDialect({ database: cachedStatements(sqlite) }),
  });
  try {
    await migrateToLatest(db as Kysely<unknown>);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  // An in-memory database has no WAL and cannot be opened by a second connection.
  const onDisk = options.file !== '' && options.file !== ':memory:' && !sqlite.memory;
  let checkpoints: BackgroundCheckpoints | undefined;
  if (onDisk) {
    if (stageTimeline !== null) stageTimeline.file = options.file;
    sqlite.pragma(`wal_autocheckpoint = ${WRITER_CHECKPOINT_PAGES}`);
    checkpoints = startBackgroundCheckpoints(options.file);
  }
  return {
    db,
    dialect: 'sqlite',
    async close() {
      await checkpoints?.stop();
      await db.destroy();
    },
  };
}
