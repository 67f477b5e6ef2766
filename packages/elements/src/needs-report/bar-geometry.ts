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

/** One bar: its category and series, its length as a percentage of the track, and its text. */
export interface BarBox {
  row: string;
  series: number;
  /** Bar length as a percentage of the track (0..100). */
  widthPercent: number;
  value: number;
  text: string;
}

/**
 * The bars of a horizontal bar chart, category by category and series by series, each as long
 * as `value / max` of its track (`max` defaults to the largest value, so the longest bar fills
 * its track). Zero and negative values get no bar; nothing overflows the track.
 *
 * @example
 * barGeometry([{ id: 'goods', label: '低价生活用品', values: [0.5], texts: ['50%'] }], 1)[0].widthPercent; // 50
 */
export function barGeometry(rows: readonly ChartRow[], max?: number): BarBox[] {
  const largest = max ?? Math.max(0, ...rows.flatMap((row) => row.values));
  const scale = largest > 0 ? 100 / largest : 0;
  return rows.flatMap((row) =>
    row.values.map((value, series) => ({
      row: row.id,
      series,
      widthPercent: Math.min(100, Math.max(0, value) * scale),
      value,
      text: row.texts[series] ?? String(value),
    })),
  );
}
