// The self-contained files in dist/cdn/standalone/: one file per `src/define/` entry with
// everything it needs inside (Lit, the parts of core it uses, its messages), built with
// vite.cdn.config.ts's settings. For people who copy a widget by hand onto a site: one file to
// host, no `chunks/` folder to bring along. A page that loads two of them loads Lit twice;
// the chunked files in dist/cdn/ share it. Run by `npm run build` after the CDN build.
// Usage: node scripts/standalone.mjs
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build, loadConfigFromFile } from 'vite';

const packageDir = new URL('../', import.meta.url).pathname;
const { config } = await loadConfigFromFile(
  { command: 'build', mode: 'production' },
  join(packageDir, 'vite.cdn.config.ts'),
);
/**
 * In a file that holds everything, an `import('./x.js')` only costs: the bundler keeps the
 * module it loads (and what that module shares with the rest) behind lazy initializers, which
 * it cannot minify as well as plain top-level code (the project status file was 2.4 KB larger
 * for its on-demand rules of terminations). So in our sources each `import('…')` becomes a
 * static import whose module namespace it resolves to: the same values, loaded with the file.
 */
function staticDynamicImports() {
  return {
    name: 'qy-static-dynamic-imports',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]elements[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('import(')) return null;
      const hoisted = [];
      const rewritten = code.replace(/\bimport\((['"])([^'"]+)\1\)/g, (_, quote, specifier) => {
        const name = `qyStaticImport${hoisted.length}`;
        hoisted.push(`import * as ${name} from ${quote}${specifier}${quote};`);
        return `Promise.resolve(${name})`;
      });
      return { code: `${hoisted.join('\n')}\n${rewritten}`, map: null };
    },
  };
}

const entries = readdirSync(join(packageDir, 'src/define'))
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .map((file) => file.slice(0, -3));

const outDir = join(packageDir, 'dist/cdn/standalone');
for (const [index, name] of entries.entries()) {
  await build({
    ...config,
    configFile: false,
    plugins: [staticDynamicImports(), ...config.plugins],
    root: packageDir,
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
