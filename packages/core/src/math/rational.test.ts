import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rational } from './rational.js';

const r = (text: string) => Rational.parse(text);
const arbRational = fc
  .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10n ** 9n }))
  .map(([n, d]) => Rational.of(n, d));

describe('Rational', () => {
  it('makes 0.1 + 0.2 exactly 0.3', () => {
    expect(r('0.1').add(r('0.2')).equals(r('0.3'))).toBe(true);
    expect(Rational.parse(0.1).add(Rational.parse(0.2)).equals(Rational.parse(0.3))).toBe(true);
  });

  it('reads decimals, exponents and fractions as written', () => {
    expect(r('12.50').toString()).toBe('25/2');
    expect(r('-1.5e-1').toString()).toBe('-3/20');
    expect(r('7/21').toString()).toBe('1/3');
    expect(r('1e3').toString()).toBe('1000');
    expect(Rational.parse(1e21).toString()).toBe('1000000000000000000000');
  });

  it('rejects text that is not a number', () => {
    expect(() => r('abc')).toThrow(SyntaxError);
    expect(() => r('.')).toThrow(SyntaxError);
    expect(() => Rational.of(1n, 0n)).toThrow(RangeError);
    expect(() => Rational.parse(Number.NaN)).toThrow(RangeError);
  });

  it('prints finite decimals exactly and rounds the rest', () => {
    expect(r('18').mul(r('0.4')).toDecimal()).toBe('7.2');
    expect(Rational.of(2n, 3n).toDecimal(4)).toBe('0.6667');
    expect(Rational.of(-1n, 3n).toDecimal(2)).toBe('-0.33');
    expect(Rational.of(999n, 1000n).toDecimal(2)).toBe('1');
  });

  it('orders exactly', () => {
    expect(r('1/3').compare(r('0.3333333333333333'))).toBe(1);
    expect(r('2/4').compare(r('1/2'))).toBe(0);
  });

  it('obeys field laws (property)', () => {
    fc.assert(
      fc.property(arbRational, arbRational, arbRational, (a, b, c) => {
        expect(a.add(b).equals(b.add(a))).toBe(true);
        expect(a.mul(b.add(c)).equals(a.mul(b).add(a.mul(c)))).toBe(true);
        expect(a.sub(a).isZero()).toBe(true);
        if (!b.isZero()) expect(a.div(b).mul(b).equals(a)).toBe(true);
      }),
    );
  });

  it('agrees with doubles on order when doubles are far apart (property)', () => {
    fc.assert(
      fc.property(arbRational, arbRational, (a, b) => {
        const gap = a.toNumber() - b.toNumber();
        if (Math.abs(gap) > 1e-6) expect(a.compare(b)).toBe(Math.sign(gap));
      }),
    );
  });
});
