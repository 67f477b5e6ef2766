import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import MagicString from 'magic-string';
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
  const stubbed =
    /[\\/]zod[\\/]v4[\\/]core[\\/](?:to-json-schema|json-schema-processors)\.js(?:\?qy-own=[\w-]+)?$/;
  return {
    name: 'qy-without-json-schema-generation',
    enforce: 'pre',
    load(id) {
      if (!stubbed.test(id)) return null;
      const source = readFileSync(id.replace(/\?qy-own=[\w-]+$/, ''), 'utf8');
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
 * Core registers each document schema in zod's global registry with an id and a description
 * (`.register(z.globalRegistry, { … })`), which only JSON Schema generation reads — and the CDN
 * build has none (see {@link withoutJsonSchemaGeneration}). zod keeps that registry on
 * `globalThis`, shared with any zod of the host page, so the CDN files would also write our ids
 * into a registry the host may use. This leaves the calls out of core's modules in the CDN
 * build (about 0.5 KB per page): each is blanked with spaces, so every other character keeps its
 * place and core's source map stays right. Parsing itself never reads the registry.
 */
function withoutRegistryEntries(): Plugin {
  /** The few fields of an ESTree node this reads. */
  interface Node {
    type?: string;
    name?: string;
    end: number;
    callee?: Node;
    object?: Node;
    property?: Node;
    arguments?: Node[];
  }
  const isRegistration = (node: Node) => {
    const first = node.arguments?.[0];
    return (
      node.type === 'CallExpression' &&
      node.callee?.type === 'MemberExpression' &&
      node.callee.property?.name === 'register' &&
      first?.type === 'MemberExpression' &&
      first.object?.name === 'z' &&
      first.property?.name === 'globalRegistry'
    );
  };
  return {
    name: 'qy-without-registry-entries',
    enforce: 'pre',
    transform(code, id) {
      if (
        !/[\\/]core[\\/]src[\\/].*\.ts(?:\?qy-own=[\w-]+)?$/.test(id) ||
        !code.includes('z.globalRegistry')
      ) {
        return null;
      }
      const ranges: [number, number][] = [];
      const visit = (value: unknown): void => {
        if (Array.isArray(value)) value.forEach(visit);
        else if (value && typeof value === 'object') {
          const node = value as Node;
          if (isRegistration(node)) ranges.push([node.callee!.object!.end, node.end]);
          Object.values(node).forEach(visit);
        }
      };
      visit(this.parse(code, { lang: 'ts' }));
      let blanked = code;
      for (const [start, end] of ranges) {
        if (!/^\s*\.register\(z\.globalRegistry,[^]*\)$/.test(blanked.slice(start, end))) {
          this.error(`${id}: a registration at ${start} is not where the parser put it`);
        }
        blanked =
          blanked.slice(0, start) +
          blanked.slice(start, end).replace(/[^\n]/g, ' ') +
          blanked.slice(end);
      }
      return { code: blanked, map: null };
    },
  };
}

/**
 * The style sheets of our elements (the `css` tagged templates of the `*.styles.ts` modules and
 * of `shared-styles.ts`) without their comments and indentation: in the files a page
 * downloads, CSS is otherwise the one code the minifier leaves as written. Comments go; outside
 * quoted strings, runs of white space become one space, and the white space around `{ } ; >` and
 * after `:` goes (a space before `:` stays: it is a descendant combinator in `.a :focus`).
 * Templates with `${…}` or a backslash are left as they are, with a warning (a backslash in a
 * comment once kept the ranking table's sheet whole). Chromium reads every sheet to the same
 * rules before and after. Only the CDN build: the npm build keeps the source's text.
 */
function minifiedStyleSheets(): Plugin {
  const minify = (sheet: string) =>
    sheet
      .replace(/\/\*[^]*?\*\//g, '')
      .split(/('[^'\n]*'|"[^"\n]*")/)
      .map((part, i) =>
        i % 2 === 1
          ? part
          : part
              .replace(/\s+/g, ' ')
              .replace(/ ?([{};>]) ?/g, '$1')
              .replace(/: /g, ':')
              .replace(/;}/g, '}'),
      )
      .join('')
      .trim();
  return {
    name: 'qy-minified-style-sheets',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]elements[\\/]src[\\/].*[.-]styles\.ts(?:\?qy-own=[\w-]+)?$/.test(id)) return null;
      const kept = code.match(/\bcss`(?![^`$\\]*`)/g)?.length ?? 0;
      if (kept > 0) {
        // Say so, or a stray backslash in a comment keeps a whole sheet's white space unnoticed.
        this.warn(`${id}: ${kept} style sheet(s) left as written (\${…} or a backslash inside)`);
      }
      return {
        code: code.replace(/\bcss`([^`$\\]*)`/g, (_, sheet: string) => `css\`${minify(sheet)}\``),
        // A style module is its CSS: nothing in it to map back to for a debugger.
        map: { mappings: '' },
      };
    },
  };
}

