import { Rational } from '../math/rational.js';

/**
 * One value of a weighted sample: `value` held by `count` individuals (voters with the same
 * ballot share one entry).
 */
export interface WeightedValue {
  value: Rational;
  count: number;
}

/**
 * The Gini coefficient of non-negative values, exact: with the `n` values sorted ascending
 * `x_0 ≤ … ≤ x_{n-1}`,
 * `G = (n + 1 − 2·Σ_{i=0}^{n-1} (n − i)·x_i / Σ x) / n`, and 0 when every value is 0 (or there
 * are none). 0 is perfect equality; `(n − 1)/n` is one individual holding everything.
 * Entries with equal values may be given once with a `count`; the result is the same as for
 * the expanded list.
 *
 * @example
 * giniCoefficient([{ value: Rational.of(0), count: 1 }, { value: Rational.of(10), count: 1 }]).toString(); // '1/2'
 */
export function giniCoefficient(values: readonly WeightedValue[]): Rational {
  const sorted = values.filter((v) => v.count > 0).sort((a, b) => a.value.compare(b.value));
  let n = 0n;
  let total = Rational.ZERO;
  for (const { value, count } of sorted) {
    if (value.sign() < 0) throw new RangeError('giniCoefficient: values must be non-negative');
    n += BigInt(count);
    total = total.add(value.mul(Rational.of(count)));
  }
  if (n === 0n || total.isZero()) return Rational.ZERO;
  // Σ (n − i)·x_i, a run of `c` equal values starting at position s contributes
  // x·Σ_{i=s}^{s+c-1} (n − i) = x·(c·(n − s) − c·(c − 1)/2).
  let weighted = Rational.ZERO;
  let start = 0n;
  for (const { value, count } of sorted) {
    const c = BigInt(count);
    weighted = weighted.add(value.mul(Rational.of(c * (n - start) - (c * (c - 1n)) / 2n)));
    start += c;
  }
  return Rational.of(n + 1n)
    .sub(Rational.of(2n).mul(weighted).div(total))
    .div(Rational.of(n));
}
