// The lists of elements, derived from `src/define/*` so that a new element costs one file in
// `src/define/` plus its folder. Each define entry names the tag and the class it registers
// (`defineElement('qy-ballot', QyBallot)`) and the module of the class; the class's `@event`
// tags (which `custom-elements.json` is also built from) name its events, and each event's
// class is the one in `src/events/` whose `static readonly type` is that name. From these:
//   - `src/define/qingyuan.ts`, the entry that registers every element;
//   - `src/react/index.ts`, a typed React wrapper per element with its events;
//   - package.json `exports`: a class entry `./<name>.js` per element.
// Usage: node scripts/element-entries.mjs          (writes the three when they differ)
//        node scripts/element-entries.mjs --check  (exits 1 naming each stale file; `npm test`
//                                                   runs it through scripts/tree-shaking.mjs)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const src = `${packageDir}src/`;

/** `qy-ballot-submit` → `BallotSubmit` (the local name of an imported class). */
const pascal = (tag) =>
  tag
    .replace(/^qy-/, '')
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');

/** Every event class of `src/events/`, by its event type. */
function eventClasses() {
  const byType = new Map();
  for (const file of readdirSync(`${src}events`)) {
    if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
    const text = readFileSync(`${src}events/${file}`, 'utf8');
    for (const match of text.matchAll(
      /export class (\w+) extends Event \{\s*static readonly type = '([\w-]+)'/g,
    )) {
      byType.set(match[2], { name: match[1], module: `events/${file.slice(0, -3)}` });
    }
  }
  return byType;
}

/**
 * The elements, in file-name order: the define entry's name (`ballot`), the tag, the class,
 * the class's module (`ballot/ballot`) and its folder, and its events in the order of its
 * `@event` tags.
 */
export function readElements() {
  const events = eventClasses();
  return readdirSync(`${src}define`)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && file !== 'qingyuan.ts')
    .sort()
    .map((file) => {
      const entry = file.slice(0, -3);
      const text = readFileSync(`${src}define/${file}`, 'utf8');
      const defined = /defineElement\('([\w-]+)',\s*(\w+)\)/.exec(text);
      if (!defined) throw new Error(`src/define/${file}: no defineElement('qy-…', Class) call`);
      const [, tag, name] = defined;
      const imported = new RegExp(
        `import \\{ ${name} \\} from '\\.\\./([\\w-]+/[\\w-]+)\\.js'`,
      ).exec(text);
      if (!imported) throw new Error(`src/define/${file}: ${name} is not imported from its module`);
      const module = imported[1];
      const classText = readFileSync(`${src}${module}.ts`, 'utf8');
      const eventTypes = [...classText.matchAll(/^ \* @event ([\w-]+) - /gm)].map((m) => m[1]);
      return {
        entry,
        tag,
        name,
        module,
        folder: module.split('/')[0],
        events: eventTypes.map((type) => {
          const event = events.get(type);
          if (!event) throw new Error(`${module}.ts: @event ${type} has no class in src/events/`);
          return { type, ...event };
        }),
      };
    });
}

function qingyuanEntry(elements) {
  return `/**
 * Registers every Qingyuan element (import for its side effect). This is the \`qingyuan.js\`
 * entry of the CDN build. Written by scripts/element-entries.mjs from src/define/*: do not edit.
 *
 * @example
 * import '@qingyuan/elements/define/qingyuan.js';
 */
${elements.map((element) => `import './${element.entry}.js';`).join('\n')}
`;
}

function reactEntry(elements) {
  const eventImports = new Map();
  for (const element of elements) {
    for (const event of element.events) eventImports.set(event.type, event);
  }
  const imports = [
    ...elements.map(
      (element) =>
        `import { ${element.name} as ${pascal(element.tag)} } from '../define/${element.entry}.js';`,
    ),
    ...[...eventImports.values()]
      .sort((a, b) => (a.module < b.module ? -1 : 1))
      .map(
        (event) =>
          `import { ${event.name} as ${pascal(event.type)} } from '../${event.module}.js';`,
      ),
  ];
  const wrappers = elements.map((element) => {
    const props = element.events.map((event) => `\`onQy${pascal(event.type)}\``);
    const about = props.length > 0 ? props.join(', ') : 'no events';
    const list = element.events.map((event) => pascal(event.type)).join(', ');
    return `/** \`<${element.tag}>\` for React: ${about}. */
export const ${element.name} = wrap('${element.tag}', ${pascal(element.tag)}, [${list}]);`;
  });
  return `/**
 * React wrappers of every Qingyuan element (\`@qingyuan/elements/react\`), made with \`@lit/react\`.
 * Importing this module registers the elements. Props are the elements' properties (objects
 * such as \`meeting\` go in as properties); events are \`onQy…\` props with the typed event:
 *
 * @example
 * import { QyBallot } from '@qingyuan/elements/react';
 * <QyBallot voter="v01" meeting={meeting} onQyBallotSubmit={(e) => save(e.detail.ballot)} />;
 *
 * Written by scripts/element-entries.mjs from src/define/* and each element's \`@event\` tags:
 * do not edit.
 */
${imports.join('\n')}
import { wrap } from './wrap.js';

export { reactEventProp, type ReactEventProp, type ReactEvents } from './wrap.js';

${wrappers.join('\n')}
`;
}

/** package.json with a class entry per element, in place of the ones it had. */
function packageJson(elements, text) {
  const pkg = JSON.parse(text);
  const exports = {};
  for (const [key, value] of Object.entries(pkg.exports)) {
    const isClassEntry = /^\.\/[\w-]+\.js$/.test(key);
    if (!isClassEntry) exports[key] = value;
    if (key === './define/*.js') {
      for (const element of elements) {
        exports[`./${element.entry}.js`] = {
          types: `./dist/${element.module}.d.ts`,
          import: `./dist/${element.module}.js`,
          default: `./dist/${element.module}.js`,
        };
      }
    }
  }
  pkg.exports = exports;
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** Each generated file's path and wanted text (formatted as the repository's Prettier does). */
export async function generatedFiles() {
  const elements = readElements();
  const files = [
    [`${src}define/qingyuan.ts`, qingyuanEntry(elements)],
    [`${src}react/index.ts`, reactEntry(elements)],
    [
      `${packageDir}package.json`,
      packageJson(elements, readFileSync(`${packageDir}package.json`, 'utf8')),
    ],
  ];
  return Promise.all(
    files.map(async ([path, text]) => {
      const options = (await prettier.resolveConfig(path)) ?? {};
      return [path, await prettier.format(text, { ...options, filepath: path })];
    }),
  );
}

/** The generated files whose text on disk differs from what src/define/* gives. */
export async function staleFiles() {
  const files = await generatedFiles();
  return files.filter(([path, text]) => readFileSync(path, 'utf8') !== text).map(([path]) => path);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const files = await generatedFiles();
  const stale = files.filter(([path, text]) => readFileSync(path, 'utf8') !== text);
  for (const [path, text] of stale) {
    const shown = path.slice(packageDir.length);
    if (check) console.error(`element-entries: ${shown} is not what src/define/* gives`);
    else {
      writeFileSync(path, text);
      console.log(`element-entries: wrote ${shown}`);
    }
  }
  if (check && stale.length > 0) {
    console.error('Run `npm run generate -w @qingyuan/elements` and commit the result.');
    process.exit(1);
  }
  if (stale.length === 0) console.log('element-entries: every list matches src/define/*');
}
