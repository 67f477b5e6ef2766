import { describe, expect, it } from 'vitest';
import { barArea, barGeometry, chartMetrics } from './bar-geometry.js';

const row = (id: string, values: number[]) => ({
  id,
  label: id,
  values,
  texts: values.map((v) => `${Math.round(v * 100)}%`),
});

describe('barGeometry', () => {
  it('draws bars in proportion to the scale, the largest filling the bar area by default', () => {
    const { bars } = barGeometry([row('a', [0.5]), row('b', [0.25])]);
    expect(bars.map((b) => b.widthPercent)).toEqual([barArea, barArea / 2]);
    const scaled = barGeometry([row('a', [0.5]), row('b', [0.25])], 1);
    expect(scaled.bars.map((b) => b.widthPercent)).toEqual([barArea / 2, barArea / 4]);
  });

  it('puts one bar per series under each category label, in order', () => {
    const { bars, labels, height } = barGeometry([row('a', [0.1, 0.2]), row('b', [0.3, 0.4])]);
    expect(bars.map((b) => [b.row, b.series])).toEqual([
      ['a', 0],
      ['a', 1],
      ['b', 0],
      ['b', 1],
    ]);
    // Every bar is below its category's label and above the next category's label.
    expect(bars[0]!.y).toBeGreaterThan(labels[0]!.y);
    expect(bars[1]!.y + chartMetrics.bar).toBeLessThan(labels[1]!.y);
    expect(height).toBeGreaterThanOrEqual(bars[3]!.y + chartMetrics.bar);
  });

  it('draws nothing for zero or negative values and never overflows the bar area', () => {
    const { bars } = barGeometry([row('a', [0]), row('b', [-1]), row('c', [3])], 2);
    expect(bars.map((b) => b.widthPercent)).toEqual([0, 0, barArea]);
    expect(barGeometry([row('a', [0])]).bars[0]!.widthPercent).toBe(0);
  });

  it('keeps the text of each bar', () => {
    expect(barGeometry([row('a', [0.54])]).bars[0]!.text).toBe('54%');
  });
});
