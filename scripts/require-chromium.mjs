// Browser tests run in real Chromium. When it is missing, say how to get it in one line
// instead of letting Playwright print a stack trace.
import { chromiumExists, chromiumNotFoundMessage } from './chromium.mjs';

if (!chromiumExists()) {
  console.error(chromiumNotFoundMessage());
  process.exit(1);
}
