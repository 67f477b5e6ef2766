import type { JsonPath } from './prototype-keys.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A path as a chain of links to its parent (built into an array only when reported). */
interface PathLink {
  key: string | number;
  parent: PathLink | undefined;
}

function pathOf(link: PathLink | undefined): JsonPath {
  const path: JsonPath = [];
  for (let at = link; at !== undefined; at = at.parent) path.push(at.key);
  return path.reverse();
}

/** A place still to compare, or (`dropped`) a field found missing from the output. */
interface Pending {
  input: unknown;
  output: unknown;
  at: PathLink | undefined;
  dropped?: true;
}

/**
 * The fields of `input` that a schema dropped from its `output`, in document order: the path
 * of every own key of an object in `input` whose counterpart in `output` (the same path) is an
 * object without that key. It lets a schema that strips unknown fields (core's, which others
 * use leniently) name them instead: parse, then compare. Walks only where both sides are
 * objects or arrays, so no deeper than the output, and without recursion; an own `__proto__`
 * key (which zod always drops) is found like any other.
 *
 * @example
 * const input = { id: 'm1', critera: [], method: { type: 'approval', min: 0 } };
 * droppedFields(input, { id: 'm1', method: { type: 'approval' } });
 * // [['critera'], ['method', 'min']]
 */
export function droppedFields(input: unknown, output: unknown): JsonPath[] {
  const dropped: JsonPath[] = [];
  const pending: Pending[] = [{ input, output, at: undefined }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { input: given, output: kept, at } = next;
    if (next.dropped) {
      dropped.push(pathOf(at));
    } else if (given === kept) {
      continue; // passed through untouched: nothing was dropped below
    } else if (Array.isArray(given) && Array.isArray(kept)) {
      for (let i = given.length - 1; i >= 0; i -= 1) {
        pending.push({ input: given[i], output: kept[i], at: { key: i, parent: at } });
      }
    } else if (isRecord(given) && isRecord(kept)) {
      const keys = Object.keys(given);
      for (let i = keys.length - 1; i >= 0; i -= 1) {
        const key = keys[i]!;
        pending.push({
          input: given[key],
          output: kept[key],
          at: { key, parent: at },
          ...(Object.hasOwn(kept, key) ? {} : { dropped: true as const }),
        });
      }
    }
  }
  return dropped;
}
