import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The browser-ready build in `dist/cdn/`: one ESM entry per registering module in
 * `src/define/` (`ballot.js`, `ranking-table.js`, …, and `qingyuan.js` for all), Lit and the
 * needed parts of core bundled in, shared code split into `chunks/` so a page that loads two
 * entries loads Lit once.
 */
const entries = Object.fromEntries(
  readdirSync('src/define')
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => [file.slice(0, -3), `src/define/${file}`]),
);

export default defineConfig({
  logLevel: 'warn',
  resolve: {
    // Bundle core from its modules rather than its single-file dist: core is side-effect free
    // per module, so the modules an entry does not use (other document schemas, Pabulib, …) are
    // left out as whole files.
    alias: { '@qingyuan/core': fileURLToPath(new URL('../core/src/index.ts', import.meta.url)) },
  },
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    lib: { entry: entries, formats: ['es'] },
    rollupOptions: {
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        minify: true,
      },
    },
  },
});
