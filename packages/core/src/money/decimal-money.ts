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
