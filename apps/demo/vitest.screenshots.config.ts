import { defineConfig } from 'vitest/config';

// Screenshots for people to look at (see e2e/screenshots.shot.ts); not a test suite.
export default defineConfig({
  test: { environment: 'node', include: ['e2e/**/*.shot.ts'], testTimeout: 300_000 },
});
