import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, it } from 'vitest';
import { openDatabase, type BallotBoxDatabase } from '../../src/db/open-database.js';

/** A database the suite runs against; `url` is set for PostgreSQL (a fresh database). */
export interface TestDatabase extends BallotBoxDatabase {
  /** Options that open the same database again (e.g. in a child process or 2nd instance). */
  options: { file: string } | { url: string };
  dispose(): Promise<void>;
}

export interface Backend {
  name: 'sqlite' | 'postgres';
  open(): Promise<TestDatabase>;
}

const databaseUrl = process.env.DATABASE_URL;

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

const sqlite: Backend = {
  name: 'sqlite',
  async open() {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'qingyuan-test-'));
    const options = { file: join(dir, 'ballots.db') };
    const store = await openDatabase(options);
    return {
      ...store,
      options,
      async dispose() {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

const postgres: Backend = {
  name: 'postgres',
  async open() {
    const name = `qy_test_${randomBytes(6).toString('hex')}`;
    await adminQuery(`CREATE DATABASE ${name}`);
    const url = new URL(databaseUrl!);
    url.pathname = `/${name}`;
    const options = { url: url.toString() };
    const store = await openDatabase(options);
    return {
      ...store,
      options,
      async dispose() {
        await store.close();
        await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      },
    };
  },
};

let warned = false;

/**
 * Runs the same suite on SQLite and on PostgreSQL. PostgreSQL runs when DATABASE_URL is set;
 * under CI=true a missing DATABASE_URL is a failing test, never a silent skip; locally the
 * PostgreSQL suite is skipped with a visible message.
 */
export function describeEachBackend(title: string, suite: (backend: Backend) => void): void {
  describe(`${title} [sqlite]`, () => suite(sqlite));
  if (databaseUrl !== undefined && databaseUrl !== '') {
    describe(`${title} [postgres]`, () => suite(postgres));
  } else if (process.env.CI === 'true' || process.env.CI === '1') {
    describe(`${title} [postgres]`, () => {
      it('has a PostgreSQL to run on', () => {
        throw new Error(
          'CI is set but DATABASE_URL is not: the PostgreSQL suite cannot run (source scripts/ci-services.sh)',
        );
      });
    });
  } else {
    if (!warned) {
      warned = true;
      console.warn(
        '\n[qingyuan/server] DATABASE_URL is not set: skipping the PostgreSQL suites (set it, e.g. via scripts/ci-services.sh, to run them)\n',
      );
    }
    describe.skip(`${title} [postgres] (DATABASE_URL not set)`, () => suite(postgres));
  }
}

/** Whether the PostgreSQL suites can run here. */
export const hasPostgres = databaseUrl !== undefined && databaseUrl !== '';
