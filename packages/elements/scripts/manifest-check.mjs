// Checks custom-elements.json (written by `npm run manifest`, see
// custom-elements-manifest.config.mjs) against the sources and the packed package:
//   - each of the six elements is declared once, with its tag, class and summary, in its class
//     module, and a `custom-element-definition` maps the tag to it from its define module;
//     no other definitions;
//   - its events are all named, listed once, typed, and include every event class the
//     element's module constructs (and `qy-load`/`qy-load-error` when it loads a document);
//   - its parts include every `part="…"` its templates render (its folder, and the shared
//     load state view when it uses it);
//   - every module path and module reference is a file `npm pack` would publish;
//   - so is every file package.json `exports` names;
//   - README.md lists every element with an example.
// Run by `npm test` (from scripts/cdn-smoke.mjs) after the build; alone: node scripts/manifest-check.mjs
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ELEMENTS } from './tree-shaking.mjs';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const read = (path) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

/** Event class name → event name, from `static readonly type = 'qy-…'` in src/events/. */
function eventTypes() {
  const types = new Map();
  for (const file of readdirSync(new URL('../src/events/', import.meta.url))) {
    const source = read(`src/events/${file}`);
    const match = /export class (\w+)[\s\S]*?static readonly type = '([\w-]+)'/.exec(source);
    if (match) types.set(match[1], match[2]);
  }
  return types;
}

/** The parts an element's templates render: its folder's modules, and the load state view. */
function renderedParts(folder) {
  const files = readdirSync(new URL(`../src/${folder}/`, import.meta.url))
    .filter((file) => file.endsWith('.ts') && !/\.(test|stories|fixture)\.ts$/.test(file))
    .map((file) => `src/${folder}/${file}`);
  const own = read(`src/${folder}/${folder}.ts`);
  if (own.includes('renderLoadState')) files.push('src/data/load-state-view.ts');
  const parts = new Set();
  for (const file of files) {
    for (const match of read(file).matchAll(/\bpart="([^"$]+)"/g)) {
      for (const part of match[1].split(/\s+/)) if (part) parts.add(part);
    }
  }
  return parts;
}

/** The files `npm pack` puts in the package. */
function packedFiles() {
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: packageDir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return new Set(JSON.parse(output)[0].files.map((file) => file.path));
}

/** Every reason custom-elements.json is wrong; empty when it describes the package. */
export function manifestFailures() {
  if (!existsSync(new URL('../custom-elements.json', import.meta.url))) {
    return ['custom-elements.json is missing: run `npm run manifest` first.'];
  }
  const manifest = JSON.parse(read('custom-elements.json'));
  const packageJson = JSON.parse(read('package.json'));
  const failures = [];
  const types = eventTypes();
  const modules = manifest.modules;

  const definitions = modules.flatMap((module) =>
    (module.exports ?? [])
      .filter((item) => item.kind === 'custom-element-definition')
      .map((item) => ({ ...item, path: module.path })),
  );
  const expectedTags = ELEMENTS.map((element) => element.tag);
  for (const definition of definitions) {
    if (!expectedTags.includes(definition.name)) {
      failures.push(`unexpected definition "${definition.name}" in ${definition.path}`);
    }
  }

  for (const { tag, name, folder } of ELEMENTS) {
    const classModule = `dist/${folder}/${folder}.js`;
    const found = modules.flatMap((module) =>
      (module.declarations ?? [])
        .filter((item) => item.tagName === tag)
        .map((item) => ({ ...item, path: module.path })),
    );
    if (found.length !== 1) {
      failures.push(`<${tag}> is declared ${found.length} times`);
      continue;
    }
    const [element] = found;
    if (element.name !== name || element.path !== classModule) {
      failures.push(
        `<${tag}> is ${element.name} in ${element.path}, not ${name} in ${classModule}`,
      );
    }
    if (!element.summary) failures.push(`<${tag}> has no summary`);

    const defined = definitions.filter((definition) => definition.name === tag);
    const wanted = { path: `dist/define/${folder}.js`, name, module: classModule };
    if (
      defined.length !== 1 ||
      defined[0].path !== wanted.path ||
      defined[0].declaration?.name !== name ||
      defined[0].declaration?.module !== classModule
    ) {
      failures.push(`<${tag}>: want one definition of ${JSON.stringify(wanted)}`);
    }

    const events = element.events ?? [];
    const names = events.map((event) => event.name);
    if (names.some((eventName) => !eventName)) failures.push(`<${tag}> has a nameless event`);
    if (new Set(names).size !== names.length) failures.push(`<${tag}> lists an event twice`);
    for (const event of events) {
      if (event.name && types.get(event.type?.text) !== event.name) {
        failures.push(`<${tag}> event ${event.name} has type ${event.type?.text}`);
      }
    }
    const source = read(`src/${folder}/${folder}.ts`);
    const constructed = [...source.matchAll(/\bnew (Qy\w+Event)\(/g)].map((match) => match[1]);
    if (source.includes('new DocumentController'))
      constructed.push('QyLoadEvent', 'QyLoadErrorEvent');
    for (const eventClass of new Set(constructed)) {
      const eventName = types.get(eventClass);
      if (!names.includes(eventName)) failures.push(`<${tag}> does not list ${eventName}`);
    }
    if (constructed.length === 0)
      failures.push(`<${tag}>: no dispatched event found in its source`);

    const parts = new Set((element.cssParts ?? []).map((part) => part.name));
    for (const part of renderedParts(folder)) {
      if (!parts.has(part)) failures.push(`<${tag}> does not document its part "${part}"`);
    }
    for (const part of element.cssParts ?? []) {
      if (!part.description) failures.push(`<${tag}> part ${part.name} has no description`);
    }
  }

  // The README lists every element the manifest declares, with an example of its tag.
  const readme = read('README.md');
  for (const { tag } of ELEMENTS) {
    if (!readme.includes(`| [\`<${tag}>\`]`) || !readme.includes(`<${tag} `)) {
      failures.push(`README.md does not list <${tag}> with an example`);
    }
  }

  const packed = packedFiles();
  if (!packed.has(packageJson.customElements)) {
    failures.push(`package.json customElements (${packageJson.customElements}) is not packed`);
  }
  // Every file package.json `exports` names (class entries, their types, …) is packed.
  for (const [entry, target] of Object.entries(packageJson.exports)) {
    const files = typeof target === 'string' ? [target] : Object.values(target);
    for (const file of files.filter((path) => !path.includes('*'))) {
      if (!packed.has(file.replace(/^\.\//, ''))) {
        failures.push(`exports["${entry}"] names ${file}, which is not packed`);
      }
    }
  }
  const references = new Set();
  const collect = (value) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value !== null && typeof value === 'object') {
      if (typeof value.module === 'string') references.add(value.module);
      Object.values(value).forEach(collect);
    }
  };
  for (const module of modules) {
    if (!packed.has(module.path)) failures.push(`module ${module.path} is not in the package`);
    collect(module.declarations);
    collect(module.exports);
  }
  for (const reference of references) {
    if (!packed.has(reference)) failures.push(`reference to ${reference}: not in the package`);
  }
  return failures;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const failures = manifestFailures();
  if (failures.length > 0) {
    console.error(`manifest: ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log(
    `manifest: ${ELEMENTS.length} elements with tag, definition, events and parts; every module path is packed; README lists them`,
  );
}
