/**
 * Settings every package's Vitest config shares: the default console reporter for people,
 * and a JSON report in `reports/vitest.json` that `.ci/run` sums into its `tests:` line.
 */
export const reporters: ['default', ['json', { outputFile: string }]] = [
  'default',
  ['json', { outputFile: 'reports/vitest.json' }],
];
