// Runs every benchmark (`*.bench.mjs`) in a package's bench folder one after the other against
// the built package. Each prints its own times and its ratio to a floor measured in the same run.
// Usage (from a package): node ../../scripts/run-benches.mjs bench [NAME-FILTER]
import { readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const dir = pathToFileURL(`${resolve(process.argv[2] ?? 'bench')}/`);
const only = process.argv[3];
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.bench.mjs'))
  .sort()) {
  if (only && !file.includes(only)) continue;
  console.log(`\n# ${file}`);
  await import(new URL(file, dir).href);
}
