import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Returns the directory of Storybook's static build, building it first when it is missing
 * (under turbo the `build` task has already made it; a bare `vitest run` may not have).
 *
 * @example
 * const dir = ensureStaticBuild('/repo/apps/storybook');
 */
export function ensureStaticBuild(appDir: string): string {
  const outDir = join(appDir, 'storybook-static');
  if (!existsSync(join(outDir, 'index.json'))) {
    execFileSync(
      join(appDir, 'node_modules', '.bin', 'storybook'),
      ['build', '--quiet', '--output-dir', outDir],
      { cwd: appDir, stdio: 'inherit' },
    );
  }
  return outDir;
}
