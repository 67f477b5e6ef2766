import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** The packages a source file reaches by static value imports (not `import type`, not `import()`). */
function staticPackages(entry: string): { packages: Set<string>; files: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [fileURLToPath(new URL(entry, import.meta.url))];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)) {
      const spec = m[1]!;
      if (spec.startsWith('.')) queue.push(join(dirname(file), spec.replace(/\.js$/, '.ts')));
      else packages.add(spec);
    }
  }
  return { packages, files };
}

describe('qingyuan allocate loads little before it reads the file', () => {
  it("bin.ts loads the commands (and core's root) only when the command is not allocate", () => {
    const { files } = staticPackages('../bin.ts');
    expect([...files].map((f) => f.split('/src/')[1])).toEqual(['bin.ts', 'io.ts']);
  });

  it("allocate reaches core's zod-free entry only, and string-width only for --format table", () => {
    const { packages } = staticPackages('./allocate.ts');
    for (const name of staticPackages('../run-command.ts').packages) packages.add(name);
    const ours = [...packages].filter((name) => !name.startsWith('node:')).sort();
    expect(ours).toEqual(['@qingyuan/core/pabulib']);
  });
});
