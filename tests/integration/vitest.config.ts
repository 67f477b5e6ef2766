import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { reporters, testTimeout } from '../../vitest.shared.mjs';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { ballotBoxEndpoint } from './ballot-box-endpoint';

// The built elements in Chromium against the real ballot box, which runs inside the Vitest
// server at /__box/ (ballot-box-endpoint.ts).
export default defineConfig({
  plugins: [ballotBoxEndpoint()],
  test: {
    include: ['src/**/*.test.ts'],
    reporters,
    testTimeout,
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      instances: [{ browser: 'chromium' }],
      provider: playwright({ launchOptions: chromiumLaunchOptions() }),
      // A limit against hangs, long enough for a busy 2-core machine (issue 19).
      connectTimeout: 180_000,
    },
  },
});
