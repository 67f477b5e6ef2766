import type { Money } from './money.js';

/** The outcome of {@link moneyTotal}: the exact total, or the first amount in another currency. */
export type MoneyTotal =
  | { readonly ok: true; readonly minorUnits: bigint; readonly currency: string }
  | {
      readonly ok: false;
      readonly index: number;
      readonly expected: string;
      readonly actual: string;
    };

/**
 * Adds amounts of one currency exactly (BigInt minor units, so no sum ever loses a fen).
 * Amounts in another currency are never converted: the first one found is reported.
 *
 * @example
 * moneyTotal([{ amount: 150, currency: 'CNY' }, { amount: 250, currency: 'CNY' }], 'CNY');
 * // { ok: true, minorUnits: 400n, currency: 'CNY' }
 */
export function moneyTotal(amounts: readonly Money[], currency: string): MoneyTotal {
  let total = 0n;
  for (const [index, money] of amounts.entries()) {
    if (money.currency !== currency) {
      return { ok: false, index, expected: currency, actual: money.currency };
    }
    total += BigInt(money.amount);
  }
  return { ok: true, minorUnits: total, currency };
}
