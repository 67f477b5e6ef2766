import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { spawnTimeout } from '../../../vitest.shared.mjs';

const bin = fileURLToPath(new URL('../bin/qingyuan.js', import.meta.url));
const recorder = fileURLToPath(new URL('./load-recorder/register.mjs', import.meta.url));
const fixture = (name: string) =>
  fileURLToPath(new URL(`./fixtures/meeting/${name}`, import.meta.url));

/** Runs the built command and returns the URLs of every module the process resolved. */
async function loadedBy(...argv: string[]): Promise<string[]> {
  const log = join(mkdtempSync(join(tmpdir(), 'qy-loads-')), 'loads.txt');
  writeFileSync(log, '');
  await promisify(execFile)('node', ['--import', recorder, bin, ...argv], {
    env: { ...process.env, QY_LOAD_LOG: log },
  }).catch((error: { code?: number }) => {
    if (typeof error.code !== 'number') throw error; // a usage error's exit code is fine here
  });
  return readFileSync(log, 'utf8').split('\n').filter(Boolean);
}

/** The server package or one of the libraries only it needs. */
const serverSide = /\/packages\/server\/|@qingyuan\/server|better-sqlite3|\/hono\/|\/pg\/|pdf/i;

describe('the server loads for `qingyuan serve` and `admin` only', () => {
  it(
    '--help, tally, serve --help and admin --help load core but not the server',
    { timeout: spawnTimeout },
    async () => {
      const runs = [
        ['--help'],
        ['tally', fixture('pilot-meeting.json'), fixture('pilot-ballots.json'), '--format', 'csv'],
        ['serve', '--help'],
        ['admin', '--help'],
      ];
      for (const argv of runs) {
        const loaded = await loadedBy(...argv);
        expect(loaded.some((url) => url.includes('/packages/cli/dist/'))).toBe(true);
        expect(loaded.filter((url) => serverSide.test(url))).toEqual([]);
      }
      const tally = await loadedBy(
        'tally',
        fixture('pilot-meeting.json'),
        fixture('pilot-ballots.json'),
      );
      expect(tally.some((url) => url.includes('/packages/core/dist/'))).toBe(true);
    },
  );

  it(
    'serve loads it (the recorder sees the server when it is loaded)',
    { timeout: spawnTimeout },
    async () => {
      // a bad --trust-proxy is refused by the server's own parser, after loading it, before listening
      const loaded = await loadedBy('serve', '--trust-proxy', 'not-a-proxy');
      expect(loaded.some((url) => url.includes('/packages/server/dist/'))).toBe(true);
    },
  );
});
