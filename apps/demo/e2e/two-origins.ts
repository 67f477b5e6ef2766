import { spawn, type ChildProcess } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A `qingyuan serve` process, as an NGO runs it. */
export interface RunningBox {
  /** e.g. `http://127.0.0.1:40123` */
  url: string;
  /** The operator key the first start of an empty database prints once. */
  operatorKey: string;
  close(): Promise<void>;
}

/**
 * Starts the ballot box the way the docs tell an NGO to: the `qingyuan` command, `serve`, a
 * new SQLite file, a free port. Resolves once it prints the address it listens on and the
 * operator key of the empty database.
 *
 * @example
 * const box = await startBox('/tmp/qy/box.db');
 */
export function startBox(dbFile: string): Promise<RunningBox> {
  const bin = join(dirname(require.resolve('@qingyuan/cli/package.json')), 'bin', 'qingyuan.js');
  const child: ChildProcess = spawn(
    process.execPath,
    [bin, 'serve', '--db', dbFile, '--port', '0'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`qingyuan serve exited (${code}): ${output}`)));
    const onOutput = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      const operatorKey = /shown once[^\n]*\n(\S+)\n/.exec(output)?.[1];
      if (url === undefined || operatorKey === undefined) return;
      child.stdout?.off('data', onOutput);
      child.stdout?.resume();
      child.removeAllListeners('exit');
      resolve({
        url: url.replace(/\/$/, ''),
        operatorKey,
        close: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
            child.once('exit', () => {
              clearTimeout(kill);
              done();
            });
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout?.on('data', onOutput);
  });
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
};

/** An NGO's own web site: its pages, and the elements' CDN files copied beside them. */
export interface RunningSite {
  /** The site's origin, `http://localhost:PORT` — another origin than the box's 127.0.0.1. */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves `pages` (path → HTML) and the published CDN build of `@qingyuan/elements` under
 * `/qy/`, as an NGO hosting the files itself would.
 *
 * @example
 * const site = await startSite({ '/vote.html': '<qy-ballot …></qy-ballot>' });
 */
export async function startSite(pages: Record<string, string>): Promise<RunningSite> {
  const cdn = join(dirname(require.resolve('@qingyuan/elements/package.json')), 'dist', 'cdn');
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://site').pathname;
    const page = pages[path];
    if (page !== undefined) {
      response.writeHead(200, { 'content-type': types['.html']! });
      response.end(page);
      return;
    }
    const file = normalize(join(cdn, path.replace(/^\/qy\//, '')));
    if (!path.startsWith('/qy/') || !file.startsWith(cdn) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'text/plain' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
