import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

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

/**
 * zod's classic schemas carry JSON Schema generation (every schema type holds a processor, so
 * tree-shaking cannot drop it): about 18 KB of minified code no element runs — the CDN entries
 * only register elements, which validate documents and never generate JSON Schema (core's
 * `toJSONSchema` and the published `schemas/*.json` are untouched). This replaces the two zod
 * modules with stubs exporting the same names: the `create…Method` factories return a function
 * that throws, everything else throws when called. Export names are read from the real module,
 * so a zod upgrade that adds one still builds; one that calls them while parsing fails the CDN
 * smoke test (`scripts/cdn-smoke.mjs`).
 */
function withoutJsonSchemaGeneration(): Plugin {
  const stubbed = /[\\/]zod[\\/]v4[\\/]core[\\/](?:to-json-schema|json-schema-processors)\.js$/;
  return {
    name: 'qy-without-json-schema-generation',
    enforce: 'pre',
    load(id) {
      if (!stubbed.test(id)) return null;
      const source = readFileSync(id, 'utf8');
      const names = new Set<string>();
      for (const match of source.matchAll(/^export (?:function|const|let|class) ([\w$]+)/gm)) {
        names.add(match[1]!);
      }
      for (const match of source.matchAll(/^export \{([^}]*)\}/gm)) {
        for (const part of match[1]!.split(',')) {
          const name = part
            .trim()
            .split(/\s+as\s+/)
            .pop();
          if (name) names.add(name);
        }
      }
      const lines = [...names].map((name) =>
        name.startsWith('create')
          ? `export const ${name} = () => unavailable;`
          : `export const ${name} = unavailable;`,
      );
      return [
        'const unavailable = () => {',
        "  throw new Error('JSON Schema generation is not part of the @qingyuan/elements CDN build: use @qingyuan/core');",
        '};',
        ...lines,
      ].join('\n');
    },
  };
}

/**
 * Writes `dist/cdn-modules.json`: for each chunk, the rendered length of each module in it
 * (after tree-shaking, before minification), so `npm run size` can say which packages a page's
 * bytes come from. Not part of the CDN files.
 */
function moduleStats(): Plugin {
  return {
    name: 'qy-module-stats',
    generateBundle(options, bundle) {
      // Only for the CDN build itself, not the single bundles `npm run size` builds to compare.
      if (!options.dir?.replaceAll('\\', '/').endsWith('dist/cdn')) return;
      const stats: Record<string, Record<string, number>> = {};
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue;
        stats[item.fileName] = Object.fromEntries(
          Object.entries(item.modules).map(([id, module]) => [id, module.renderedLength]),
        );
      }
      mkdirSync('dist', { recursive: true });
      writeFileSync('dist/cdn-modules.json', `${JSON.stringify(stats, null, 1)}\n`);
    },
  };
}

export default defineConfig({
  logLevel: 'warn',
  plugins: [withoutJsonSchemaGeneration(), moduleStats()],
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
      // An entry that another entry imports (qingyuan.js imports ballot.js, …) keeps its code
      // in its own file rather than behind a one-line facade and a chunk: one file less per page.
      preserveEntrySignatures: 'allow-extension',
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        minify: true,
      },
    },
  },
});
