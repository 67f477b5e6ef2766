import { Rational } from '../math/rational.js';
import { minorDigits } from './decimal-money.js';

/** The outcome of reading a typed amount: integer minor units, or why it is not an amount. */
export type DecimalMoneyResult =
  | { readonly ok: true; readonly amount: number }
  | { readonly ok: false; readonly reason: 'empty' | 'not-a-number' | 'too-precise' | 'too-large' };

/**
 * Reads an amount typed as a decimal (`1234.5`, `1,234.50`, `１２３４．５` with full-width digits,
 * `¥ 80`) into integer minor units of a currency, exactly: the text is read as a decimal by
 * core's `Rational`, never through a binary float, so `0.1 + 0.2` fen never drifts. More
 * decimals than the currency has, negative amounts, and amounts beyond 2^53 minor units are
 * refused with a reason.
 *
 * @example
 * parseDecimalMoney('10,000.50', 'CNY'); // { ok: true, amount: 1000050 }
 * parseDecimalMoney('0.125', 'CNY');     // { ok: false, reason: 'too-precise' }
 */
export function parseDecimalMoney(text: string, currency: string): DecimalMoneyResult {
  const normalized = text
    .replace(/[\uFF10-\uFF19]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[\uFF0E\u3002]/g, '.')
    .replace(/[\s,\uFF0C_'¥￥$€£]/g, '')
    .replace(/^(?:CNY|RMB|USD|EUR|HKD|TWD|JPY|元)|(?:元|块)$/gi, '');
  if (normalized === '') return { ok: false, reason: 'empty' };
  if (!/^\d*(?:\.\d*)?$/.test(normalized) || normalized === '.') {
    return { ok: false, reason: 'not-a-number' };
  }
  const scaled = Rational.parse(normalized).mul(Rational.of(10n ** BigInt(minorDigits(currency))));
  if (scaled.denominator !== 1n) return { ok: false, reason: 'too-precise' };
  if (scaled.numerator > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, reason: 'too-large' };
  return { ok: true, amount: Number(scaled.numerator) };
}
