// A process whose only work is to start and stop background checkpoints of an SQLite file:
// `node stop-checkpoints-process.mjs <file>`. Prints `stopped` once the stop has resolved.
import SQLite from 'better-sqlite3';
import { startBackgroundCheckpoints } from '../../src/db/background-checkpoints.js';

const file = process.argv[2]!;
const db = new SQLite(file);
db.pragma('journal_mode = WAL');
db.close();
await startBackgroundCheckpoints(file).stop();
process.stdout.write('stopped\n');
