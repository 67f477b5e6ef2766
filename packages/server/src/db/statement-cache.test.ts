import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cachedStatements } from './statement-cache.js';

describe('cachedStatements', () => {
  let sqlite: SQLite.Database;

  beforeEach(() => {
    sqlite = new SQLite(':memory:');
    sqlite.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)');
  });
  afterEach(() => {
    if (sqlite.open) sqlite.close();
  });

  it('prepares each SQL text once for all the queries Kysely runs with it', async () => {
    const prepare = vi.spyOn(sqlite, 'prepare');
    const db = new Kysely<{ t: { id: number; v: string } }>({
      dialect: new SqliteDialect({ database: cachedStatements(sqlite) }),
    });
    for (let i = 1; i <= 20; i++) {
      await db
        .insertInto('t')
        .values({ id: i, v: `v${i}` })
        .execute();
      expect(await db.selectFrom('t').select('v').where('id', '=', i).executeTakeFirst()).toEqual({
        v: `v${i}`,
      });
    }
    expect(prepare).toHaveBeenCalledTimes(2);
    await db.destroy();
    expect(sqlite.open).toBe(false);
  });

  it('gives a fresh statement while the kept one is still being iterated', () => {
    sqlite.exec("INSERT INTO t (v) VALUES ('a'), ('b'), ('c')");
    const cache = cachedStatements(sqlite);
    const text = 'SELECT v FROM t ORDER BY id';
    const outer: unknown[] = [];
    const inner: unknown[][] = [];
    const first = cache.prepare(text);
    for (const row of first.iterate([])) {
      outer.push(row);
      // The same SQL again while the kept statement is mid-iteration (a streamed query).
      const again = cache.prepare(text);
      expect(again).not.toBe(first);
      inner.push(again.all([]));
    }
    expect(outer).toEqual([{ v: 'a' }, { v: 'b' }, { v: 'c' }]);
    expect(inner).toEqual(Array.from({ length: 3 }, () => outer));
    expect(cache.prepare(text)).toBe(first); // idle again: reused
  });

  it('keeps at most `size` statements, dropping the least recently used', () => {
    const cache = cachedStatements(sqlite, 2);
    const prepare = vi.spyOn(sqlite, 'prepare');
    const a = cache.prepare('SELECT 1');
    cache.prepare('SELECT 2');
    expect(cache.prepare('SELECT 1')).toBe(a); // now the most recently used
    cache.prepare('SELECT 3'); // drops SELECT 2
    expect(cache.cached).toBe(2);
    expect(cache.prepare('SELECT 1')).toBe(a);
    cache.prepare('SELECT 2');
    expect(prepare).toHaveBeenCalledTimes(4);
  });

  it('still answers right after the schema changes under a kept statement', async () => {
    const db = new Kysely<{ t: Record<string, unknown> }>({
      dialect: new SqliteDialect({ database: cachedStatements(sqlite) }),
    });
    await db.insertInto('t').values({ v: 'x' }).execute();
    const all = () => db.selectFrom('t').selectAll().execute();
    expect(await all()).toEqual([{ id: 1, v: 'x' }]);
    await sql`ALTER TABLE t ADD COLUMN w TEXT DEFAULT 'new'`.execute(db);
    expect(await all()).toEqual([{ id: 1, v: 'x', w: 'new' }]);
    await db.destroy();
  });
});