/**
 * The `html` templates of our elements without their indentation: in the files a page
 * downloads, a template's static text is the one code besides CSS the minifier leaves as
 * written. In each static part of an `html` tagged template, a run of white space that holds a
 * line break becomes one line break. Lit renders the same: outside `white-space: pre*` a line
 * break is a space, and under `pre-line` (the team contract) only the spaces of a run collapse
 * anyway. Text inside `${…}` and every other template are untouched; the source map follows
 * (magic-string). Only the CDN build: the npm build keeps the source's text.
 */
function compactHtmlTemplates(): Plugin {
  interface Node {
    type?: string;
    name?: string;
    start: number;
    end: number;
    tag?: Node;
    quasi?: { quasis: Node[] };
    value?: { raw: string };
  }
  return {
    name: 'qy-compact-html-templates',
    enforce: 'pre',
    transform(code, id) {
      if (
        !/[\\/]elements[\\/]src[\\/].*\.ts(?:\?qy-own=[\w-]+)?$/.test(id) ||
        !code.includes('html`')
      ) {
        return null;
      }
      const edited = new MagicString(code);
      const visit = (value: unknown): void => {
        if (Array.isArray(value)) value.forEach(visit);
        else if (value && typeof value === 'object') {
          const node = value as Node;
          if (
            node.type === 'TaggedTemplateExpression' &&
            node.tag?.type === 'Identifier' &&
            node.tag.name === 'html'
          ) {
            for (const part of node.quasi!.quasis) {
              // The parser's span of a part holds its delimiters (the backtick or the `}` before
              // it): the text starts one character in.
              const raw = part.value?.raw ?? '';
              const from = part.start + 1;
              if (code.slice(from, from + raw.length) !== raw) {
                this.error(
                  `${id}: a template part at ${part.start} is not where the parser put it`,
                );
              }
              for (const match of raw.matchAll(/[ \t]*\n\s*/g)) {
                if (match[0] === '\n') continue;
                const at = from + match.index;
                edited.overwrite(at, at + match[0].length, '\n');
              }
            }
          }
          Object.values(node).forEach(visit);
        }
      };
      visit(this.parse(code, { lang: 'ts' }));
      if (!edited.hasChanged()) return null;
      return { code: edited.toString(), map: edited.generateMap({ hires: true, source: id }) };
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

/**
 * Core's modules that an element of `owners` (folders of `src/`) imports are bundled as that
 * element's own copies (module ids ending in `?qy-own=<folder>`), so they go into its entry file
 * instead of small chunks shared with two or three other pages: each file a page loads is
 * compressed on its own and costs it about 0.1–0.2 KB more than the same code inside its entry.
 * The other pages gain too: a module they shared with the owner alone now joins their own entry.
 *
 * An owner of kind `core` copies core's modules but not what every validating page loads (zod
 * and core's validation and messages, `shared.validation`): its page holds one zod, shared with
 * the other elements. An owner of kind `validation` copies those too: its entry holds
 * only the zod its own schemas use, where the shared `zod` chunk holds every schema kind any
 * page uses. The price: a page with an owner and another element that uses the same modules
 * loads them twice (for a `validation` owner, a second zod). Copies are plain modules with no
 * state the two would need to share (core's schemas' registrations are left out, see
 * `withoutRegistryEntries`; each copy parses with its own zod). Core's modules of the `base`
 * chunk (`shared.base`) are never copied. A copy of a module of the `base` chunk, or of the `zod`
 * chunk for a `core` owner, is a warning: add it to `shared.base` or `shared.validation`.
 *
 * `elements` names, per owner, modules of the elements themselves that it copies the same way
 * (with what they import of core): modules of its own folder that another element also loads
 * (the original then serves the other element alone, and its imports are resolved as that
 * element's), or a shared chunk's modules its usual companions do not load. A copied module
 * must have no state that elements of two kinds on one page would need to share.
 */
function ownCoreCopies(
  owners: Readonly<Record<string, 'core' | 'validation'>>,
  shared: { readonly base: RegExp; readonly validation: RegExp },
  elements: Readonly<Record<string, RegExp>> = {},
): Plugin {
  const copy = /\?qy-own=([\w-]+)$/;
  const ownerOf = (importer: string) =>
    Object.keys(owners).find((owner) =>
      new RegExp(`[\\\\/]elements[\\\\/]src[\\\\/]${owner}[\\\\/]`).test(importer),
    );
  const isCore = (id: string) => /[\\/]core[\\/]src[\\/]/.test(id);
  const isZod = (id: string) => /[\\/]node_modules[\\/]zod[\\/]/.test(id);
  // Only where entries share chunks: a build of one entry (the self-contained files, the floors
  // of `npm run size`) is one file anyway, and copies there would be a second copy of the code.
  let sharing = false;
  return {
    name: 'qy-own-core-copies',
    enforce: 'pre',
    buildStart(options) {
      const input = options.input;
      sharing = (Array.isArray(input) ? input.length : Object.keys(input ?? {}).length) > 1;
    },
    async resolveId(source, importer, options) {
      if (!sharing || !importer) return null;
      const copiedFor = importer.match(copy)?.[1];
      const owner = copiedFor ?? ownerOf(importer);
      if (owner === undefined) return null;
      const ownElements = elements[owner];
      // The original of a module the owner copies is reached from other elements only.
      if (copiedFor === undefined && ownElements?.test(importer)) return null;
      // In an owner's own modules only its imports of core (and, with `elements`, its relative
      // imports); in a copy, all of them.
      if (
        copiedFor === undefined &&
        source !== '@qingyuan/core' &&
        !isCore(source) &&
        !(ownElements && source.startsWith('.'))
      ) {
        return null;
      }
      const from = importer.replace(copy, '');
      const resolved = await this.resolve(source, from, { ...options, skipSelf: true });
      if (!resolved || resolved.external) return resolved;
      const id = resolved.id;
      const copied =
        ownElements?.test(id) ||
        (owners[owner] === 'validation'
          ? (isCore(id) && !shared.base.test(id)) || isZod(id)
          : isCore(id) && !shared.base.test(id) && !shared.validation.test(id));
      return copied ? { ...resolved, id: `${resolved.id}?qy-own=${owner}` } : resolved;
    },
    load(id) {
      if (!copy.test(id)) return null;
      const file = id.replace(copy, '');
      return { code: readFileSync(file, 'utf8'), moduleType: file.endsWith('.ts') ? 'ts' : 'js' };
    },
    generateBundle(_, bundle) {
      const inChunk = new Map<string, string>();
      for (const item of Object.values(bundle)) {
        const name = item.type === 'chunk' && item.fileName.match(/^chunks\/(base|zod)-/)?.[1];
        if (name) Object.keys(item.modules).forEach((id) => inChunk.set(id, name));
      }
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue;
        for (const id of Object.keys(item.modules)) {
          const owner = id.match(copy)?.[1];
          const chunk = owner === undefined ? undefined : inChunk.get(id.replace(copy, ''));
          if (chunk === 'base' || (chunk === 'zod' && owners[owner!] === 'core')) {
            this.warn(
              `${id}: a copy of a module of the ${chunk} chunk (add it to shared.${chunk})`,
            );
          }
        }
      }
    },
  };
}

/** Modules of zod and of core (core's shared modules are its validation and messages). */
const coreOrZod = /[\\/]node_modules[\\/]zod[\\/]|[\\/]core[\\/]src[\\/]/;

/** Some of core's modules, by their path under `core/src/` without `.ts`. */
const coreModules = (...paths: string[]) =>
  new RegExp(`[\\\\/]core[\\\\/]src[\\\\/](?:${paths.join('|')})\\.ts$`);

/** Some of the elements' modules, by their path under `elements/src/` without `.ts`. */
const elementModules = (...paths: string[]) =>
  new RegExp(`[\\\\/]elements[\\\\/]src[\\\\/](?:${paths.join('|')})\\.ts$`);

/** The modules of the delivery of documents to a server (see `codeSplitting` below). */
const deliveryModules = [
  'base/outbox(?:-key)?',
  'internal/(?:outbox-controller|delivery-flow|delivery-status-view)',
] as const;
const delivery = elementModules(...deliveryModules);

/** The ballot's modules that the PB ballot loads too: the receipt and the voting-code step. */
const ballotViews = [
  'ballot/(?:ballot-receipt-view|ballot-fingerprint|box-receipt|ballot-code-entry-view)',
  'ballot/voting-code-(?:controller|check)',
  'internal/ballot-base-styles',
  'events/ballot-rejected',
] as const;

export default defineConfig({
  logLevel: 'warn',
  plugins: [
    // The pages whose core modules were small files shared with two or three other pages:
    // the funding decision (40.8 -> 38.4 KB), the project status (48.3 -> 44.6 KB), the ranking
    // table (43.7 -> 41.9 KB) and the ballot (38.9 -> 38.4 KB); and the PB ballot with zod
    // (39.7 -> 36.9 KB): its schemas use few of zod's kinds, and the page it goes with, the PB
    // results, loads no zod (the two together load 1.8 KB less). The pages they shared modules
    // with gain too (0.1–0.9 KB). Measured by `npm run size` (docs/embedding.md, "Size").
    ownCoreCopies(
      {
        'funding-decision': 'core',
        'project-status': 'core',
        'pb-ballot': 'validation',
        'ranking-table': 'core',
        ballot: 'core',
      },
      {
        base: coreModules('locale/message-catalog'),
        validation: coreModules(
          'validation/(?:parse-document|issue-messages|validation-text|check-messages|reference-messages|id)',
          'text/localized-text',
          'domain/calendar',
        ),
      },
      // The ballot and the PB ballot load the delivery as their own copy (with the random ids
      // of its keys): the pages they go with (the ranking table and the weight editor; the PB
      // results) send nothing, so the `delivery` chunk was one more file on their pages alone.
      // The outbox's one state, the keys in flight, guards the entries of one storage key, and
      // each element kind has its own (the ballot the default one). Both also copy the ballot's
      // modules the PB ballot uses (the receipt, the fingerprint, the voting-code step): files
      // shared by the two alone, and the PB ballot's box connection no longer loads the
      // `delivery` chunk beside its own copy. The PB ballot also copies the form control, which
      // the PB results do not load; the weight editor, which goes with the ballot, does (a copy
      // would save the ballot 0.3 KB and cost the two together 0.3 KB). Ballot 38.4 -> 36.5 KB,
      // PB ballot 36.9 -> 35.6 KB. A page with another element that sends (the needs survey,
      // the funding decision, …) loads a second delivery: with the PB ballot 1.4 KB more, with
      // the ballot 0.1 KB less all the same; `qingyuan.js` 2.7 KB more.
      {
        ballot: elementModules(...ballotViews, ...deliveryModules, 'internal/random-id'),
        'pb-ballot': elementModules(
          ...ballotViews,
          ...deliveryModules,
          'internal/random-id',
          'form/form-control',
        ),
      },
    ),
    withoutJsonSchemaGeneration(),
    withoutRegistryEntries(),
    minifiedStyleSheets(),
    compactHtmlTemplates(),
    moduleStats(),
  ],
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
      // A schema a page does not use is left out even when its module is loaded for something
      // else: `z.object({ … }).check(…)` is a call on a call, which the bundler otherwise keeps
      // in case it has effects. Only core calls zod through `z.` (the elements never do), and
      // none of its `z.` calls has an effect a page relies on: the `.register(z.globalRegistry,
      // …)` calls are already left out (see `withoutRegistryEntries`). The project status page
      // loaded the round, vetting and ranking schemas this way (0.3 KB gzipped).
      treeshake: { manualPureFunctions: ['z'] },
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Code that nearly every element uses goes into two shared chunks rather than a dozen
        // small ones: each file a page loads is compressed on its own, and many small files
        // compress worse than one (about 1.5 KB gzipped per page). A module joins them when
        // at least 12 entries load it (the 14 element entries and `qingyuan.js`, which loads
        // them all), so an element that does not use it rarely carries it. Lit and the
        // elements' own base go to `base` from 11 entries (so the focus-after-update
        // controller, which ten elements use, is not a file of its own: 0.1–0.2 KB less on
        // their pages, 0.1 KB more on the four without it); zod and core's modules to `zod`,
        // which a page without validation (`<qy-pb-results>`) does not load. Measured by
        // `npm run size`.
        codeSplitting: {
          groups: [
            { name: 'base', minShareCount: 11, test: (id) => !coreOrZod.test(id), priority: 2 },
            { name: 'zod', minShareCount: 12, test: (id) => coreOrZod.test(id), priority: 1 },
            // The offline outbox, the delivery flow and its status view: every element that
            // sends a document loads all four, so one file rather than three.
            { name: 'delivery', test: delivery, priority: 0 },
            // Small modules of core that nearly the same pages load, one file each rather than
            // two or three (each file costs a page about 0.1–0.2 KB gzipped): money with its
            // formatting; unique ids with the team roles. Their dependencies stay where they
            // are. (The review meeting with the recusal rules was one too, until the ballot and
            // the ranking table took their own copies: only the weight editor loads it now.)
            // Measured by `npm run size`.
            ...[
              { name: 'money', test: coreModules('money/money', 'money/(?:decimal|format)-money') },
              {
                name: 'unique-ids',
                test: coreModules('validation/unique-ids', 'domain/team-role'),
              },
            ].map((group) => ({ ...group, priority: 0, includeDependenciesRecursively: false })),
          ],
        },
        minify: true,
        // No `/* @__PURE__ */` marks in the output: they help a bundler that tree-shakes these
        // files again, but the CDN files go straight to a browser (about 2 KB per page).
        comments: { annotation: false },
      },
    },
  },
});
