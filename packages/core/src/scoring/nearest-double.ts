import type { Rational } from '../math/rational.js';

const TWO_53 = 2n ** 53n;

/**
 * The double nearest to an exact rational (ties to even), for the `number` fields of a tally
 * result. Decisions are never taken on these numbers: they are for display and charts.
 *
 * @example
 * nearestDouble(Rational.parse('36/5')); // 7.2
 */
export function nearestDouble(value: Rational): number {
  const { numerator, denominator } = value;
  const magnitude = numerator < 0n ? -numerator : numerator;
  // IEEE division of two exactly representable integers is correctly rounded.
  if (magnitude <= TWO_53 && denominator <= TWO_53) {
    return Number(numerator) / Number(denominator);
  }
  if (magnitude === 0n) return 0;
  // Scale so the integer quotient has exactly 53 significant bits, then round half to even.
  let shift = denominator.toString(2).length - magnitude.toString(2).length + 53;
  let top = shift >= 0 ? magnitude << BigInt(shift) : magnitude;
  let bottom = shift >= 0 ? denominator : denominator << BigInt(-shift);
  let quotient = top / bottom;
  if (quotient < 2n ** 52n) {
    shift += 1;
    top = shift >= 0 ? magnitude << BigInt(shift) : magnitude;
    bottom = shift >= 0 ? denominator : denominator << BigInt(-shift);
    quotient = top / bottom;
  }
  const twiceRemainder = (top % bottom) * 2n;
  if (twiceRemainder > bottom || (twiceRemainder === bottom && quotient % 2n === 1n)) {
    quotient += 1n;
  }
  // quotient × 2^-shift, split so no intermediate power of two overflows or underflows.
  let result = Number(quotient);
  let remaining = -shift;
  while (remaining !== 0) {
    const step = Math.max(-1000, Math.min(1000, remaining));
    result *= 2 ** step;
    remaining -= step;
  }
  return numerator < 0n ? -result : result;
}
