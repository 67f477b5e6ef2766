// The one place that says how our tests, benches and smoke checks start Chromium: Debian's
// build (or CHROMIUM_PATH; never `npx playwright install`), headless, no sandbox (CI runs as
// root), no GPU, no background traffic, and a launch time limit that holds on a busy 2-core
// machine. Imported by the elements' Vitest config, its bench and CDN smoke test, the
// storybook and demo browser tests, and require-chromium.mjs. Plain JS with no dependencies,
// so every package can import it; types in chromium.d.mts.
import { accessSync, constants } from 'node:fs';

/** Where Chromium is: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** The flags every headless Chromium of ours runs with. */
export const chromiumArgs = Object.freeze([
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]);

/**
 * How long Playwright may take to start Chromium: 120 s instead of its 30 s, since start-up on
 * a 2-core machine with other work running took longer than 30 s (a limit against hangs).
 */
export const chromiumLaunchTimeout = 120_000;

/** Playwright launch options with all of the above: `chromium.launch(chromiumLaunchOptions())`. */
export function chromiumLaunchOptions() {
  return {
    executablePath: chromiumPath(),
    args: [...chromiumArgs],
    timeout: chromiumLaunchTimeout,
  };
}

/** The one line that says Chromium is missing and how to get it. */
export function chromiumNotFoundMessage(path = chromiumPath()) {
  return `Chromium not found at ${path}: install it with \`apt-get install chromium\` (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium binary.`;
}

/** Whether Chromium is there and executable. */
export function chromiumExists(path = chromiumPath()) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
