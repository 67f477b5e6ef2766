import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readmeBlocks, typecheckBlocks } from './readme-typecheck.js';

const core = fileURLToPath(new URL('..', import.meta.url));
const readme = join(core, 'README.md');

// Inside the package, so `@qingyuan/core` resolves through the workspace link and the
// package's own `exports`, to the built `dist/` as an installed copy would.
const dir = mkdtempSync(join(core, '.readme-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('README examples', () => {
  const blocks = readmeBlocks(readme);

  it('has TypeScript examples to check', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(6);
  });

  it('every ```ts block of the README compiles under strict against the built package', () => {
    if (!existsSync(join(core, 'dist', 'index.d.ts'))) {
      throw new Error('build @qingyuan/core first: npm run build -w @qingyuan/core');
    }
    writeFileSync(join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
    const { status, output } = typecheckBlocks(dir, blocks);
    // Each error names readme-line-N.ts: N is the README line of the block's fence.
    expect(output).toBe('');
    expect(status).toBe(0);
    // A whole tsc run: it took 157 s on a 2-core machine also running three helpers' builds
    // and tests, so the limit is set for a busy contributor's laptop, not for an idle one.
  }, 600_000);
});
