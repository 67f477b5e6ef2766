import type { Money } from '@qingyuan/core';

/** A currency formatter for one locale and the power of ten its minor units need. */
interface MoneyFormat {
  readonly format: Intl.NumberFormat;
  readonly scale: number;
}

/** Formatters by `locale|currency`: building an `Intl.NumberFormat` costs far more than using one. */
const formats = new Map<string, MoneyFormat>();

function moneyFormat(locale: string, currency: string): MoneyFormat {
  const key = `${locale}|${currency}`;
  let entry = formats.get(key);
  if (!entry) {
    const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    entry = { format, scale: 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2) };
    formats.set(key, entry);
  }
  return entry;
}

/**
 * Formats integer minor units for people in a locale: `{ amount: 1000000, currency: 'CNY' }`
 * is "¥10,000.00" in zh-CN. Display only — sums and comparisons stay in integers. The
 * formatter for each locale and currency is built once and reused.
 *
 * @example
 * formatMoney({ amount: 1000000, currency: 'CNY' }, 'en'); // 'CN¥10,000.00'
 */
export function formatMoney(money: Money, locale: string): string {
  const { format, scale } = moneyFormat(locale, money.currency);
  return format.format(money.amount / scale);
}
