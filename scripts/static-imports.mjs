// What a TypeScript source file loads at start-up: the files and packages it reaches by static
// value imports (`import … from` and `export … from`, not `import type`, not `import()`),
// following relative imports (`./x.js` is read as `./x.ts`). Used by the tests that keep a
// command or an entry point light (packages/cli's `allocate`, core's `@qingyuan/core/pabulib`).
// Plain JS with no dependencies; types in static-imports.d.mts.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const valueImport = /^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms;

/**
 * The files (absolute paths) and package specifiers reached from `entry`, an absolute path.
 *
 * @example
 * const { packages } = staticImports(fileURLToPath(new URL('./allocate.ts', import.meta.url)));
 */
export function staticImports(entry) {
  const files = new Set();
  const packages = new Set();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop();
    if (files.has(file)) continue;
    files.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(valueImport)) {
      const spec = match[1];
      if (spec.startsWith('.')) queue.push(join(dirname(file), spec.replace(/\.js$/, '.ts')));
      else packages.add(spec);
    }
  }
  return { files, packages };
}
