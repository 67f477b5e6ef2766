// Browser tests run in real Chromium. When it is missing, say how to get it in one line
// instead of letting Playwright print a stack trace.
import { accessSync, constants } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
try {
  accessSync(path, constants.X_OK);
} catch {
  console.error(
    `Chromium not found at ${path}: install it with \`apt-get install chromium\` (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium binary.`,
  );
  process.exit(1);
}
