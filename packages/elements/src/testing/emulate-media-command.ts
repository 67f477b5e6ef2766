import type {} from '@vitest/browser-playwright';
import type { BrowserCommand } from 'vitest/node';

/** What the `emulateMedia` command passes to Playwright's `page.emulateMedia` (null resets). */
export interface EmulatedMedia {
  media?: 'screen' | 'print' | null;
  reducedMotion?: 'reduce' | 'no-preference' | null;
  forcedColors?: 'active' | 'none' | null;
  colorScheme?: 'light' | 'dark' | 'no-preference' | null;
}

/**
 * A Vitest browser command (runs in Node, registered in `vitest.config.ts`) that emulates CSS
 * media features on the test's page with Playwright's `page.emulateMedia`: print, reduced
 * motion, forced colours. Each test file has its own page, so it touches no other file's tests.
 * Call it from a test through `emulateMedia()` in `./media.ts`.
 */
export const emulateMediaCommand: BrowserCommand<[options: EmulatedMedia]> = async (
  context,
  options,
) => {
  if (context.provider.name !== 'playwright') {
    throw new Error(`emulateMedia needs the playwright provider, not ${context.provider.name}`);
  }
  await context.page.emulateMedia(options);
};
