import { formatMoney } from '@qingyuan/core';

/**
 * Number and money formatting for one locale, with the `Intl.NumberFormat` objects built once
 * and reused: a 1,000-row ranking formats about nine values per row, and building a formatter
 * costs far more than using one. Money is the shared `formatMoney` (integer minor units shown
 * in the currency's own fraction digits; its formatters are cached too).
 *
 * @example
 * const format = new RankingFormat('en');
 * format.number(0.8); // '0.8'
 * format.money(1000000, 'CNY'); // 'CN¥10,000.00'
 */
export class RankingFormat {
  private readonly numbers: Intl.NumberFormat;

  constructor(readonly locale: string) {
    this.numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 4 });
  }

  /** A score, weight or total: up to four fraction digits. */
  number(value: number): string {
    return this.numbers.format(value);
  }

  /** Integer minor units of a currency, for people (display only). */
  money(amount: number, currency: string): string {
    return formatMoney({ amount, currency }, this.locale);
  }
}
