// A process that writes ~600 pages to an SQLite file and waits for the background checkpoints
// to copy them into the database file: `node checkpoint-copies-process.mjs <file>` (also run
// as `node --input-type=module -e "await import(…)" <file>`). Prints `copied` or `not copied`.
import { statSync } from 'node:fs';
import { openDatabase } from '../../src/db/open-database.js';
import { BallotBoxRepository } from '../../src/storage/repository.js';

const file = process.argv.at(-1)!;
const store = await openDatabase({ file });
const before = statSync(file).size;
const repo = new BallotBoxRepository(store);
const { record } = await repo.createCollection({
  kind: 'survey-responses',
  schemaName: null,
  corsOrigins: [],
});
// One item of ~8 KB is two or three pages, each its own commit: fewer pages in all than the
// writer's own threshold, so only the background thread copies them.
for (let i = 0; i < 300; i++) await repo.addItem(record.id, { text: String(i).padEnd(8000, 'x') });
const copied = () => statSync(file).size > before + 400 * 4096;
const deadline = Date.now() + 10_000;
while (!copied() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
process.stdout.write(copied() ? 'copied\n' : 'not copied\n');
await store.close();
