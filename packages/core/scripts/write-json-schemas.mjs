// Writes every published document schema to dist/schemas/<Name>.json after the build.
import { mkdirSync, writeFileSync } from 'node:fs';
import { documentSchemaNames, toJSONSchema } from '../dist/index.js';

const dir = new URL('../dist/schemas/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const name of documentSchemaNames()) {
  writeFileSync(new URL(`${name}.json`, dir), `${JSON.stringify(toJSONSchema(name), null, 2)}\n`);
}
console.log(`wrote ${documentSchemaNames().length} JSON Schemas to dist/schemas/`);
