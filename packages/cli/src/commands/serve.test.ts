import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../cli.js';
import type * as server from '@qingyuan/server';
import type { CliIO } from '../io.js';
import { serveCommand } from './serve.js';

/** The options each startServer call received (the real server still starts). */
const started = vi.hoisted(() => [] as Record<string, unknown>[]);
vi.mock('@qingyuan/server', async (importOriginal) => {
  const actual = await importOriginal<typeof server>();
  return {
    ...actual,
    startServer: (options: Parameters<typeof actual.startServer>[0] = {}) => {
      started.push(options as Record<string, unknown>);
      return actual.startServer(options);
    },
  };
});

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
    let anonymous = 0;
    let operatorKey = '';
    const code = await serveCommand(['--db', file, '--port', '0'], io, async (server) => {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      // The first start of the empty database printed its operator key, once.
      operatorKey = out.stdout.match(/shown once, store it safely\):\n(qyk_\S+)\n/)?.[1] ?? '';
      const create = (headers: Record<string, string>) =>
        fetch(`${server.url}/meetings`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ meeting }),
        });
      anonymous = (await create({})).status;
      created = (await create({ authorization: `Bearer ${operatorKey}` })).status;
    });
    expect(code).toBe(0);
    expect(operatorKey).toMatch(/^qyk_/);
    expect(anonymous).toBe(401);
    expect(created).toBe(201);
    expect(out.stdout).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+ \(data in .*meeting\.db\)/);
    expect(out.stdout).toMatch(/organizer console at http:\/\/127\.0\.0\.1:\d+\/console\//);
    expect(out.stdout).toContain('stopped');
    expect(existsSync(file)).toBe(true);

    // The data outlives the process: a second run on the same file finds the meeting, and
    // prints no operator key.
    const again = capture();
    await serveCommand(['--db', file, '--port', '0'], again.io, async (server) => {
      const res = await fetch(`${server.url}/meetings/serve-test`);
      expect(res.status).toBe(200);
    });
    expect(again.out.stdout).not.toContain('operator key');
  });

  it('takes the operator key of QINGYUAN_OPERATOR_KEY (a demo setup) and refuses a weak one', async () => {
    const key = 'demo-operator-key-for-tests-0123';
    vi.stubEnv('QINGYUAN_OPERATOR_KEY', key);
    try {
      const { out, io } = capture();
      let status = 0;
      await serveCommand(['--db', join(dir, 'demo.db'), '--port', '0'], io, async (server) => {
        const res = await fetch(`${server.url}/meetings`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
          body: JSON.stringify({ meeting }),
        });
        status = res.status;
      });
      expect(status).toBe(201);
      expect(out.stdout).not.toContain('operator key');
      vi.stubEnv('QINGYUAN_OPERATOR_KEY', 'too-short');
      const weak = capture();
      expect(await main(['serve', '--db', join(dir, 'weak.db'), '--port', '0'], weak.io)).toBe(2);
      expect(weak.out.stderr).toMatch(/QINGYUAN_OPERATOR_KEY: .*at least 24 characters/);
    } finally {
      vi.unstubAllEnvs();
    }
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
      [['--trust-proxy', 'proxy.internal'], /--trust-proxy takes a number of proxy hops/],
      [['--trust-proxy', '10.0.0.0/33'], /--trust-proxy takes a number of proxy hops/],
      [['--trust-proxy=-1'], /--trust-proxy takes a number of proxy hops/],
    ];
    for (const [args, message] of cases) {
      const { out, io } = capture();
      expect(await main(['serve', ...args], io)).toBe(2);
      expect(out.stderr).toMatch(message);
      expect(out.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('trusts no proxy unless --trust-proxy names a hop count or the proxies', async () => {
    const db = join(dir, 'proxy.db');
    started.length = 0;
    const runs: [string[], unknown, RegExp | undefined][] = [
      [[], undefined, undefined],
      [['--trust-proxy', '1'], 1, /behind 1 trusted proxy hop\n/],
      [
        ['--trust-proxy', 'loopback, 10.0.0.0/8'],
        ['loopback', '10.0.0.0/8'],
        /behind the trusted proxies loopback, 10\.0\.0\.0\/8\n/,
      ],
    ];
    for (const [flags, trustProxy, said] of runs) {
      const { out, io } = capture();
      const code = await serveCommand(['--db', db, '--port', '0', ...flags], io, async (server) => {
        // The server behind the flag answers, forwarding headers or not.
        const res = await fetch(`${server.url}/healthz`, {
          headers: { 'x-forwarded-for': '198.51.100.1, 203.0.113.7' },
        });
        expect(res.status).toBe(200);
      });
      expect(code).toBe(0);
      expect(started.at(-1)?.trustProxy).toEqual(trustProxy);
      if (said === undefined) expect(out.stdout).not.toContain('X-Forwarded-For');
      else expect(out.stdout).toMatch(said);
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
