import { moneyTotal } from './money-total.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minorUnitsToDecimal } from './decimal-money.js';
import { parseDecimalMoney } from './parse-decimal-money.js';

describe('parseDecimalMoney', () => {
  it('reads decimals people type into exact minor units', () => {
    expect(parseDecimalMoney('10,000.50', 'CNY')).toEqual({ ok: true, amount: 1_000_050 });
    expect(parseDecimalMoney('¥ 80', 'CNY')).toEqual({ ok: true, amount: 8_000 });
    expect(parseDecimalMoney('１２３４．５', 'CNY')).toEqual({ ok: true, amount: 123_450 });
    expect(parseDecimalMoney('300元', 'CNY')).toEqual({ ok: true, amount: 30_000 });
    expect(parseDecimalMoney('.5', 'USD')).toEqual({ ok: true, amount: 50 });
    expect(parseDecimalMoney('1200', 'JPY')).toEqual({ ok: true, amount: 1200 });
  });

  it('refuses what is not an amount of the currency, with a reason', () => {
    expect(parseDecimalMoney('  ', 'CNY')).toEqual({ ok: false, reason: 'empty' });
    expect(parseDecimalMoney('12a', 'CNY')).toEqual({ ok: false, reason: 'not-a-number' });
    expect(parseDecimalMoney('-5', 'CNY')).toEqual({ ok: false, reason: 'not-a-number' });
    expect(parseDecimalMoney('1.2.3', 'CNY')).toEqual({ ok: false, reason: 'not-a-number' });
    expect(parseDecimalMoney('0.125', 'CNY')).toEqual({ ok: false, reason: 'too-precise' });
    expect(parseDecimalMoney('1.5', 'JPY')).toEqual({ ok: false, reason: 'too-precise' });
    expect(parseDecimalMoney('99999999999999999', 'CNY')).toEqual({
      ok: false,
      reason: 'too-large',
    });
  });

  it('never drifts: ten lines of 0.10 add up to exactly 1.00', () => {
    const lines = Array.from({ length: 10 }, () => parseDecimalMoney('0.1', 'CNY'));
    const amounts = lines.map((line) => ({ amount: line.ok ? line.amount : NaN, currency: 'CNY' }));
    expect(moneyTotal(amounts, 'CNY')).toEqual({ ok: true, minorUnits: 100n, currency: 'CNY' });
  });

  it('round-trips every amount through its decimal text (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.constantFrom('CNY', 'USD', 'JPY', 'EUR'),
        (amount, currency) => {
          const text = minorUnitsToDecimal(amount, currency);
          expect(parseDecimalMoney(text, currency)).toEqual({ ok: true, amount });
        },
      ),
    );
  });
});
