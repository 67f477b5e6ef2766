import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { openDatabase, type BallotBoxDatabase, type DatabaseOptions } from './db/open-database.js';
import { createApp, type BallotBoxAppOptions } from './http/app.js';
import { compileTrustProxy, type TrustProxy } from './http/client-address.js';
import { LocalChangeFeed, PostgresChangeFeed, type ChangeFeed } from './live/change-feed.js';
import { BallotBoxRepository } from './storage/repository.js';

/** Options of {@link startServer}. */
export interface StartServerOptions extends Omit<
  BallotBoxAppOptions,
  'repository' | 'feed' | 'trustProxy'
> {
  /**
   * Which reverse proxies may name the client in `X-Forwarded-For` (used for the per-address
   * rate limit): the number of proxy hops in front of the server, or their addresses and CIDR
   * subnets, as Express's `trust proxy` (see {@link TrustProxy}). Default: none, so the client
   * is the connection's peer and forwarding headers are ignored.
   */
  trustProxy?: TrustProxy;
  /** An SQLite file or a PostgreSQL URL (default: the file `./qingyuan.db`). */
  database?: DatabaseOptions;
  /** TCP port (default 8787; 0 picks a free one). */
  port?: number;
  /** Interface to listen on (default `127.0.0.1`: loopback only). */
  host?: string;
}

/** A running ballot box. */
export interface RunningServer {
  /** Base URL, e.g. `http://127.0.0.1:8787`. */
  url: string;
  port: number;
  store: BallotBoxDatabase;
  /** Stops listening, ends open connections (event streams too) and closes the database. */
  close(): Promise<void>;
}

/**
 * Opens (and migrates) the database and serves the ballot box over HTTP. With a PostgreSQL
 * URL, live event streams follow ballots cast on every instance sharing the database.
 *
 * @example
 * const server = await startServer({ database: { file: './qingyuan.db' }, port: 0 });
 * console.log(server.url); // http://127.0.0.1:41234
 * await server.close();
 */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const {
    database = { file: './qingyuan.db' },
    port = 8787,
    host = '127.0.0.1',
    trustProxy,
    ...appOptions
  } = options;
  // Checked before the database opens: a mistyped proxy address fails at start, not per request.
  const trust = compileTrustProxy(trustProxy);
  const store = await openDatabase(database);
  let feed: ChangeFeed;
  try {
    feed =
      'url' in database ? await PostgresChangeFeed.connect(database.url) : new LocalChangeFeed();
  } catch (error) {
    await store.close();
    throw error;
  }
  const app = createApp({
    ...appOptions,
    repository: new BallotBoxRepository(store),
    feed,
    trustProxy: trust,
  });
  const server = await new Promise<Server>((resolve, reject) => {
    const started = serve({ fetch: app.fetch, port, hostname: host }, () =>
      resolve(started as Server),
    ) as Server;
    started.once('error', reject);
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}`,
    port: address.port,
    store,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await feed.close();
      await store.close();
    },
  };
}
