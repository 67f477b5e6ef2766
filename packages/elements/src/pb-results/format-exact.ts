import { Rational } from '@qingyuan/core';
import type { Locale } from '@qingyuan/core';

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, digits: number): Intl.NumberFormat {
  const key = `${locale}|${digits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
    formats.set(key, format);
  }
  return format;
}

/**
 * An exact number for people, grouped in the locale's way with at most `digits` decimals:
 * exact when the value has no more decimals than that, otherwise rounded and marked `≈`. The
 * decimal string is formatted as a string, so no digit is lost to floating point.
 *
 * @example
 * formatExact(Rational.of(1234567, 2), 'en'); // '617,283.5'
 * formatExact(Rational.of(1, 3), 'zh-CN', 4); // '≈0.3333'
 */
export function formatExact(value: Rational, locale: Locale, digits = 2): string {
  const scale = Rational.of(10n ** BigInt(digits));
  const exact = value.mul(scale).denominator === 1n;
  // Intl formats a decimal string exactly (ES2023); the cast is for TypeScript's ES2022 lib.
  const text = numberFormat(locale, digits).format(value.toDecimal(digits) as unknown as number);
  return exact ? text : `≈${text}`;
}

/**
 * A share (0..1) as a percentage with one decimal, `≈` when rounded.
 *
 * @example
 * formatShare(Rational.of(1, 2), 'en'); // '50%'
 */
export function formatShare(value: Rational, locale: Locale): string {
  return `${formatExact(value.mul(Rational.of(100)), locale, 1)}%`;
}
