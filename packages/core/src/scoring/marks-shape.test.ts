import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BallotSchema } from '../meeting/ballot.js';
import { isMarksShape, isPlainJsonObject } from './marks-shape.js';

describe('isMarksShape', () => {
  it('accepts plain marks and refuses every other shape', () => {
    expect(isMarksShape({ p1: { c1: true, c2: 3 }, p2: {} })).toBe(true);
    expect(isMarksShape({ p1: { c1: 'yes' } })).toBe(false);
    expect(isMarksShape({ p1: { c1: 1.5 } })).toBe(false);
    expect(isMarksShape({ p1: [] })).toBe(false);
    expect(isMarksShape([])).toBe(false);
    expect(isMarksShape(null)).toBe(false);
    expect(isMarksShape(JSON.parse('{"__proto__":{"c":true}}'))).toBe(false);
    expect(isMarksShape(JSON.parse('{"p":{"__proto__":true}}'))).toBe(false);
  });

  it('never says yes to marks the schema refuses', () => {
    const mark = fc.oneof(fc.boolean(), fc.integer(), fc.double(), fc.string(), fc.constant(null));
    const marks = fc.dictionary(fc.string(), fc.oneof(fc.dictionary(fc.string(), mark), mark));
    fc.assert(
      fc.property(marks, (value) => {
        if (isMarksShape(value)) {
          expect(BallotSchema.safeParse({ voter: 'v01', marks: value }).success).toBe(true);
        }
      }),
    );
  });

  it('tells plain JSON objects from arrays and null', () => {
    expect(isPlainJsonObject(JSON.parse('{"a":1}'))).toBe(true);
    expect(isPlainJsonObject([])).toBe(false);
    expect(isPlainJsonObject(null)).toBe(false);
  });
});
