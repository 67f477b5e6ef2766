import { defineConfig } from 'vitest/config';
import { reporters, testTimeout } from '../../vitest.shared.mjs';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    reporters,
    testTimeout,
  },
});
