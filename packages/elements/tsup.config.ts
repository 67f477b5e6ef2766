import { defineConfig } from 'tsup';

/**
 * The npm build in `dist/`: one ES module per source module, at the same path (`src/ballot/ballot.ts`
 * → `dist/ballot/ballot.js`), with its declarations. Not bundled on purpose: a shared chunk
 * would mix the registering code of `src/define/*` with the classes and helpers, so a bundler
 * could not drop it (see `sideEffects` in package.json, which lists only `dist/define/*.js` and
 * `dist/react/index.js`). Here only those modules call `defineElement`; importing a class
 * (`@qingyuan/elements/ballot.js`) or a helper (`formatMoney`) brings in no other element, and
 * `custom-elements.json` can name the module a class is published in.
 * `scripts/tree-shaking.mjs` checks this on every test run.
 */
export default defineConfig({
  entry: [
    'src/**/*.ts',
    '!src/**/*.test.ts',
    '!src/**/*.stories.ts',
    '!src/**/*.fixture.ts',
    '!src/testing/**',
  ],
  bundle: false,
  // esbuild's helpers (`__decorateClass`) inline in each module rather than in a shared chunk.
  splitting: false,
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
});
