import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentSplit } from './percent-split.js';

describe('percentSplit', () => {
  it('keeps exact shares and splits thirds by largest remainder', () => {
    expect(percentSplit([0.4, 0.3, 0.3])).toEqual([40, 30, 30]);
    expect(percentSplit([1, 1, 1])).toEqual([34, 33, 33]);
  });

  it('always sums to 100 with every share at least 1', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.001, max: 1000, noNaN: true }), {
          minLength: 1,
          maxLength: 50,
        }),
        (weights) => {
          const shares = percentSplit(weights);
          expect(shares.reduce((a, b) => a + b, 0)).toBe(100);
          for (const share of shares) expect(share).toBeGreaterThanOrEqual(1);
        },
      ),
    );
  });
});
