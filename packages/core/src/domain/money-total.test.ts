import { describe, expect, it } from 'vitest';
import { formatMoney, moneyTotal } from './money-total.js';

describe('moneyTotal', () => {
  it('adds exactly beyond the float-safe range', () => {
    const big = { amount: Number.MAX_SAFE_INTEGER, currency: 'CNY' };
    expect(moneyTotal([big, big], 'CNY')).toEqual({
      ok: true,
      minorUnits: 2n * BigInt(Number.MAX_SAFE_INTEGER),
      currency: 'CNY',
    });
  });

  it('reports the first amount in another currency', () => {
    expect(
      moneyTotal(
        [
          { amount: 1, currency: 'CNY' },
          { amount: 1, currency: 'EUR' },
        ],
        'CNY',
      ),
    ).toEqual({
      ok: false,
      index: 1,
      expected: 'CNY',
      actual: 'EUR',
    });
  });
});

describe('formatMoney', () => {
  it('writes yuan with thousands separators and two decimals', () => {
    expect(formatMoney({ amount: 1000050, currency: 'CNY' })).toBe('10,000.50 CNY');
    expect(formatMoney({ amount: 5, currency: 'CNY' })).toBe('0.05 CNY');
    expect(formatMoney({ amount: -123456789n, currency: 'CNY' })).toBe('-1,234,567.89 CNY');
  });
});
