import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressedCells } from './suppressed-cells.js';

describe('suppressedCells', () => {
  it('hides small cells, and one more when the hidden ones could be recovered from the total', () => {
    expect(suppressedCells([12, 3, 9], 5)).toEqual([false, true, true]);
    expect(suppressedCells([12, 3, 2, 9], 5)).toEqual([false, true, true, false]);
    expect(suppressedCells([12, 5, 9], 5)).toEqual([false, false, false]);
    expect(suppressedCells([12, 0, 9], 5)).toEqual([false, false, false]);
    expect(suppressedCells([4], 5)).toEqual([true]);
    expect(suppressedCells([6, 8], 5, [true, false])).toEqual([true, false]);
    expect(suppressedCells([2, 8, 7], 5, [true, false, false])).toEqual([true, false, true]);
  });

  it('never leaves between 1 and minimum − 1 people in the hidden cells while any cell is shown', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 30 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 2, max: 10 }),
        (sizes, minimum) => {
          const hidden = suppressedCells(sizes, minimum);
          const shown = sizes.filter((_, i) => !hidden[i]);
          // Every shown non-empty cell holds at least `minimum` people.
          expect(shown.every((size) => size === 0 || size >= minimum)).toBe(true);
          const held = sizes.reduce((sum, size, i) => sum + (hidden[i] ? size : 0), 0);
          const anyShown = shown.some((size) => size > 0);
          if (anyShown) expect(held === 0 || held >= minimum).toBe(true);
        },
      ),
    );
  });
});
