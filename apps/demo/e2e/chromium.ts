import { chromium, type Browser } from 'playwright';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';

/**
 * Launches Debian's Chromium (or `CHROMIUM_PATH`) headless, with the repository's one set of
 * flags (`scripts/chromium.mjs`).
 *
 * @example
 * const browser = await launchChromium();
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}
