import { isDocumentSchemaName, toJSONSchema } from '@qingyuan/core';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Where a schema came from: openapi.yaml, or a document schema core publishes. */
interface Source {
  root: Json;
  /** The yaml's own schemas are held to list every key (see {@link schemaProblems}). */
  ours: boolean;
}

const external = /^https:\/\/qingyuan\.dev\/schemas\/(\w+)\.json(#.*)?$/;

function pointer(root: Json, fragment: string): Json {
  const keys = fragment
    .replace(/^#\/?/, '')
    .split('/')
    .filter((key) => key !== '')
    .map((key) => decodeURIComponent(key).replaceAll('~1', '/').replaceAll('~0', '~'));
  const found = keys.reduce<Json | undefined>((node, key) => node?.[key] as Json | undefined, root);
  if (found === undefined) throw new Error(`no schema at ${fragment}`);
  return found;
}

/** A `$ref` followed: local to its document, or a `https://qingyuan.dev/schemas/…` of core. */
function resolve(ref: string, source: Source): [Json, Source] {
  if (ref.startsWith('#')) return [pointer(source.root, ref), source];
  const match = external.exec(ref);
  if (match === null || !isDocumentSchemaName(match[1]!)) throw new Error(`unknown $ref ${ref}`);
  const root = toJSONSchema(match[1]!) as Json;
  return [pointer(root, match[2] ?? '#'), { root, ours: false }];
}

/** The property names an object schema declares, through `$ref` and `allOf`. */
function declaredKeys(schema: Json, source: Source, keys = new Set<string>()): Set<string> {
  if (typeof schema.$ref === 'string') {
    const [target, from] = resolve(schema.$ref as string, source);
    declaredKeys(target, from, keys);
  }
  for (const key of Object.keys((schema.properties ?? {}) as Json)) keys.add(key);
  for (const part of (schema.allOf ?? []) as Json[]) declaredKeys(part, source, keys);
  return keys;
}

/** Whether an object schema lets other keys in (`additionalProperties` other than `false`). */
function opensKeys(schema: Json, source: Source): boolean {
  if (schema.additionalProperties !== undefined && schema.additionalProperties !== false) {
    return true;
  }
  if (typeof schema.$ref === 'string') {
    const [target, from] = resolve(schema.$ref as string, source);
    if (opensKeys(target, from)) return true;
  }
  return ((schema.allOf ?? []) as Json[]).some((part) => opensKeys(part, source));
}

/**
 * Whether the keys of an object are held to this node's list: it declares properties itself
 * (or through `allOf`), or names one of core's schemas. A `$ref` to one of the yaml's schemas
 * is held to the list there instead.
 */
function listsHere(schema: Json, source: Source): boolean {
  if (schema.properties !== undefined || schema.allOf !== undefined) return true;
  return typeof schema.$ref === 'string' && !resolve(schema.$ref as string, source)[1].ours;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function hasType(value: unknown, type: string): boolean {
  if (type === 'integer') return Number.isInteger(value);
  return typeOf(value) === type;
}

function walk(
  value: unknown,
  schema: Json,
  source: Source,
  at: string,
  problems: string[],
  listsKeys: boolean,
): void {
  if (typeof schema.$ref === 'string') {
    const [target, from] = resolve(schema.$ref as string, source);
    walk(value, target, from, at, problems, listsKeys && from.ours);
  }
  for (const part of (schema.allOf ?? []) as Json[]) walk(value, part, source, at, problems, false);
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const branches = schema[keyword] as Json[] | undefined;
    if (branches === undefined) continue;
    const passing = branches.filter((branch) => {
      const found: string[] = [];
      walk(value, branch, source, at, found, source.ours);
      return found.length === 0;
    }).length;
    if (keyword === 'oneOf' ? passing !== 1 : passing === 0) {
      problems.push(`${at}: matches ${passing} of the ${keyword} branches`);
    }
  }
  if ('const' in schema && JSON.stringify(value) !== JSON.stringify(schema.const)) {
    problems.push(`${at}: ${JSON.stringify(value)} is not ${JSON.stringify(schema.const)}`);
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) {
    problems.push(`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  }
  if (schema.type !== undefined) {
    const types = (Array.isArray(schema.type) ? schema.type : [schema.type]) as string[];
    if (!types.some((type) => hasType(value, type))) {
      problems.push(`${at}: a ${typeOf(value)}, not ${types.join(' or ')}`);
      return;
    }
  }
  if (typeof value === 'string') {
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) {
      problems.push(`${at}: ${JSON.stringify(value)} does not match ${schema.pattern as string}`);
    }
    if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) {
      problems.push(`${at}: longer than ${schema.maxLength}`);
    }
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) {
      problems.push(`${at}: ${value} < ${schema.minimum}`);
    }
    if (typeof schema.maximum === 'number' && value > schema.maximum) {
      problems.push(`${at}: ${value} > ${schema.maximum}`);
    }
    if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum) {
      problems.push(`${at}: ${value} <= ${schema.exclusiveMinimum}`);
    }
  }
  if (Array.isArray(value) && schema.items !== undefined) {
    value.forEach((item, index) =>
      walk(item, schema.items as Json, source, `${at}/${index}`, problems, source.ours),
    );
  }
  if (typeOf(value) !== 'object') return;
  const object = value as Json;
  for (const key of (schema.required ?? []) as string[]) {
    if (!(key in object)) problems.push(`${at}: lacks the required ${key}`);
  }
  const properties = (schema.properties ?? {}) as Json;
  const declared =
    listsKeys && listsHere(schema, source) && !opensKeys(schema, source)
      ? declaredKeys(schema, source)
      : null;
  for (const [key, item] of Object.entries(object)) {
    if (key in properties) {
      walk(item, properties[key] as Json, source, `${at}/${key}`, problems, source.ours);
    } else if (schema.additionalProperties === false) {
      problems.push(`${at}: ${key} is not allowed`);
    } else if (typeOf(schema.additionalProperties) === 'object') {
      walk(
        item,
        schema.additionalProperties as Json,
        source,
        `${at}/${key}`,
        problems,
        source.ours,
      );
    }
    if (declared !== null && !declared.has(key)) {
      problems.push(`${at}: ${key} is not documented`);
    }
  }
}

/**
 * What is wrong with `value` as an instance of `schema` (an openapi.yaml schema, `root` being
 * the whole yaml): an empty list when it fits. A small JSON Schema check for the keywords the
 * yaml and core's published schemas use (`$ref` local or `https://qingyuan.dev/schemas/…`,
 * `allOf`, `oneOf`, `anyOf`, `type`, `enum`, `const`, `required`, `properties`,
 * `additionalProperties`, `items`, `pattern`, bounds); other keywords are not checked.
 *
 * Stricter than JSON Schema in one way: an object of one of the yaml's own schemas that lists
 * `properties` (itself or through `allOf`) and says nothing of `additionalProperties` may hold
 * only the listed keys, so a key a route returns that the yaml does not document is reported.
 *
 * @example
 * schemaProblems({ ok: true }, { type: 'object', properties: { ok: { type: 'boolean' } } }, spec); // []
 */
export function schemaProblems(value: unknown, schema: Json, root: Json): string[] {
  const problems: string[] = [];
  walk(value, schema, { root, ours: true }, '', problems, true);
  return problems;
}
