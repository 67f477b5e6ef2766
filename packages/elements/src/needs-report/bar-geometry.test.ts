import { describe, expect, it } from 'vitest';
import { barGeometry } from './bar-geometry.js';

const row = (id: string, values: number[]) => ({
  id,
  label: id,
  values,
  texts: values.map((v) => `${Math.round(v * 100)}%`),
});

describe('barGeometry', () => {
  it('draws bars in proportion to the scale, the largest filling its track by default', () => {
    expect(barGeometry([row('a', [0.5]), row('b', [0.25])]).map((b) => b.widthPercent)).toEqual([
      100, 50,
    ]);
    expect(barGeometry([row('a', [0.5]), row('b', [0.25])], 1).map((b) => b.widthPercent)).toEqual([
      50, 25,
    ]);
  });

  it('gives one bar per series of each category, in order', () => {
    const bars = barGeometry([row('a', [0.1, 0.2]), row('b', [0.3, 0.4])]);
    expect(bars.map((b) => [b.row, b.series, b.widthPercent])).toEqual([
      ['a', 0, 25],
      ['a', 1, 50],
      ['b', 0, 75],
      ['b', 1, 100],
    ]);
  });

  it('draws nothing for zero or negative values and never overflows the track', () => {
    const bars = barGeometry([row('a', [0]), row('b', [-1]), row('c', [3])], 2);
    expect(bars.map((b) => b.widthPercent)).toEqual([0, 0, 100]);
    expect(barGeometry([row('a', [0])])[0]!.widthPercent).toBe(0);
  });

  it('keeps the text of each bar', () => {
    expect(barGeometry([row('a', [0.54])])[0]!.text).toBe('54%');
  });
});
