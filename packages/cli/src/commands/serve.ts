import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { RunningServer } from '@qingyuan/server';
import { UsageError, type CliIO } from '../io.js';
import { databaseFrom, whereData } from './database-flags.js';

export const serveHelp = `Usage: qingyuan serve [--db FILE | --database-url URL] [--port N] [--host H]
                      [--trust-proxy N|LIST]

Starts the ballot box: an HTTP service that stores review meetings, voting codes, ballots,
survey responses and applications. With no flags it stores everything in ./qingyuan.db
(SQLite) and listens on http://127.0.0.1:8787. Stop it with Ctrl-C.

Creating meetings and collections needs an operator key. The first start of a database
without one prints an operator key for its organisation "default" ONCE: keep it. More
organisations: \`qingyuan admin create-org NAME\`. For development or a demo, the
environment variable QINGYUAN_OPERATOR_KEY (at least 24 characters) sets a key of the
organisation "default" instead.

The organizer console is at /console/ (http://127.0.0.1:8787/console/): sign in with the
operator key to create meetings, lock weights, print code sheets, open, close, publish,
export and verify in a browser, in zh-CN or en.

Options:
  --db FILE             SQLite file to use (default ./qingyuan.db; created when missing)
  --database-url URL    PostgreSQL to use instead, e.g. postgres://user@host:5432/qingyuan
  --port N              TCP port (default 8787; 0 picks a free one)
  --host H              interface to listen on (default 127.0.0.1; 0.0.0.0 for all)
  --trust-proxy N|LIST  behind a reverse proxy: read the voter's address for the rate limit
                        from X-Forwarded-For. N trusts that many proxy hops (1 for one nginx
                        or Caddy); LIST names the proxies' addresses or CIDR subnets, comma-
                        separated (loopback, linklocal and uniquelocal name the usual ranges).
                        Default: trust no proxy and ignore forwarding headers
  -h, --help            show this help
`;

/** What the server takes from X-Forwarded-For, in words. */
function trustedProxies(trust: number | string[]): string {
  if (trust === 0) return 'trusting no proxy: X-Forwarded-For is ignored';
  if (typeof trust === 'number') {
    return `client addresses from X-Forwarded-For behind ${trust} trusted proxy hop${trust === 1 ? '' : 's'}`;
  }
  return `client addresses from X-Forwarded-For behind the trusted proxies ${trust.join(', ')}`;
}

function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve();
    };
    process.on('SIGINT', done);
    process.on('SIGTERM', done);
  });
}

/**
 * `qingyuan serve`: runs the ballot box until `stop` resolves (by default, until SIGINT or
 * SIGTERM), then closes it and returns 0.
 *
 * @example
 * await serveCommand(['--db', 'meeting.db', '--port', '8080'], processIO);
 */
export async function serveCommand(
  args: string[],
  io: CliIO,
  stop: (server: RunningServer) => Promise<void> = waitForSignal,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      'database-url': { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      'trust-proxy': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(serveHelp);
    return 0;
  }
  if (positionals.length > 0) {
    throw new UsageError(`serve takes no arguments, got "${positionals[0]}"`);
  }
  const database = databaseFrom(values);
  const port = values.port === undefined ? 8787 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535 || !/^\d+$/.test(values.port ?? '0')) {
    throw new UsageError(`--port must be a whole number from 0 to 65535 (got "${values.port}")`);
  }
  const host = values.host ?? '127.0.0.1';
  // The server (database drivers, PDF, HTTP) loads here, for `serve` only: a static import made
  // every command, `--help` included, pay its start-up (about 1.5 s on a 2-core machine).
  const [{ startServer }, { parseTrustProxy, TrustProxyError }, { OperatorKeyError }] =
    await Promise.all([
      import('@qingyuan/server'),
      import('@qingyuan/server/http'),
      import('@qingyuan/server/storage'),
    ]);
  let trustProxy: number | string[] | undefined;
  if (values['trust-proxy'] !== undefined) {
    try {
      trustProxy = parseTrustProxy(values['trust-proxy']);
    } catch (error) {
      if (!(error instanceof TrustProxyError)) throw error;
      throw new UsageError(
        `--trust-proxy takes a number of proxy hops or proxy addresses/subnets (got "${values['trust-proxy']}")`,
      );
    }
  }
  const operatorKey = process.env.QINGYUAN_OPERATOR_KEY || undefined;

  let server: RunningServer;
  try {
    server = await startServer({
      database,
      port,
      host,
      ...(trustProxy !== undefined ? { trustProxy } : {}),
      ...(operatorKey !== undefined ? { operatorKey } : {}),
      consoleRoot: consoleRoot(),
    });
  } catch (error) {
    if (error instanceof OperatorKeyError) {
      throw new UsageError(`QINGYUAN_OPERATOR_KEY: ${error.message}`);
    }
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'EADDRINUSE') throw new UsageError(`port ${port} on ${host} is already in use`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
      throw new UsageError(`cannot listen on host "${host}"`);
    }
    throw error;
  }
  io.stdout(`qingyuan: ballot box listening on ${server.url} (data in ${whereData(database)})\n`);
  if (server.operatorKey !== undefined) {
    io.stdout(
      `qingyuan: operator key of the organisation "default" (shown once, store it safely):\n${server.operatorKey}\n`,
    );
  }
  if (trustProxy !== undefined) io.stdout(`qingyuan: ${trustedProxies(trustProxy)}\n`);
  io.stdout(`qingyuan: organizer console at ${server.url}/console/\n`);
  await stop(server);
  await server.close();
  io.stdout('qingyuan: ballot box stopped\n');
  return 0;
}

/** The built organizer console: the `dist/` of `@qingyuan/console`, installed with the command. */
function consoleRoot(): string | undefined {
  try {
    return fileURLToPath(new URL('./dist/', import.meta.resolve('@qingyuan/console/package.json')));
  } catch {
    return undefined; // not installed: /console/ says how to get it
  }
}
