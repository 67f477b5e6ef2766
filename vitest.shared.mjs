// Settings every package's Vitest config shares: the default console reporter for people, a
// JSON report in `reports/vitest.json` that `.ci/run` sums into its `tests:` line, and time
// limits generous enough for a busy 2-core machine (limits against hangs, not speed
// assertions: speed is measured by `npm run bench`). `npm test` must pass with two CPU-bound
// processes running beside it (CONTRIBUTING.md, "Tests on a busy machine").

/** @type {['default', ['json', { outputFile: string }]]} */
export const reporters = ['default', ['json', { outputFile: 'reports/vitest.json' }]];

/** Per-test limit: property-based tests on a loaded 2-core machine. */
export const testTimeout = 30_000;

/**
 * Per-test limit for a test that starts a process (`node dist/bin.js …`): Node's own start-up,
 * module loading and a whole pipeline run, each several times slower while other processes hold
 * both cores.
 */
export const spawnTimeout = 120_000;

/**
 * Per-test limit for a test that walks a whole API or cycle (hundreds of requests in one test,
 * such as the OpenAPI walks over every operation): several times its quiet-machine time while
 * other processes hold both cores.
 */
export const walkTimeout = 120_000;
