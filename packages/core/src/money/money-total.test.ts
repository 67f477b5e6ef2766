import { describe, expect, it } from 'vitest';
import { moneyTotal } from './money-total.js';

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
