// Size check of the CDN build: for each entry, the gzipped JavaScript a page that loads only
// that entry downloads (the entry plus every chunk it imports, transitively), and for all
// entries together; beside each page, the chunks it loads only when needed (`import()`: the
// SHA-256 fallback, a box connection, the rules of a rare history, a funded project's accountability
// view) and what each would add. Budgets (issue 19, "Size as the elements grow"): a page with only
// <qy-ballot> ≤ 31 KB, a page with <qy-pb-ballot> ≤ 35 KB (issue 17), a page with any other single element ≤ 40 KB — every entry of
// src/define/ but qingyuan.js, so an element added later has its budget line too. The page with
// all elements (qingyuan.js) has no budget: it is printed as a ratio to its single bundle.
// Beside them, floors measured in the same run with the same Vite settings: Lit alone, zod/mini
// alone, the validation a ballot must run, and the ballot and all elements as single bundles.
// Usage: node scripts/size.mjs [--strict] [--no-floors]
//   (--strict exits 1 when a budget is exceeded; --no-floors skips the floor builds)
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, loadConfigFromFile } from 'vite';

const root = new URL('../dist/cdn/', import.meta.url).pathname;
if (!existsSync(root)) {
  console.error('dist/cdn is missing: run `npm run build` first.');
  process.exit(1);
}
const gzipped = new Map();
const sizeOf = (file) => {
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
  return gzipped.get(file);
};
const importsOf = (file) => {
  const source = readFileSync(file, 'utf8');
  const found = [...source.matchAll(/(?:import|export)\s*(?:[^'"]*?from\s*)?["'](\.[^"']+)["']/g)];
  return found.map((match) => normalize(join(dirname(file), match[1])));
};
/** The chunks a file loads only when needed (`import("./…")`): a rare case's code. */
const dynamicImportsOf = (file) => {
  const source = readFileSync(file, 'utf8');
  const found = [...source.matchAll(/import\(\s*["'`](\.[^"'`]+)["'`]\s*\)/g)];
  return found.map((match) => normalize(join(dirname(file), match[1])));
};
const closure = (entries) => {
  const seen = new Set();
  const stack = [...entries];
  while (stack.length > 0) {
    const file = stack.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...importsOf(file));
  }
  return seen;
};
const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(6);
const total = (files) => [...files].reduce((sum, file) => sum + sizeOf(file), 0);

// Which package each module belongs to, for the breakdown (from dist/cdn-modules.json).
const statsFile = new URL('../dist/cdn-modules.json', import.meta.url).pathname;
const stats = existsSync(statsFile) ? JSON.parse(readFileSync(statsFile, 'utf8')) : {};
const packageOf = (id) =>
  /[\\/]node_modules[\\/]zod[\\/]/.test(id)
    ? 'zod'
    : /[\\/]node_modules[\\/](?:lit|lit-html|lit-element|@lit)[\\/]/.test(id)
      ? 'lit'
      : /[\\/]packages[\\/]core[\\/]/.test(id)
        ? 'core'
        : /[\\/]packages[\\/]elements[\\/]/.test(id)
          ? 'elements'
          : 'other';
/** Each package's share of a page's code (rendered lengths before minification), as text. */
const breakdown = (files) => {
  const lengths = new Map();
  for (const file of files) {
    const modules = stats[file.slice(root.length)] ?? {};
    for (const [id, length] of Object.entries(modules)) {
      lengths.set(packageOf(id), (lengths.get(packageOf(id)) ?? 0) + length);
    }
  }
  const all = [...lengths.values()].reduce((sum, length) => sum + length, 0);
  if (all === 0) return '';
  return [...lengths]
    .map(([name, length]) => [name, Math.round((100 * length) / all)])
    .filter(([, percent]) => percent > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([name, percent]) => `${name} ${percent}%`)
    .join(' · ');
};

const entries = readdirSync(root)
  .filter((file) => file.endsWith('.js'))
  .map((file) => join(root, file));
console.log('gzipped JavaScript a page loads (entry + its chunks), and whose code it is:');
const rows = entries.map((entry) => [entry.slice(root.length), total(closure([entry])), entry]);
for (const [name, bytes, entry] of rows) {
  console.log(`  ${name.padEnd(22)} ${kb(bytes)} KB   ${breakdown(closure([entry]))}`);
  // Beside it, what the page loads only when needed, each with what it adds to the page.
  const page = closure([entry]);
  const later = new Set([...page].flatMap(dynamicImportsOf).filter((file) => !page.has(file)));
  const extras = [...later].map((file) => {
    const added = [...closure([file])].filter((chunk) => !page.has(chunk));
    return `${file
      .slice(root.length)
      .replace(/^chunks\//, '')
      .replace(/-[\w-]{8}\.js$/, '')} +${kb(total(added)).trim()} KB`;
  });
  if (extras.length > 0) console.log(`  ${''.padEnd(22)} on demand: ${extras.join(', ')}`);
}
const allBytes = total(closure(entries));
console.log(`  ${'all entries'.padEnd(22)} ${kb(allBytes)} KB   ${breakdown(closure(entries))}`);

const ballot = rows.find(([name]) => name === 'ballot.js')?.[1] ?? 0;
/**
 * The budget of a page with one element: the ballot's own, the PB ballot's (issue 17: ≤ 35 KB
 * gzipped alone), 40 KB for every other.
 */
const ownBudgets = { 'ballot.js': 31, 'pb-ballot.js': 35 };
const budgetOf = (name) => (ownBudgets[name] ?? 40) * 1024;
const budgets = rows
  .filter(([name]) => name !== 'qingyuan.js')
  .map(([name, bytes]) => [`only <qy-${name.slice(0, -3)}>`, bytes, budgetOf(name)]);
let over = false;
for (const [label, bytes, budget] of budgets) {
  const ok = bytes <= budget;
  over ||= !ok;
  console.log(`${ok ? 'within' : 'OVER  '} budget: ${label} ${kb(bytes)} KB of ${kb(budget)} KB`);
}

if (!process.argv.includes('--no-floors')) {
  // Each floor is one self-contained bundle built with vite.cdn.config.ts's settings.
  const floors = [
    ['Lit alone (one trivial element)', 'scripts/size-floors/lit-element.ts'],
    ['zod/mini alone (one small object)', 'scripts/size-floors/zod-mini.ts'],
    ['meeting + ballot validation (core, zod)', 'scripts/size-floors/ballot-validation.ts'],
    ['<qy-ballot> as one bundle', 'src/define/ballot.ts'],
    ['all elements as one bundle', 'src/define/qingyuan.ts'],
  ];
  const measured = new Map();
  const packageDir = new URL('../', import.meta.url).pathname;
  const { config } = await loadConfigFromFile(
    { command: 'build', mode: 'production' },
    join(packageDir, 'vite.cdn.config.ts'),
  );
  const outDir = mkdtempSync(join(tmpdir(), 'qy-size-'));
  console.log('floors, each built alone with the same settings:');
  try {
    for (const [label, entry] of floors) {
      await build({
        ...config,
        configFile: false,
        root: packageDir,
        logLevel: 'silent',
        build: {
          ...config.build,
          outDir,
          emptyOutDir: true,
          sourcemap: false,
          lib: { entry: { floor: join(packageDir, entry) }, formats: ['es'] },
          rollupOptions: {
            ...config.build.rollupOptions,
            // One file for the entry (the CDN build's shared-chunk groups would split it), and
            // any chunk it shares with what it loads with `import()`, which stays apart, as on
            // the CDN pages.
            output: { ...config.build.rollupOptions.output, codeSplitting: true },
          },
        },
      });
      // The entry and any chunk it imports: what the entry shares with what it loads with
      // `import()` can go to a chunk of its own (all elements: 11 KB of core and zod).
      const files = closure([join(outDir, 'floor.js')]);
      const bytes = [...files].reduce(
        (sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length,
        0,
      );
      measured.set(entry, bytes);
      console.log(`  ${label.padEnd(42)} ${kb(measured.get(entry))} KB`);
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
  const litAndZod =
    measured.get('scripts/size-floors/lit-element.ts') +
    measured.get('scripts/size-floors/zod-mini.ts');
  const ratio = (bytes, floor) => `${(bytes / floor).toFixed(2)}x`;
  console.log(
    `ratios: <qy-ballot> page ${ratio(ballot, litAndZod)} the Lit + zod floor,` +
      ` ${ratio(ballot, measured.get('src/define/ballot.ts'))} its own single bundle;` +
      ` all elements ${ratio(allBytes, measured.get('src/define/qingyuan.ts'))} their single bundle`,
  );
}
if (over && process.argv.includes('--strict')) process.exit(1);
