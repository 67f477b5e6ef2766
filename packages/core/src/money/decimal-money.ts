import { Rational } from '../math/rational.js';

/**
 * How many minor-unit digits a currency has (2 for CNY fen and USD cents, 0 for JPY), as the
 * runtime's `Intl` (ECMA-402, in every browser and Node) knows it — the digits a currency
 * `Intl.NumberFormat` displays.
 *
 * @example
 * minorDigits('CNY'); // 2
 * minorDigits('JPY'); // 0
 */
export function minorDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2
    );
  } catch {
    return 2;
  }
}

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

/**
 * Integer minor units as the plain decimal a person would type back (`1000050` CNY →
 * `'10000.50'`), for pre-filling an input. Exact (string arithmetic on BigInt).
 *
 * @example
 * minorUnitsToDecimal(1000050, 'CNY'); // '10000.50'
 */
export function minorUnitsToDecimal(amount: number | bigint, currency: string): string {
  const digits = minorDigits(currency);
  const minor = BigInt(amount);
  const negative = minor < 0n;
  const abs = (negative ? -minor : minor).toString().padStart(digits + 1, '0');
  const whole = abs.slice(0, abs.length - digits);
  const fraction = digits > 0 ? `.${abs.slice(abs.length - digits)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}
