import { defineConfig } from 'vitest/config';
import { reporters } from '../../vitest.shared.mjs';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    reporters,
    // Each story opens a fresh browser context; a cold static build may run first.
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
