import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
} from 'playwright';
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

/**
 * A fresh browser context whose navigations and waits may take two minutes instead of
 * Playwright's 30 s: on a busy 2-core machine a story's page took longer than that to load.
 * A limit against hangs, not a speed requirement.
 *
 * @example
 * const context = await newContext(browser, { viewport: { width: 360, height: 800 } });
 */
export async function newContext(
  browser: Browser,
  options?: BrowserContextOptions,
): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(120_000);
  return context;
}
