import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { documentSchemaNames, toJSONSchema } from '@qingyuan/core';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The id under which the whole openapi.yaml is registered with Ajv. */
const SPEC_ID = 'https://qingyuan.dev/openapi.yaml';
const external = /^https:\/\/qingyuan\.dev\/schemas\/\w+\.json/;

/** A JSON pointer fragment (`#/a/b~1c`) followed in `root`. */
function pointer(root: Json, fragment: string): Json | undefined {
  return fragment
    .replace(/^#\/?/, '')
    .split('/')
    .filter((key) => key !== '')
    .map((key) => decodeURIComponent(key).replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<Json | undefined>((node, key) => node?.[key] as Json | undefined, root);
}

/**
 * Whether an object schema of the yaml lists its keys: it has `properties` or an `allOf`, or
 * it is (through local `$ref`s) one that does, or one of core's published document schemas. A
 * free-form `{ type: object }` does not, nor does a schema with `additionalProperties`.
 */
function listsKeys(node: Json, spec: Json, seen = new Set<Json>()): boolean {
  if (seen.has(node)) return false;
  seen.add(node);
  if (node.additionalProperties !== undefined) return false;
  if (node.properties !== undefined || node.allOf !== undefined) return true;
  if (typeof node.$ref !== 'string') return false;
  const ref = node.$ref as string;
  if (external.test(ref)) return true;
  const target = ref.startsWith('#') ? pointer(spec, ref) : undefined;
  return target !== undefined && listsKeys(target, spec, seen);
}

/** Keywords whose value is one subschema, and those whose value is a list or map of them. */
const oneSchema = ['items', 'additionalProperties', 'not', 'contains', 'unevaluatedItems'];
const schemaLists = ['oneOf', 'anyOf', 'prefixItems'];

/**
 * Adds `unevaluatedProperties: false` to every object schema of the yaml where it is used: the
 * root of an answer's schema, a property's schema, an array's items, a `oneOf`/`anyOf` branch.
 * Not to the members of an `allOf` (their parent holds the keys of all of them), nor to the
 * component schemas themselves (an `allOf` may extend one), nor to schemas that say
 * `additionalProperties`. `unevaluatedProperties` sees the keys evaluated through `$ref` and
 * `allOf`, so an object may hold exactly the keys its schema and the schemas it builds on list.
 */
function closeObjects(node: unknown, spec: Json, used: boolean): void {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
  const schema = node as Json;
  if (used && schema.unevaluatedProperties === undefined && listsKeys(schema, spec)) {
    schema.unevaluatedProperties = false;
  }
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'properties' || key === 'patternProperties' || key === '$defs') {
      for (const child of Object.values((value ?? {}) as Json)) closeObjects(child, spec, true);
    } else if (oneSchema.includes(key)) {
      closeObjects(value, spec, true);
    } else if (schemaLists.includes(key) && Array.isArray(value)) {
      for (const child of value) closeObjects(child, spec, true);
    } else if (key === 'allOf' && Array.isArray(value)) {
      for (const child of value) closeObjects(child, spec, false);
    }
  }
}

/** Every place of the yaml that holds a schema: components, request bodies, answers, headers. */
function closeSpec(spec: Json): void {
  for (const schema of Object.values((spec.components?.schemas ?? {}) as Json)) {
    closeObjects(schema, spec, false);
  }
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    for (const [key, value] of Object.entries(node as Json)) {
      if (key === 'schema') closeObjects(value, spec, true);
      else if (key !== 'schemas') visit(value);
    }
  };
  visit(spec.paths);
  visit(spec.components?.responses);
  visit(spec.components?.headers);
}

/** An ISO 8601 date-time as the box writes it (`toISOString()`), or with an offset. */
const dateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function describe(error: ErrorObject): string {
  const at = error.instancePath === '' ? '(answer)' : error.instancePath;
  const params = error.params as Json;
  const named =
    params.unevaluatedProperty ?? params.additionalProperty ?? params.missingProperty ?? undefined;
  return `${at}: ${error.message ?? error.keyword}${named === undefined ? '' : ` (${named as string})`}`;
}

/**
 * openapi.yaml's schemas checked with Ajv (JSON Schema 2020-12, the dialect of OpenAPI 3.1),
 * made strict about keys: every object schema of the yaml is closed with
 * `unevaluatedProperties: false` where it is used (see {@link closeObjects}), so an answer
 * that carries a key the yaml does not document fails, as does a missing required key or a
 * wrong type. Core's document schemas (`https://qingyuan.dev/schemas/…`) are loaded from
 * `@qingyuan/core` as published, unchanged.
 *
 * @example
 * const schemas = new OpenApiSchemas(parse(readFileSync('openapi.yaml', 'utf8')));
 * schemas.problems({ ok: true, extra: 1 }, '#/paths/~1healthz/get/responses/200/content/application~1json/schema');
 * // ['(answer): must NOT have unevaluated properties (extra)']
 */
export class OpenApiSchemas {
  private readonly ajv: Ajv2020;
  private readonly compiled = new Map<string, ValidateFunction>();
  /** The yaml as checked: a copy with its object schemas closed. */
  readonly spec: Json;

  constructor(spec: Json) {
    this.spec = structuredClone(spec);
    closeSpec(this.spec);
    // strict: false, because the yaml is a whole OpenAPI document registered as one schema
    // (its `openapi`, `paths`, `summary`… are not JSON Schema keywords).
    this.ajv = new Ajv2020({ allErrors: true, strict: false });
    this.ajv.addFormat('date-time', dateTime);
    this.ajv.addFormat('binary', true);
    for (const name of documentSchemaNames()) this.ajv.addSchema(toJSONSchema(name) as Json);
    this.ajv.addSchema({ ...this.spec, $id: SPEC_ID });
  }

  /**
   * What is wrong with `value` as an instance of the schema at `at` (a JSON pointer into the
   * yaml, e.g. `#/components/schemas/Results`): an empty list when it fits.
   */
  problems(value: unknown, at: string): string[] {
    let validate = this.compiled.get(at);
    if (validate === undefined) {
      const target = pointer(this.spec, at);
      if (target === undefined) throw new Error(`openapi.yaml has nothing at ${at}`);
      // A component schema checked on its own is closed here, as where it is used.
      validate = this.ajv.compile({
        $ref: `${SPEC_ID}${at}`,
        ...(listsKeys(target, this.spec) ? { unevaluatedProperties: false } : {}),
      });
      this.compiled.set(at, validate);
    }
    return validate(value) ? [] : (validate.errors ?? []).map(describe);
  }
}

/**
 * The JSON pointer of a schema in openapi.yaml from the keys that lead to it, each escaped
 * (`/` as `~1`).
 *
 * @example
 * schemaPointer('paths', '/healthz', 'get', 'responses', '200', 'content', 'application/json', 'schema');
 * // '#/paths/~1healthz/get/responses/200/content/application~1json/schema'
 */
export function schemaPointer(...keys: string[]): string {
  return `#/${keys.map((key) => key.replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`;
}
