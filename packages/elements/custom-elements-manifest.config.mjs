// Configuration of `cem analyze` (`npm run manifest`, the last step of `npm run build`): writes
// custom-elements.json, which package.json's `customElements` points at and Storybook reads for
// its arg tables. The analyzer reads the TypeScript sources; the plugins below make the result
// describe the published package:
//   - `<tag>` → module definitions come from the `defineElement('qy-…', Class)` calls of
//     src/define/*, and the generic `customElements.define(tag, element)` inside
//     `defineElement` itself is not a definition (the analyzer took the variable name `tag`);
//   - an event the analyzer found from `dispatchEvent(new QyFooEvent(…))` has no name: it gets
//     the name of the event class (its `static type`) and merges with the `@event` JSDoc entry
//     of that name, so each event is listed once, named, with its type;
//   - module paths are the published files: `src/ballot/ballot.ts` → `dist/ballot/ballot.js`
//     (the npm build in tsup.config.ts keeps one module per source file at the same path).
// scripts/manifest-check.mjs checks the result on every test run.
import { dirname, posix } from 'node:path';

/** Source files that are not part of the package (kept in step with tsup.config.ts). */
const exclude = [
  'src/**/*.test.ts',
  'src/**/*.stories.ts',
  'src/**/*.fixture.ts',
  'src/testing/**',
];

/** The published file of a source module path (`src/a/b.ts` or `/src/a/b.js` → `dist/a/b.js`). */
function publishedPath(path) {
  return path.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');
}

/**
 * `defineElement('qy-ballot', QyBallot)` → a `custom-element-definition` export of the module,
 * declared by the module `QyBallot` is imported from; and no definition for
 * `customElements.define(tag, element)` calls whose tag is not a string literal.
 */
function defineElementCalls() {
  const dynamicDefines = new Set();
  return {
    name: 'qy-define-element-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node)) return;
      const [tag, element] = node.arguments;
      const callee = node.expression.getText();
      if (/^(?:window\.|globalThis\.)?customElements\.define$/.test(callee)) {
        if (tag && !ts.isStringLiteral(tag))
          dynamicDefines.add(`${moduleDoc.path}\0${tag.getText()}`);
        return;
      }
      if (callee !== 'defineElement' || !tag || !ts.isStringLiteral(tag)) return;
      if (!element || !ts.isIdentifier(element)) return;
      const className = element.text;
      let module = moduleDoc.path;
      for (const statement of node.getSourceFile().statements) {
        if (!ts.isImportDeclaration(statement)) continue;
        const named = statement.importClause?.namedBindings;
        if (!named || !ts.isNamedImports(named)) continue;
        if (named.elements.some((specifier) => specifier.name.text === className)) {
          const specifier = statement.moduleSpecifier.text;
          module = posix.join(dirname(moduleDoc.path), specifier).replace(/\.js$/, '.ts');
        }
      }
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tag.text,
          declaration: { name: className, module },
        },
      ];
    },
    moduleLinkPhase({ moduleDoc }) {
      moduleDoc.exports = (moduleDoc.exports ?? []).filter(
        (item) =>
          item.kind !== 'custom-element-definition' ||
          !dynamicDefines.has(`${moduleDoc.path}\0${item.name}`),
      );
    },
  };
}

/** Names the events found from `dispatchEvent(new QyFooEvent(…))` and lists each event once. */
function namedEvents() {
  return {
    name: 'qy-named-events',
    packageLinkPhase({ customElementsManifest }) {
      const declarations = customElementsManifest.modules.flatMap(
        (module) => module.declarations ?? [],
      );
      // QyBallotSentEvent → 'qy-ballot-sent', from `static readonly type = 'qy-ballot-sent'`
      const eventNames = new Map();
      for (const declaration of declarations) {
        const type = declaration.members?.find(
          (member) => member.static && member.name === 'type' && member.kind === 'field',
        );
        const name = /^['"](qy-[\w-]+)['"]$/.exec(type?.default ?? '')?.[1];
        if (declaration.kind === 'class' && name) eventNames.set(declaration.name, name);
      }
      const classOfEvent = new Map([...eventNames].map(([className, name]) => [name, className]));
      for (const declaration of declarations) {
        if (!declaration.events) continue;
        const byName = new Map();
        const unnamed = [];
        // JSDoc `@event` entries (named) first, so the list keeps their order.
        const events = [
          ...declaration.events.filter((event) => event.name),
          ...declaration.events.filter((event) => !event.name),
        ];
        for (const event of events) {
          const name = event.name ?? eventNames.get(event.type?.text);
          if (!name) {
            unnamed.push(event);
            continue;
          }
          const merged = { ...byName.get(name), ...event, name };
          const className = classOfEvent.get(name);
          if (className) merged.type = { text: className };
          const description = byName.get(name)?.description ?? event.description;
          if (description) merged.description = description;
          byName.set(name, merged);
        }
        declaration.events = [...byName.values(), ...unnamed];
      }
    },
  };
}

/**
 * Module paths and references name the published files. A reference is package-relative:
 * `./ballot/ballot.js` in src/index.ts and `/src/form/form-control.js` both become
 * `dist/…`. A superclass the analyzer placed in the module that extends it without declaring
 * it (`Event`, `HTMLElement`) is a global.
 */
function publishedPaths() {
  const fix = (value, modulePath) => {
    if (Array.isArray(value)) {
      for (const item of value) fix(item, modulePath);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    if (typeof value.module === 'string') {
      const reference = value.module.startsWith('.')
        ? posix.join(dirname(modulePath), value.module)
        : value.module;
      value.module = publishedPath(reference);
    }
    for (const [key, item] of Object.entries(value)) {
      if (key !== 'module') fix(item, modulePath);
    }
  };
  return {
    name: 'qy-published-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        const declared = new Set((module.declarations ?? []).map((item) => item.name));
        for (const declaration of module.declarations ?? []) {
          const superclass = declaration.superclass;
          if (superclass?.module === module.path && !declared.has(superclass.name)) {
            declaration.superclass = { name: superclass.name, package: 'global:' };
          }
        }
        fix(module.declarations, module.path);
        fix(module.exports, module.path);
        module.path = publishedPath(module.path);
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude,
  litelement: true,
  // package.json already has `"customElements": "custom-elements.json"`; do not rewrite it.
  packagejson: false,
  plugins: [defineElementCalls(), namedEvents(), publishedPaths()],
};
