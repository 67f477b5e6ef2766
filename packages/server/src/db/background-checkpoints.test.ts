import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bundledScript } from '../../test/support/child-server.js';
import { BallotBoxRepository } from '../storage/repository.js';
import {
  WRITER_CHECKPOINT_PAGES,
  startBackgroundCheckpoints,
  withoutModuleTypeFlags,
} from './background-checkpoints.js';
import { openDatabase, type BallotBoxDatabase } from './open-database.js';

describe('background checkpoints of an SQLite file', () => {
  let dir: string;
  let file: string;
  let store: BallotBoxDatabase | undefined;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'qingyuan-checkpoints-'));
    file = join(dir, 'ballots.db');
  });
  afterEach(async () => {
    await store?.close();
    store = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  /** Pages committed to the WAL and not yet copied into the database file. */
  async function writeAboutPages(pages: number): Promise<void> {
    const repo = new BallotBoxRepository(store!);
    const { record } = await repo.createCollection({
      kind: 'survey-responses',
      schemaName: null,
      corsOrigins: [],
    });
    // One item of ~8 KB is two or three pages; each is its own commit.
    for (let i = 0; i < pages / 2; i++) {
      await repo.addItem(record.id, { text: String(i).padEnd(8000, 'x') });
    }
  }

  it('leaves the WAL to a worker thread: the writing connection checkpoints only far later', async () => {
    store = await openDatabase({ file });
    const setting = await sql<{
      wal_autocheckpoint: number;
    }>`PRAGMA wal_autocheckpoint`.execute(store.db);
    expect(setting.rows[0]?.wal_autocheckpoint).toBe(WRITER_CHECKPOINT_PAGES);
  });

  it('copies committed pages into the database file while the writer goes on', async () => {
    store = await openDatabase({ file });
    const before = statSync(file).size;
    // ~600 pages: fewer than the writer's own threshold, so only the worker copies them.
    await writeAboutPages(600);
    await vi.waitFor(() => expect(statSync(file).size).toBeGreaterThan(before + 400 * 4096), {
      timeout: 10_000,
      interval: 50,
    });
    // Every committed item is readable after the copy.
    const items = await sql<{ n: number }>`SELECT count(*) AS n FROM collection_items`.execute(
      store.db,
    );
    expect(items.rows[0]?.n).toBe(300);
  });

  it('stops its thread and closes its connection when asked', async () => {
    store = await openDatabase({ file });
    const extra = startBackgroundCheckpoints(file, 10);
    await expect(extra.stop()).resolves.toBeUndefined();
  });

  it('starts no thread for an in-memory database', async () => {
    store = await openDatabase({ file: ':memory:' });
    const setting = await sql<{
      wal_autocheckpoint: number;
    }>`PRAGMA wal_autocheckpoint`.execute(store.db);
    expect(setting.rows[0]?.wal_autocheckpoint).toBe(1000);
  });
});

it('keeps a process that only waits for the stop alive until the thread has ended', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'qingyuan-checkpoints-'));
  try {
    // A child whose only pending work is the stop: with the thread unreferenced while it
    // stops, Node would end the child early (exit code 13, an unsettled top-level await).
    const script = await bundledScript(
      new URL('../../test/support/stop-checkpoints-process.ts', import.meta.url).pathname,
    );
    const child = spawnSync(process.execPath, [script, join(dir, 'x.db')], { encoding: 'utf8' });
    expect(child.stdout.trim()).toBe('stopped');
    expect(child.status).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it('checkpoints in a process started with --input-type=module (the thread reads CommonJS)', async () => {
  // The server bench starts the box with `node --input-type=module -e …`; the thread inherited
  // the flag, could not run its CommonJS source and died silently: no background checkpoint.
  const dir = mkdtempSync(join(tmpdir(), 'qingyuan-checkpoints-'));
  try {
    const script = await bundledScript(
      new URL('../../test/support/checkpoint-copies-process.ts', import.meta.url).pathname,
    );
    const load = `await import(${JSON.stringify(pathToFileURL(script).href)});`;
    const child = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', load, join(dir, 'x.db')],
      { encoding: 'utf8' },
    );
    expect(child.stderr).not.toContain('background WAL checkpoints stopped');
    expect(child.stdout.trim()).toBe('copied');
    expect(child.status).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 30_000);

it("drops only the flags that make eval'd code an ES module", () => {
  expect(
    withoutModuleTypeFlags([
      '--input-type=module',
      '--max-old-space-size=100',
      '--input-type',
      'module',
      '--experimental-default-type=module',
      '--trace-gc',
    ]),
  ).toEqual(['--max-old-space-size=100', '--trace-gc']);
});
