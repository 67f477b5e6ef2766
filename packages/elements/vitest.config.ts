import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { reporters, testTimeout } from '../../vitest.shared.mjs';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { stubEndpoint } from './src/testing/stub-endpoint';
import { boxStubEndpoint } from './src/testing/box-stub-endpoint';
import { emulateMediaCommand } from './src/testing/emulate-media-command';

export default defineConfig({
  plugins: [stubEndpoint(), boxStubEndpoint()],
  // React (for the wrapper tests) is pre-bundled up front, not discovered mid-run (a reload).
  optimizeDeps: { include: ['react', 'react-dom/client', '@lit/react', 'lit/static-html.js'] },
  test: {
    include: ['src/**/*.test.ts'],
    reporters,
    testTimeout,
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      // lets a test emulate print, reduced motion and forced colours (src/testing/media.ts)
      commands: { emulateMedia: emulateMediaCommand },
      instances: [{ browser: 'chromium' }],
      provider: playwright({ launchOptions: chromiumLaunchOptions() }),
      // The browser's page must connect back to Vitest within this time (Vitest's default is
      // 60 s, which a fresh `npm test` missed on a 2-core machine with other work running:
      // issue 19). A limit against hangs; Chromium's own launch limit is in scripts/chromium.mjs.
      connectTimeout: 180_000,
    },
  },
});
