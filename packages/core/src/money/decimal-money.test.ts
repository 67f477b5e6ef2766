import { describe, expect, it } from 'vitest';
import { minorDigits, minorUnitsToDecimal } from './decimal-money.js';

describe('minorDigits and minorUnitsToDecimal', () => {
  it('knows the minor digits of a currency', () => {
    expect(minorDigits('CNY')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
    expect(minorUnitsToDecimal(5, 'CNY')).toBe('0.05');
  });

  it('writes minor units back as the decimal a person types, exactly', () => {
    expect(minorUnitsToDecimal(1_000_050, 'CNY')).toBe('10000.50');
    expect(minorUnitsToDecimal(1200, 'JPY')).toBe('1200');
    expect(minorUnitsToDecimal(-5n, 'USD')).toBe('-0.05');
    expect(minorUnitsToDecimal(2n ** 64n, 'CNY')).toBe('184467440737095516.16');
  });
});
