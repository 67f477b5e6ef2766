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
  /**
   * An operator key of the `default` organisation that this start makes valid (stored as its
   * hash when new), for development and demo setups that pass it in `QINGYUAN_OPERATOR_KEY`: at
   * least 24 characters without spaces, else `startServer` throws `OperatorKeyError`. Without
   * it, the first start of a database that has no operator key mints one (see
   * {@link RunningServer.operatorKey}).
   */
  operatorKey?: string;
}

/** A running ballot box. */
export interface RunningServer {
  /** Base URL, e.g. `http://127.0.0.1:8787`. */
  url: string;
  port: number;
  store: BallotBoxDatabase;
  /**
   * The operator key of the `default` organisation minted by this start, because the database
   * had none (its first start, or the first after the upgrade that added organisations): shown
   * once, here, and stored only as a hash. `undefined` on every later start.
   */
  operatorKey?: string;
  /** Stops listening, ends open connections (event streams too) and closes the database. */
  close(): Promise<void>;
}

/**
 * Opens (and migrates) the database and serves the ballot box over HTTP. With a PostgreSQL
 * URL, live event streams follow ballots cast on every instance sharing the database. A
 * database without any operator key gets one for its `default` organisation, answered once as
 * `operatorKey` (print it for the operator).
 *
 * @example
 * const server = await startServer({ database: { file: './qingyuan.db' }, port: 0 });
 * console.log(server.url); // http://127.0.0.1:41234
 * if (server.operatorKey) console.log(`Operator key (shown once): ${server.operatorKey}`);
 * await server.close();
 */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const {
    database = { file: './qingyuan.db' },
    port = 8787,
    host = '127.0.0.1',
    trustProxy,
    operatorKey: givenKey,
    ...appOptions
  } = options;
  // Checked before the database opens: a mistyped proxy address fails at start, not per request.
  const trust = compileTrustProxy(trustProxy);
  const store = await openDatabase(database);
  const repository = new BallotBoxRepository(store);
  let feed: ChangeFeed;
  let operatorKey: string | undefined;
  try {
    operatorKey = await repository.ensureOperator(givenKey);
    feed =
      'url' in database ? await PostgresChangeFeed.connect(database.url) : new LocalChangeFeed();
  } catch (error) {
    await store.close();
    throw error;
  }
  const app = createApp({
    ...appOptions,
    repository,
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
    ...(operatorKey !== undefined ? { operatorKey } : {}),
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
