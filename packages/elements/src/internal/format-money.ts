import type { Money } from '@qingyuan/core';

/**
 * Formats integer minor units for people in a locale: `{ amount: 1000000, currency: 'CNY' }`
 * is "¥10,000.00" in zh-CN. Display only — sums and comparisons stay in integers.
 *
 * @example
 * formatMoney({ amount: 1000000, currency: 'CNY' }, 'en'); // 'CN¥10,000.00'
 */
export function formatMoney(money: Money, locale: string): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(money.amount / 10 ** digits);
}
