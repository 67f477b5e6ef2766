import { UsageError } from '../io.js';

/** Where a command that opens the ballot box's database stores it: an SQLite file or a URL. */
export type DatabaseChoice = { file: string } | { url: string };

/**
 * The database named by `--db FILE` or `--database-url URL` (default: the file
 * `./qingyuan.db`), as `serve` and `admin` read them; a `UsageError` for both at once or a URL
 * that is not PostgreSQL's.
 *
 * @example
 * databaseFrom({ db: 'meeting.db' }); // { file: 'meeting.db' }
 * databaseFrom({ 'database-url': 'postgres://db/qy' }); // { url: 'postgres://db/qy' }
 */
export function databaseFrom(values: { db?: string; 'database-url'?: string }): DatabaseChoice {
  if (values.db !== undefined && values['database-url'] !== undefined) {
    throw new UsageError('use either --db FILE or --database-url URL, not both');
  }
  const url = values['database-url'];
  if (url !== undefined && !/^postgres(ql)?:\/\//.test(url)) {
    throw new UsageError(`--database-url must start with postgres:// (got "${url}")`);
  }
  return url !== undefined ? { url } : { file: values.db ?? './qingyuan.db' };
}

/**
 * Where the data is, in words for a message.
 *
 * @example
 * whereData({ file: 'meeting.db' }); // 'meeting.db'
 */
export function whereData(database: DatabaseChoice): string {
  return 'url' in database ? 'PostgreSQL' : database.file;
}
