/** One category of a bar chart: its label, and per series a value and how to say it. */
export interface ChartRow {
  id: string;
  label: string;
  /** One value per series (a share 0..1, a count, points…). */
  values: readonly number[];
  /** One text per series, shown beside the bar and in the table ("52% (14)"). */
  texts: readonly string[];
}

/** A series of a bar chart (a group compared across categories, e.g. migrants). */
export interface ChartSeries {
  id: string;
  label: string;
}

/** Where one bar goes, in SVG user units (y) and percent of the width (bar length). */
export interface BarBox {
  row: string;
  series: number;
  y: number;
  /** Bar length as a percentage of the chart width (0..{@link barArea}). */
  widthPercent: number;
  value: number;
  text: string;
}

/** The share of the width the bars may take; the value texts go to the right of it. */
export const barArea = 72;
/** Height of a category label line, of a bar, and the gap after a category. */
export const chartMetrics = { label: 20, bar: 16, barGap: 4, rowGap: 10 } as const;

/**
 * Lays out a horizontal bar chart: each category has a label line, then one bar per series.
 * Bars are proportional to `value / max` (`max` defaults to the largest value, so the longest
 * bar fills the bar area); negative values are drawn as empty bars.
 *
 * @example
 * const { bars, height } = barGeometry([{ id: 'goods', label: '低价生活用品', values: [0.5], texts: ['50%'] }], 1);
 * bars[0].widthPercent; // 36 (half of the 72 % bar area)
 */
export function barGeometry(
  rows: readonly ChartRow[],
  max?: number,
): { bars: BarBox[]; labels: { row: string; y: number }[]; height: number } {
  const largest = max ?? Math.max(0, ...rows.flatMap((row) => row.values));
  const scale = largest > 0 ? barArea / largest : 0;
  const bars: BarBox[] = [];
  const labels: { row: string; y: number }[] = [];
  let y = 0;
  for (const row of rows) {
    labels.push({ row: row.id, y: y + chartMetrics.label - 6 });
    y += chartMetrics.label;
    row.values.forEach((value, series) => {
      bars.push({
        row: row.id,
        series,
        y,
        widthPercent: Math.min(barArea, Math.max(0, value) * scale),
        value,
        text: row.texts[series] ?? String(value),
      });
      y += chartMetrics.bar + chartMetrics.barGap;
    });
    y += chartMetrics.rowGap;
  }
  return { bars, labels, height: Math.max(y, 1) };
}
