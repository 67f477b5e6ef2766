// Runs every benchmark in this folder (`*.bench.mjs`) one after the other against the built
// package. Each prints its own times and its ratio to a floor measured in the same run.
import { readdirSync } from 'node:fs';

const dir = new URL('./', import.meta.url);
const only = process.argv[2];
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.bench.mjs'))
  .sort()) {
  if (only && !file.includes(only)) continue;
  console.log(`\n# ${file}`);
  await import(new URL(file, dir).href);
}
