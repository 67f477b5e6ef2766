import { defineConfig } from 'vitest/config';
import { reporters } from '../../vitest.shared.mjs';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'server/**/*.test.ts', 'e2e/**/*.test.ts'],
    reporters,
    // The end-to-end test starts the demo (Vite + ballot box) and drives Chromium.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // expect.poll waits up to 15 s (Vitest's default is 1 s, which a busy machine missed).
    expect: { poll: { timeout: 15_000 } },
  },
});
