import { commands } from 'vitest/browser';
import type { EmulatedMedia } from './emulate-media-command.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateMedia: (options: EmulatedMedia) => Promise<void>;
  }
}

/**
 * Emulates CSS media on this test file's page (Playwright's `page.emulateMedia`, through the
 * `emulateMedia` browser command of `vitest.config.ts`) and waits a frame so styles are
 * recomputed. Pass `null` for a feature to go back to the real value.
 *
 * @example
 * await emulateMedia({ forcedColors: 'active' });
 * afterEach(() => emulateMedia({ media: null, reducedMotion: null, forcedColors: null }));
 */
export async function emulateMedia(options: EmulatedMedia): Promise<void> {
  await commands.emulateMedia(options);
  await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
}

/** Goes back to the real media on every feature `emulateMedia` can change. */
export async function resetMedia(): Promise<void> {
  await emulateMedia({ media: null, reducedMotion: null, forcedColors: null, colorScheme: null });
}
