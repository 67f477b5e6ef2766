import { chromium, type Browser } from 'playwright';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';

/**
 * Launches Debian's Chromium (or `CHROMIUM_PATH`) headless with the repository's one set of
 * flags (`scripts/chromium.mjs`); Playwright gives it a fresh profile.
 *
 * @example
 * const browser = await launchChromium();
 * await browser.close();
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}
