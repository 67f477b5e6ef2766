/**
 * Number and money formatting for one locale, with the `Intl.NumberFormat` objects built once
 * and reused: a 1,000-row ranking formats about nine values per row, and building a formatter
 * costs far more than using one. Money reads exactly as the shared `formatMoney` (integer minor
 * units shown in the currency's own fraction digits).
 *
 * @example
 * const format = new RankingFormat('en');
 * format.number(0.8); // '0.8'
 * format.money(1000000, 'CNY'); // 'CN¥10,000.00'
 */
export class RankingFormat {
  private readonly numbers: Intl.NumberFormat;
  private readonly currencies = new Map<string, { format: Intl.NumberFormat; scale: number }>();

  constructor(readonly locale: string) {
    this.numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 4 });
  }

  /** A score, weight or total: up to four fraction digits. */
  number(value: number): string {
    return this.numbers.format(value);
  }

  /** Integer minor units of a currency, for people (display only). */
  money(amount: number, currency: string): string {
    let entry = this.currencies.get(currency);
    if (!entry) {
      const format = new Intl.NumberFormat(this.locale, { style: 'currency', currency });
      entry = { format, scale: 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2) };
      this.currencies.set(currency, entry);
    }
    return entry.format.format(amount / entry.scale);
  }
}
