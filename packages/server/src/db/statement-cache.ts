import type { Database, Statement } from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/** How many prepared statements {@link cachedStatements} keeps by default. */
export const STATEMENT_CACHE_SIZE = 500;

/**
 * The better-sqlite3 connection as Kysely's `SqliteDialect` sees it, with its prepared
 * statements kept and reused by SQL text. Kysely's SQLite driver calls `prepare(sql)` for
 * every query it runs, so without this SQLite parses and plans the same handful of statements
 * for every group of ballots (about 5% of the server's time on the ballot path). A statement
 * is reused only when it is idle: one still being iterated (a streamed query) is not handed
 * out twice, a fresh one is prepared instead. The least recently used statement is dropped past
 * `size` entries (statements with a long `IN (…)` list differ by their length). SQLite
 * re-prepares a kept statement by itself after a schema change.
 *
 * @example
 * const sqlite = new SQLite('./qingyuan.db');
 * const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: cachedStatements(sqlite) }) });
 */
export function cachedStatements(
  database: Database,
  size = STATEMENT_CACHE_SIZE,
): SqliteDatabase & { readonly cached: number } {
  const statements = new Map<string, Statement>();
  return {
    get cached() {
      return statements.size;
    },
    close() {
      statements.clear();
      database.close();
    },
    prepare(sql: string) {
      const kept = statements.get(sql);
      if (kept !== undefined && !kept.busy) {
        // Most recently used last: a Map iterates in insertion order.
        statements.delete(sql);
        statements.set(sql, kept);
        return kept;
      }
      const statement = database.prepare(sql);
      if (kept === undefined) {
        statements.set(sql, statement);
        if (statements.size > size) statements.delete(statements.keys().next().value!);
      }
      return statement;
    },
  };
}
