/**
 * `@qingyuan/server/live`: change feeds that wake a meeting's event streams: in one process,
 * or across instances through PostgreSQL `LISTEN`/`NOTIFY`.
 *
 * @example
 * import { PostgresChangeFeed } from '@qingyuan/server/live';
 *
 * @packageDocumentation
 */
export { LocalChangeFeed, PostgresChangeFeed, type ChangeFeed } from '../live/change-feed.js';
