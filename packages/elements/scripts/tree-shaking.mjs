// Checks that the npm build tree-shakes: esbuild bundles small consumers of the built package
// (by its published name, so package.json `exports` and `sideEffects` apply as they do for a
// user) and the output is read for the tags and classes of the elements and for
// `customElements.define`:
//   - a helper from the root entry (`projectIdFrom`) brings no element and registers nothing;
//   - one class, from its class entry (`@qingyuan/elements/ballot.js`) or from the root entry,
//     brings that class only and registers nothing;
//   - a define entry (`@qingyuan/elements/define/ballot.js`) registers its element, and no other.
// Run by `npm test` (from scripts/cdn-smoke.mjs) after the build; alone: node scripts/tree-shaking.mjs
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readElements, staleFiles } from './element-entries.mjs';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

/** The elements: tag, class, and the folder their modules live in (from src/define/*). */
export const ELEMENTS = readElements();

const CONSUMERS = [
  {
    name: 'a helper from the root entry',
    source: `import { projectIdFrom } from '@qingyuan/elements';
      console.log(projectIdFrom('Community garden'));`,
    needs: ['projectIdFrom'],
    elements: [],
    registers: false,
  },
  {
    name: 'a class from its class entry',
    source: `import { QyBallot } from '@qingyuan/elements/ballot.js';
      console.log(QyBallot);`,
    elements: ['qy-ballot'],
    registers: false,
  },
  {
    name: 'a class from the root entry',
    source: `import { QyRankingTable } from '@qingyuan/elements';
      console.log(QyRankingTable);`,
    elements: ['qy-ranking-table'],
    registers: false,
  },
  {
    name: 'a define entry',
    source: `import '@qingyuan/elements/define/ballot.js';`,
    elements: ['qy-ballot'],
    registers: true,
  },
];

/** Bundles `source` as a browser app would (Lit and core included) and returns the code. */
async function bundle(source) {
  const result = await build({
    stdin: { contents: source, resolveDir: packageDir, loader: 'js', sourcefile: 'consumer.js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** Every reason the consumers' bundles are wrong; empty when tree-shaking works. */
export async function treeShakingFailures() {
  if (!existsSync(new URL('../dist/index.js', import.meta.url))) {
    return ['dist/index.js is missing: run the build (tsup) first.'];
  }
  // The lists of elements written from src/define/* (the React wrappers, the all-elements
  // entry, the class entries of package.json) must be as src/define/* gives them.
  const failures = (await staleFiles()).map(
    (path) => `${path}: stale; run \`npm run generate -w @qingyuan/elements\``,
  );
  for (const consumer of CONSUMERS) {
    const code = await bundle(consumer.source);
    for (const element of ELEMENTS) {
      const wanted = consumer.elements.includes(element.tag);
      // A class keeps its name in an unminified bundle (`var QyBallot = class extends …`).
      const hasClass = new RegExp(`\\b${element.name}\\b`).test(code);
      const hasTag = code.includes(`"${element.tag}"`) || code.includes(`'${element.tag}'`);
      if (wanted && !hasClass) failures.push(`${consumer.name}: ${element.name} is missing`);
      if (!wanted && hasClass) failures.push(`${consumer.name}: bundles ${element.name}`);
      if (!wanted && hasTag) failures.push(`${consumer.name}: mentions <${element.tag}>`);
      if (wanted && consumer.registers && !hasTag) {
        failures.push(`${consumer.name}: does not name <${element.tag}>`);
      }
    }
    for (const name of consumer.needs ?? []) {
      if (!code.includes(name)) failures.push(`${consumer.name}: ${name} is missing`);
    }
    const registers = code.includes('customElements.define(');
    if (registers !== consumer.registers) {
      failures.push(
        `${consumer.name}: ${registers ? 'calls' : 'does not call'} customElements.define`,
      );
    }
  }
  return failures;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const failures = await treeShakingFailures();
  if (failures.length > 0) {
    console.error(`tree-shaking: ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`tree-shaking: ${CONSUMERS.map((c) => c.name).join('; ')}: as expected`);
}
