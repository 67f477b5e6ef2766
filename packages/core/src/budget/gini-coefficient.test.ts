import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rational } from '../math/rational.js';
import { giniCoefficient } from './gini-coefficient.js';

const r = (n: number) => Rational.of(n);
const plain = (xs: number[]) => giniCoefficient(xs.map((x) => ({ value: r(x), count: 1 })));

describe('giniCoefficient', () => {
  it('is 0 for equal values, for all zeros and for no values', () => {
    expect(plain([5, 5, 5]).toString()).toBe('0');
    expect(plain([0, 0]).toString()).toBe('0');
    expect(plain([]).toString()).toBe('0');
  });

  it('is (n-1)/n when one individual holds everything', () => {
    expect(plain([0, 0, 0, 7]).toString()).toBe('3/4');
    expect(plain([0, 10]).toString()).toBe('1/2');
  });

  it('matches the textbook value of 1, 2, 3 (mean absolute difference / twice the mean)', () => {
    // Σ|xi-xj| over ordered pairs = 8, n² = 9, mean 2: 8 / (2·9·2) = 2/9.
    expect(plain([3, 1, 2]).toString()).toBe('2/9');
  });

  it('gives the same value for counted and expanded lists', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 1, max: 4 })), {
          maxLength: 8,
        }),
        (entries) => {
          const counted = giniCoefficient(entries.map(([v, c]) => ({ value: r(v), count: c })));
          const expanded = plain(entries.flatMap(([v, c]) => Array<number>(c).fill(v)));
          expect(counted.toString()).toBe(expanded.toString());
          // The definition as the mean absolute difference over ordered pairs / (2·mean).
          const xs = entries.flatMap(([v, c]) => Array<number>(c).fill(v));
          const sum = xs.reduce((a, b) => a + b, 0);
          if (sum === 0) return;
          let diff = 0;
          for (const a of xs) for (const b of xs) diff += Math.abs(a - b);
          expect(counted.toString()).toBe(Rational.of(diff, 2 * xs.length * sum).toString());
        },
      ),
    );
  });

  it('refuses negative values', () => {
    expect(() => plain([1, -1])).toThrow(RangeError);
  });
});
