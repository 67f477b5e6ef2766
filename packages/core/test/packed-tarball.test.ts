// The SDK as a new user gets it: `npm pack`, installed from the tarball into an empty folder
// (zod from the registry), then `require()` on Node ≥ 20.19, an ESM script that parses and
// tallies the pilot meeting, and the README's examples compiled under `strict`. Slow (an npm
// install); skipped, with the reason printed, only when the npm registry cannot be reached.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readmeBlocks, typecheckBlocks } from './readme-typecheck.js';

const core = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout: 150_000,
    // An empty folder outside the workspace: no workspace config may leak in.
    env: { ...process.env, npm_config_workspaces: undefined, NODE_OPTIONS: '' },
  });
}

function output(result: SpawnSyncReturns<string>): string {
  return `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`;
}

/** Why the registry cannot be used (printed when the test skips), or null when it can. */
function registryUnreachable(): string | null {
  const ping = spawnSync(npm, ['ping'], { encoding: 'utf8', timeout: 30_000 });
  if (ping.status === 0) return null;
  return `npm ping failed (status ${ping.status}): ${output(ping).trim().split('\n').slice(-2).join(' ')}`;
}

const unreachable = registryUnreachable();
if (unreachable !== null) {
  console.warn(`packed-tarball.test.ts skipped: the npm registry is unreachable — ${unreachable}`);
}

const root = mkdtempSync(join(tmpdir(), 'qingyuan-core-pack-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.skipIf(unreachable !== null)(
  '@qingyuan/core from its packed tarball, in an empty folder',
  () => {
    const app = join(root, 'app');

    it('installs, loads with require() and import, tallies the pilot, and compiles the README', () => {
      if (!existsSync(join(core, 'dist', 'index.js'))) {
        throw new Error('build @qingyuan/core first: npm run build -w @qingyuan/core');
      }
      // --ignore-scripts: pack the build on disk (prepack would rebuild dist/ under other tests).
      const pack = run(
        npm,
        ['pack', '--json', '--ignore-scripts', '--pack-destination', root],
        core,
      );
      expect(pack.status, output(pack)).toBe(0);
      const [{ filename }] = JSON.parse(pack.stdout) as [{ filename: string }];
      const tarball = join(root, filename);

      mkdirSync(app);
      writeFileSync(
        join(app, 'package.json'),
        JSON.stringify({ name: 'sdk-check', private: true, type: 'module' }),
      );
      const install = run(npm, ['install', '--no-audit', '--no-fund', tarball], app);
      expect(install.status, output(install)).toBe(0);

      // require(esm): the `default` condition of each entry.
      const required = run(
        process.execPath,
        [
          '-e',
          "const core = require('@qingyuan/core'); const ex = require('@qingyuan/core/examples');" +
            'console.log(typeof core.tally, core.tally(ex.pilotMeeting, ex.pilotBallots).ranking[0].project)',
        ],
        app,
      );
      expect(required.status, output(required)).toBe(0);
      expect(required.stdout.trim()).toBe('function jinhuali-home');

      // The tally subpath: the meeting index the root's checkBallot takes; not in the root.
      const tallyEntry = run(
        process.execPath,
        [
          '-e',
          "const core = require('@qingyuan/core'); const ex = require('@qingyuan/core/examples');" +
            "const { indexMeeting } = require('@qingyuan/core/tally'); const index = indexMeeting(ex.pilotMeeting);" +
            "console.log(index.projects.get('jinhuali-home'), core.checkBallot(ex.pilotMeeting, ex.pilotBallots[0], index).ok, 'indexMeeting' in core)",
        ],
        app,
      );
      expect(tallyEntry.status, output(tallyEntry)).toBe(0);
      expect(tallyEntry.stdout.trim()).toBe('0 true false');

      // ESM: parse the pilot meeting as a file would hold it, then tally it.
      writeFileSync(
        join(app, 'tally.mjs'),
        [
          "import { parseDocument, ReviewMeetingSchema, tally } from '@qingyuan/core';",
          "import { pilotBallots, pilotMeeting } from '@qingyuan/core/examples';",
          'const parsed = parseDocument(ReviewMeetingSchema, JSON.parse(JSON.stringify(pilotMeeting)));',
          "if (!parsed.ok) throw new Error('pilot meeting refused');",
          'const result = tally(parsed.value, JSON.parse(JSON.stringify(pilotBallots)));',
          "console.log(result.ranking.map((row) => `${row.project}=${row.exact.total}`).join(' '));",
        ].join('\n'),
      );
      const esm = run(process.execPath, ['tally.mjs'], app);
      expect(esm.status, output(esm)).toBe(0);
      expect(esm.stdout.trim()).toBe(
        'jinhuali-home=14/5 xinghuayuan-children=12/5 yuhuayuan-culture=13/10 jinhuiyuan-efamily=3/10',
      );

      // TypeScript, strict, NodeNext: the README's examples against the installed package.
      const { status, output: tsc } = typecheckBlocks(app, readmeBlocks(join(core, 'README.md')));
      expect(tsc).toBe('');
      expect(status).toBe(0);
    }, 180_000);
  },
);
