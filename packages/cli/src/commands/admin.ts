import { parseArgs } from 'node:util';
import { UsageError, type CliIO } from '../io.js';
import { databaseFrom, whereData } from './database-flags.js';

export const adminHelp = `Usage: qingyuan admin create-org NAME [--db FILE | --database-url URL]

Administers the ballot box's database directly (run it where the database is reachable).

  create-org NAME   creates an organisation and prints its operator key ONCE. The key
                    creates the organisation's meetings and collections and mints the
                    credentials of its people (POST /organizations/ID/credentials); only
                    its hash is stored, so keep it somewhere safe.

Options:
  --db FILE             SQLite file to use (default ./qingyuan.db; created when missing)
  --database-url URL    PostgreSQL to use instead, e.g. postgres://user@host:5432/qingyuan
  -h, --help            show this help
`;

/**
 * `qingyuan admin create-org NAME`: creates an organisation in the ballot box's database and
 * prints its id and its operator key (shown once). Returns 0.
 *
 * @example
 * await adminCommand(['create-org', 'Qingyuan NGO', '--db', 'box.db'], processIO);
 * // organisation "Qingyuan NGO" created: org-7K2Q9XWD1M3P … operator key (shown once): qyk_…
 */
export async function adminCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      'database-url': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(adminHelp);
    return 0;
  }
  const [action, ...rest] = positionals;
  if (action !== 'create-org') {
    throw new UsageError(
      action === undefined
        ? 'admin needs an action: qingyuan admin create-org NAME'
        : `unknown admin action "${action}"; run \`qingyuan admin --help\``,
    );
  }
  const name = rest.join(' ').trim();
  if (name === '') throw new UsageError('create-org needs the organisation’s NAME');
  if (name.length > 200)
    throw new UsageError('the organisation’s NAME is longer than 200 characters');
  const database = databaseFrom(values);
  // The server (database drivers) loads here, for `admin` only, as for `serve`.
  const { openDatabase, BallotBoxRepository } = await import('@qingyuan/server');
  const store = await openDatabase(database);
  try {
    const { organization, operatorKey } = await new BallotBoxRepository(store).createOrganization(
      name,
    );
    io.stdout(
      `qingyuan: organisation "${organization.name}" created with id ${organization.id} (data in ${whereData(database)})\n` +
        `qingyuan: its operator key (shown once, store it safely):\n${operatorKey}\n`,
    );
  } finally {
    await store.close();
  }
  return 0;
}
