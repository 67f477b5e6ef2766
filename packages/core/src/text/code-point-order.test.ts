import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCodePoints } from './code-point-order.js';

/** The definition, slowly: the strings as arrays of code points, compared in turn. */
function byDefinition(a: string, b: string): -1 | 0 | 1 {
  const left = [...a].map((c) => c.codePointAt(0)!);
  const right = [...b].map((c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    if (left[i] !== right[i]) return left[i]! < right[i]! ? -1 : 1;
  }
  return left.length === right.length ? 0 : left.length < right.length ? -1 : 1;
}

describe('compareCodePoints', () => {
  it('orders by code point, astral characters after the whole BMP', () => {
    expect(['9', '10', '900', '60'].sort(compareCodePoints)).toEqual(['10', '60', '9', '900']);
    expect(compareCodePoints('\u{1F600}', '\uFFFF')).toBe(1);
    expect(compareCodePoints('\uFFFF', '\u{1F600}')).toBe(-1);
    expect(compareCodePoints('新居民', '新居民之家')).toBe(-1);
  });

  it('agrees with the definition on any two strings, astral and lone surrogates included', () => {
    const text = fc.string({ unit: 'binary' });
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(compareCodePoints(a, b)).toBe(byDefinition(a, b));
      }),
      { numRuns: 2000 },
    );
  });
});
