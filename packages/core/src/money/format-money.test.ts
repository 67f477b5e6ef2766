import { describe, expect, it } from 'vitest';
import { formatMoney } from './format-money.js';

/** What formatMoney did before it cached: a new formatter on every call. */
function uncached(amount: number, currency: string, locale: string): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(amount / 10 ** digits);
}

describe('formatMoney', () => {
  it('writes the same text in every language without a locale, exact at any size', () => {
    expect(formatMoney({ amount: 1000050, currency: 'CNY' })).toBe('10,000.50 CNY');
    expect(formatMoney({ amount: 5, currency: 'CNY' })).toBe('0.05 CNY');
    expect(formatMoney({ amount: -123456789n, currency: 'CNY' })).toBe('-1,234,567.89 CNY');
    expect(formatMoney({ amount: 2n ** 64n, currency: 'CNY' })).toBe(
      '184,467,440,737,095,516.16 CNY',
    );
    // a currency's own minor digits: none for yen, three for dinars
    expect(formatMoney({ amount: 5_000, currency: 'JPY' })).toBe('5,000 JPY');
    expect(formatMoney({ amount: 1_234_567, currency: 'KWD' })).toBe('1,234.567 KWD');
  });

  it('reads integer minor units in both languages, fen and cents included', () => {
    expect(formatMoney({ amount: 1_000_000, currency: 'CNY' }, 'zh-CN')).toBe('¥10,000.00');
    expect(formatMoney({ amount: 1_000_000, currency: 'CNY' }, 'en')).toBe('CN¥10,000.00');
    expect(formatMoney({ amount: 123_456, currency: 'EUR' }, 'en')).toBe('€1,234.56');
    expect(formatMoney({ amount: 123_456, currency: 'EUR' }, 'zh-CN')).toBe('€1,234.56');
    expect(formatMoney({ amount: 1, currency: 'CNY' }, 'zh-CN')).toBe('¥0.01');
    expect(formatMoney({ amount: 99, currency: 'EUR' }, 'en')).toBe('€0.99');
    // a currency without minor units is not divided by 100
    expect(formatMoney({ amount: 5_000, currency: 'JPY' }, 'en')).toBe('¥5,000');
  });

  it('gives exactly the strings of a fresh formatter per call, in any order of calls', () => {
    const cases: [number, string, string][] = [];
    for (const locale of ['zh-CN', 'en', 'zh-CN'])
      for (const currency of ['CNY', 'EUR', 'CNY', 'JPY'])
        for (const amount of [0, 1, 9, 10, 99, 100, 105, 123_456, 1_000_000, -2_550])
          cases.push([amount, currency, locale]);
    for (const [amount, currency, locale] of cases) {
      expect(formatMoney({ amount, currency }, locale)).toBe(uncached(amount, currency, locale));
    }
  });

  it('builds one formatter per locale and currency, not one per call', () => {
    formatMoney({ amount: 1, currency: 'EUR' }, 'zh-CN');
    formatMoney({ amount: 1, currency: 'CNY' }, 'en');
    // count constructions: Intl.NumberFormat replaced by a subclass that counts, then restored
    const Real = Intl.NumberFormat;
    let built = 0;
    class Counting extends Real {
      constructor(...args: ConstructorParameters<typeof Intl.NumberFormat>) {
        super(...args);
        built += 1;
      }
    }
    const intl = Intl as { NumberFormat: typeof Intl.NumberFormat };
    intl.NumberFormat = Counting as typeof Intl.NumberFormat;
    try {
      for (let i = 0; i < 100; i++) {
        expect(formatMoney({ amount: i, currency: 'EUR' }, 'zh-CN')).toBe(
          `€0.${String(i).padStart(2, '0')}`,
        );
        formatMoney({ amount: i, currency: 'CNY' }, 'en');
      }
      expect(built).toBe(0);
      // a new pair gets its own formatter (the cache key is locale and currency)
      expect(formatMoney({ amount: 100, currency: 'USD' }, 'en')).toBe('$1.00');
      expect(built).toBe(1);
    } finally {
      intl.NumberFormat = Real;
    }
  });
});
