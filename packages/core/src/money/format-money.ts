import { minorUnitsToDecimal } from './decimal-money.js';

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
 * Integer minor units as people read them. With a `locale`, the currency as that language
 * writes it (`¥10,000.00` in zh-CN, `CN¥10,000.00` in English; one `Intl.NumberFormat` per
 * locale and currency, built once). Without one, the same text in every language, for messages
 * that carry both (`10,000.50 CNY`), exact at any size. Both give a currency its own minor
 * digits (none for JPY). Display only: sums and comparisons stay in integers.
 *
 * @example
 * formatMoney({ amount: 1000050, currency: 'CNY' });          // '10,000.50 CNY'
 * formatMoney({ amount: 1000000, currency: 'CNY' }, 'zh-CN'); // '¥10,000.00'
 * formatMoney({ amount: 5000, currency: 'JPY' });             // '5,000 JPY'
 */
export function formatMoney(
  money: { readonly amount: number | bigint; readonly currency: string },
  locale?: string,
): string {
  if (locale !== undefined) {
    const { format, scale } = moneyFormat(locale, money.currency);
    return format.format(Number(money.amount) / scale);
  }
  const decimal = minorUnitsToDecimal(money.amount, money.currency);
  const [whole = '', fraction] = decimal.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${grouped}${fraction === undefined ? '' : `.${fraction}`} ${money.currency}`;
}
