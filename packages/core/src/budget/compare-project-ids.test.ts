import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareProjectIds } from './compare-project-ids.js';

function byCodePoints(a: string, b: string): number {
  const x = [...a].map((c) => c.codePointAt(0)!);
  const y = [...b].map((c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  }
  return Math.sign(x.length - y.length);
}

describe('compareProjectIds', () => {
  it('compares ids as strings, not numbers', () => {
    expect(['9', '10', '900', '60'].sort(compareProjectIds)).toEqual(['10', '60', '9', '900']);
    expect(compareProjectIds('P194ZM', 'P200ZM')).toBe(-1);
  });

  it('puts characters beyond the BMP after every BMP character, as code points do', () => {
    expect(compareProjectIds('\u{1F600}', '\uFF5E')).toBe(1);
    expect('\u{1F600}' < '\uFF5E').toBe(true); // what plain JavaScript comparison would say
  });

  it('agrees with code-point order on any strings', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 5 });
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(compareProjectIds(a, b)).toBe(byCodePoints(a, b));
      }),
    );
  });
});
