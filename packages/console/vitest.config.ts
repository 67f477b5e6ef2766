import { defineConfig } from 'vitest/config';
import { reporters, testTimeout } from '../../vitest.shared.mjs';

// Node tests: the console's modules (box client, export verifier) and its end-to-end walk in
// Chromium through playwright-core against a real ballot box.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    reporters,
    testTimeout,
    // expect.poll waits up to 15 s (Vitest's default is 1 s, which a busy machine missed).
    expect: { poll: { timeout: 15_000 } },
  },
});
