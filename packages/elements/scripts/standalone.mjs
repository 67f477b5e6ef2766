// The self-contained files in dist/cdn/standalone/: one file per `src/define/` entry with
// everything it needs inside (Lit, the parts of core it uses, its messages), built with
// vite.cdn.config.ts's settings. For people who copy a widget by hand onto a site: one file to
// host, no `chunks/` folder to bring along. A page that loads two of them loads Lit twice;
// the chunked files in dist/cdn/ share it. Run by `npm run build` after the CDN build.
// Usage: node scripts/standalone.mjs
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import MagicString from 'magic-string';
import { build, loadConfigFromFile } from 'vite';

const packageDir = new URL('../', import.meta.url).pathname;
const { config } = await loadConfigFromFile(
  { command: 'build', mode: 'production' },
  join(packageDir, 'vite.cdn.config.ts'),
);
const entries = readdirSync(join(packageDir, 'src/define'))
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .map((file) => file.slice(0, -3));

/**
 * In a self-contained file there is nothing to load later: what an element imports with
 * `import('./x.js')` (a box connection, a reader, core's tally) is inside the file anyway. Left
 * as a dynamic import, the bundler keeps it lazy by wrapping every module it reaches, shared
 * ones included, in an initializer (about 1.5 KB gzipped on the ranking table, the idea board
 * and the PB ballot; 3.5 KB on all elements). This imports such modules statically instead
 * (`Promise.resolve(namespace)` for `import(…)`), in our elements' own modules only: the same
 * code runs, only earlier. Only for these files: the chunked CDN files keep loading them on
 * first need.
 */
function staticLazyImports() {
  return {
    name: 'qy-static-lazy-imports',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]elements[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('import(')) return null;
      const edited = new MagicString(code);
      const specifiers = [];
      const visit = (value) => {
        if (Array.isArray(value)) value.forEach(visit);
        else if (value && typeof value === 'object') {
          if (value.type === 'ImportExpression' && typeof value.source?.value === 'string') {
            specifiers.push(value.source.value);
            edited.overwrite(
              value.start,
              value.end,
              `Promise.resolve(__qyLazy${specifiers.length - 1})`,
            );
          }
          Object.values(value).forEach(visit);
        }
      };
      visit(this.parse(code, { lang: 'ts' }));
      if (specifiers.length === 0) return null;
      specifiers.forEach((specifier, i) =>
        edited.prepend(`import * as __qyLazy${i} from ${JSON.stringify(specifier)};\n`),
      );
      return { code: edited.toString(), map: edited.generateMap({ hires: true, source: id }) };
    },
  };
}

const outDir = join(packageDir, 'dist/cdn/standalone');
for (const [index, name] of entries.entries()) {
  await build({
    ...config,
    configFile: false,
    root: packageDir,
    plugins: [...(config.plugins ?? []), staticLazyImports()],
    logLevel: 'warn',
    build: {
      ...config.build,
      outDir,
      // The first build empties the folder of last time's files; the others add theirs.
      emptyOutDir: index === 0,
      sourcemap: false,
      lib: { entry: { [name]: join(packageDir, `src/define/${name}.ts`) }, formats: ['es'] },
      rollupOptions: {
        ...config.build.rollupOptions,
        output: { ...config.build.rollupOptions.output, codeSplitting: false },
      },
    },
  });
}
console.log(`standalone: ${entries.length} self-contained files in dist/cdn/standalone/`);
