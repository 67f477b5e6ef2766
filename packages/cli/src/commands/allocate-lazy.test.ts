import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { staticImports } from '../../../../scripts/static-imports.mjs';

/** The files and packages a source file beside this test reaches by static value imports. */
function staticPackages(entry: string): { packages: Set<string>; files: Set<string> } {
  return staticImports(fileURLToPath(new URL(entry, import.meta.url)));
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
