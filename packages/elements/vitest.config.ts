import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { reporters, testTimeout } from '../../vitest.shared.mjs';
import { ballotBoxEndpoint } from './ballot-box-endpoint';
import { stubEndpoint } from './stub-endpoint';
import { emulateMediaCommand } from './src/testing/emulate-media-command';

export default defineConfig({
  plugins: [stubEndpoint(), ballotBoxEndpoint()],
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
      provider: playwright({
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      }),
    },
  },
});
