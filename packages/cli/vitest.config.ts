import { defineConfig } from 'vitest/config';
import { reporters, spawnTimeout } from '../../vitest.shared.mjs';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    reporters,
    // The CLI's tests run whole commands on real Pabulib files and start `node` processes
    // (end to end through the built bin): on a loaded 2-core machine one ran past 30 s.
    testTimeout: spawnTimeout,
    // Commands follow LANG when --lang is absent: the tests expect the English default.
    env: { LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
  },
});
