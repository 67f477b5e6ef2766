// Extracts the ```ts blocks of a README and type-checks each one as its own module, under
// `strict`, the way a user's project would compile it (NodeNext resolution through the
// package's `exports`). Shared by readme-examples.test.ts (against the workspace build) and
// packed-tarball.test.ts (against the package installed from its tarball).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** One ```ts block: the line its fence opens on, and its code. */
export interface ReadmeBlock {
  readonly line: number;
  readonly code: string;
}

/** Every ```ts block of a Markdown file, in order. */
export function readmeBlocks(path: string): ReadmeBlock[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const blocks: ReadmeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() !== '```ts') continue;
    const start = i;
    const code: string[] = [];
    while (++i < lines.length && lines[i]!.trim() !== '```') code.push(lines[i]!);
    blocks.push({ line: start + 1, code: code.join('\n') });
  }
  return blocks;
}

/** The TypeScript compiler of the workspace (a user's project brings its own). */
export function tscPath(): string {
  return createRequire(import.meta.url).resolve('typescript/bin/tsc');
}

/**
 * Writes each block to `dir/readme-line-N.ts` (with an `export {}` so each is its own
 * module), a strict tsconfig and a `"type": "module"` package.json when `dir` has none, and
 * runs `tsc --noEmit`. Returns tsc's exit status and output.
 */
export function typecheckBlocks(
  dir: string,
  blocks: readonly ReadmeBlock[],
): { status: number | null; output: string } {
  mkdirSync(dir, { recursive: true });
  const files = blocks.map((block) => {
    const file = `readme-line-${block.line}.ts`;
    writeFileSync(join(dir, file), `${block.code}\n\nexport {};\n`);
    return file;
  });
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        lib: ['ES2022', 'DOM'],
        types: [],
        noEmit: true,
        skipLibCheck: false,
      },
      files,
    }),
  );
  const result = spawnSync(process.execPath, [tscPath(), '-p', join(dir, 'tsconfig.json')], {
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
