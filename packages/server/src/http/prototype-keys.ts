/** A path inside a JSON value: object keys and array indexes from its root. */
export type JsonPath = (string | number)[];

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The paths of every own key named `__proto__` in the first `levels` levels of nested objects
 * of `value`. `JSON.parse` makes such a key an ordinary own property, but zod's records and
 * objects drop it from what they return (assigning it would replace the result's prototype),
 * so a schema alone would accept the body with that key silently gone: look for it first.
 *
 * @example
 * ownPrototypeKeys(JSON.parse('{"p1":{"__proto__":true}}'), 2); // [['p1', '__proto__']]
 * ownPrototypeKeys({ p1: { c1: true } }, 2); // []
 */
export function ownPrototypeKeys(value: unknown, levels: number): JsonPath[] {
  const found: JsonPath[] = [];
  const walk = (node: unknown, path: JsonPath, left: number): void => {
    if (left === 0 || !isRecord(node)) return;
    for (const key of Object.keys(node)) {
      if (key === '__proto__') found.push([...path, key]);
      else walk(node[key], [...path, key], left - 1);
    }
  };
  walk(value, [], levels);
  return found;
}
