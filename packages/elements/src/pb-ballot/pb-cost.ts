import type { Rational } from '@qingyuan/core';

const formats = new Map<string, Intl.NumberFormat>();

/**
 * A PB cost for people: an exact number of whole currency units (as in Pabulib files) in the
 * locale's digits, with the currency when the sheet names one. Display only: sums and limits
 * stay exact in core.
 *
 * @example
 * formatPbCost(Rational.of(120000), 'CNY', 'zh-CN'); // '¥120,000'
 */
export function formatPbCost(
  value: Rational,
  currency: string | undefined,
  locale: string,
): string {
  const key = `${locale}|${currency ?? ''}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      ...(currency ? { style: 'currency', currency } : {}),
      minimumFractionDigits: 0,
      maximumFractionDigits: 2,
    });
    formats.set(key, format);
  }
  return format.format(value.toNumber());
}
