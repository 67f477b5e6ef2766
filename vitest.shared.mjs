// Settings every package's Vitest config shares: the default console reporter for people, a
// JSON report in `reports/vitest.json` that `.ci/run` sums into its `tests:` line, and a
// per-test time limit generous enough for property-based tests on a busy 2-core machine
// (a limit against hangs, not a speed assertion: speed is measured by `npm run bench`).

/** @type {['default', ['json', { outputFile: string }]]} */
export const reporters = ['default', ['json', { outputFile: 'reports/vitest.json' }]];

export const testTimeout = 30_000;
