import { EventEmitter } from 'node:events';
import pg from 'pg';

/**
 * Tells the server's open event streams that a meeting changed (a ballot arrived, voting
 * closed, results were published), so they push fresh turnout and ranking.
 */
export interface ChangeFeed {
  /** Announces a change of `meetingId` to every subscriber (on every instance). */
  publish(meetingId: string): Promise<void>;
  /** Calls `listener` on each change of `meetingId`; returns the unsubscribe function. */
  subscribe(meetingId: string, listener: () => void): () => void;
  close(): Promise<void>;
}

/**
 * A change feed inside one process: enough for SQLite, where one server owns the file.
 *
 * @example
 * const feed = new LocalChangeFeed();
 * const stop = feed.subscribe('m1', () => console.log('changed'));
 * await feed.publish('m1'); // logs 'changed'
 * stop();
 */
export class LocalChangeFeed implements ChangeFeed {
  protected readonly emitter = new EventEmitter();

  constructor() {
    this.emitter.setMaxListeners(0);
  }

  publish(meetingId: string): Promise<void> {
    this.emitter.emit(meetingId);
    return Promise.resolve();
  }

  subscribe(meetingId: string, listener: () => void): () => void {
    this.emitter.on(meetingId, listener);
    return () => this.emitter.off(meetingId, listener);
  }

  close(): Promise<void> {
    this.emitter.removeAllListeners();
    return Promise.resolve();
  }
}

/** The PostgreSQL channel the ballot box announces changes on. */
export const CHANGE_CHANNEL = 'qingyuan_changes';

/**
 * A change feed across every instance that shares one PostgreSQL: `publish` sends
 * `NOTIFY qingyuan_changes, '<meeting id>'`, and each instance keeps one connection that
 * `LISTEN`s and hands notifications to its local subscribers (its own included). A lost
 * listening connection is re-opened after a second.
 *
 * @example
 * const feed = await PostgresChangeFeed.connect('postgres://127.0.0.1/qingyuan');
 * feed.subscribe('m1', () => pushTurnout());
 */
export class PostgresChangeFeed extends LocalChangeFeed {
  private listener: pg.Client | undefined;
  private readonly notifier: pg.Pool;
  private closed = false;

  private constructor(private readonly url: string) {
    super();
    this.notifier = new pg.Pool({ connectionString: url, max: 2 });
    this.notifier.on('error', () => undefined);
  }

  /** Connects the listening session and returns the feed. */
  static async connect(url: string): Promise<PostgresChangeFeed> {
    const feed = new PostgresChangeFeed(url);
    await feed.listen();
    return feed;
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', (message) => {
      if (message.channel === CHANGE_CHANNEL && message.payload !== undefined) {
        this.emitter.emit(message.payload);
      }
    });
    client.on('error', () => {
      if (this.listener === client) this.listener = undefined;
      void client.end().catch(() => undefined);
      if (!this.closed) setTimeout(() => void this.listen().catch(() => undefined), 1000).unref();
    });
    await client.connect();
    await client.query(`LISTEN ${CHANGE_CHANNEL}`);
    this.listener = client;
  }

  /** Meetings announced in this turn of the event loop, sent together in the next. */
  private pending: { ids: Set<string>; sent: Promise<void> } | undefined;

  /**
   * Announces a change on every instance. Announcements of one turn of the event loop (a
   * group commit of ballots) are coalesced: one NOTIFY per meeting, in one statement.
   */
  override publish(meetingId: string): Promise<void> {
    if (this.pending === undefined) {
      const ids = new Set<string>();
      const sent = new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
        this.pending = undefined;
        await this.notifier.query('SELECT pg_notify($1, id) FROM unnest($2::text[]) AS ids(id)', [
          CHANGE_CHANNEL,
          [...ids],
        ]);
      });
      this.pending = { ids, sent };
    }
    this.pending.ids.add(meetingId);
    return this.pending.sent;
  }

  override async close(): Promise<void> {
    this.closed = true;
    await super.close();
    await this.listener?.end().catch(() => undefined);
    await this.notifier.end().catch(() => undefined);
  }
}
