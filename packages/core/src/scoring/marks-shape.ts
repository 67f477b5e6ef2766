import type { Ballot } from '../meeting/ballot.js';

/** A plain object (its prototype `Object.prototype` or `null`): what `JSON.parse` makes. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * The fast structural check of ballot marks every hot path runs before (or instead of) a full
 * schema parse: a plain object, per project a plain object, per criterion `true`, `false` or a
 * safe integer, own keys only and none named `__proto__`. It may say `false` for marks a schema
 * accepts (a `__proto__` key, which the full check then refuses with its path), never `true`
 * for marks `BallotSchema` refuses. Core's tally (`isBallotShape`) and the ballot box's cast
 * request both use it.
 *
 * @example
 * isMarksShape({ p1: { c1: true, c2: 3 } }); // true
 * isMarksShape({ p1: { c1: 'yes' } }); // false
 */
export function isMarksShape(marks: unknown): marks is Ballot['marks'] {
  if (!isPlainObject(marks)) return false;
  for (const project in marks) {
    const criteria = marks[project];
    if (project === '__proto__' || !Object.hasOwn(marks, project) || !isPlainObject(criteria)) {
      return false;
    }
    for (const criterion in criteria) {
      const mark = criteria[criterion];
      if (criterion === '__proto__' || !Object.hasOwn(criteria, criterion)) return false;
      if (typeof mark !== 'boolean' && !Number.isSafeInteger(mark)) return false;
    }
  }
  return true;
}

/**
 * Whether a value is a plain JSON object (not an array, a class instance or `null`).
 *
 * @example
 * isPlainJsonObject(JSON.parse('{"a":1}')); // true
 * isPlainJsonObject([]); // false
 */
export function isPlainJsonObject(value: unknown): value is Record<string, unknown> {
  return isPlainObject(value) && !Array.isArray(value);
}
