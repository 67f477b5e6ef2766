import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../cli.js';
import type { CliIO } from '../io.js';
import { serveCommand } from './serve.js';

function capture() {
  const out = { stdout: '', stderr: '' };
  const io: CliIO = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
  };
  return { out, io };
}

const meeting = {
  id: 'serve-test',
  criteria: [{ id: 'public-benefit', name: '公益性', weight: 1 }],
  method: { type: 'approval' },
  projects: [],
  voters: [],
};

describe('qingyuan serve', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'qingyuan-serve-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('serves the ballot box on the given SQLite file until stopped', async () => {
    const { out, io } = capture();
    const file = join(dir, 'meeting.db');
    let created = 0;
    const code = await serveCommand(['--db', file, '--port', '0'], io, async (server) => {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const res = await fetch(`${server.url}/meetings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ meeting }),
      });
      created = res.status;
    });
    expect(code).toBe(0);
    expect(created).toBe(201);
    expect(out.stdout).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+ \(data in .*meeting\.db\)/);
    expect(out.stdout).toContain('stopped');
    expect(existsSync(file)).toBe(true);

    // The data outlives the process: a second run on the same file finds the meeting.
    await serveCommand(['--db', file, '--port', '0'], capture().io, async (server) => {
      const res = await fetch(`${server.url}/meetings/serve-test`);
      expect(res.status).toBe(200);
    });
  });

  it('stores in ./qingyuan.db when given no database flag', async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      await serveCommand(['--port', '0'], capture().io, async () => undefined);
    } finally {
      process.chdir(cwd);
    }
    expect(existsSync(join(dir, 'qingyuan.db'))).toBe(true);
  });

  it('rejects conflicting or malformed flags with one line and exit code 2', async () => {
    const cases: [string[], RegExp][] = [
      [
        ['--db', 'a.db', '--database-url', 'postgres://x/y'],
        /either --db FILE or --database-url URL/,
      ],
      [['--port', '70000'], /--port must be a whole number/],
      [['--port', 'abc'], /--port must be a whole number/],
      [['--database-url', 'mysql://x'], /must start with postgres:\/\//],
      [['extra'], /takes no arguments/],
    ];
    for (const [args, message] of cases) {
      const { out, io } = capture();
      expect(await main(['serve', ...args], io)).toBe(2);
      expect(out.stderr).toMatch(message);
      expect(out.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('says so when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const { out, io } = capture();
      const code = await main(['serve', '--db', join(dir, 'x.db'), '--port', String(port)], io);
      expect(code).toBe(2);
      expect(out.stderr).toBe(`qingyuan: port ${port} on 127.0.0.1 is already in use\n`);
    } finally {
      blocker.close();
    }
  });

  it('prints its help', async () => {
    const { out, io } = capture();
    expect(await main(['serve', '--help'], io)).toBe(0);
    expect(out.stdout).toContain('--database-url URL');
  });
});
