import { css, html, nothing, svg, type TemplateResult } from 'lit';
import { barGeometry, type ChartRow, type ChartSeries } from './bar-geometry.js';
import { renderHeading } from '../internal/heading-view.js';

/** Height of one bar in pixels. */
const barHeight = 16;

/** Fill of each series: a colour and a pattern, so series differ without colour. */
const fills = ['url(#qy-fill-0)', 'url(#qy-fill-1)', 'url(#qy-fill-2)'] as const;

/** What {@link renderBarChart} draws. */
export interface BarChartView {
  /** The id of the chart's wrapper (for links and tests). */
  readonly id: string;
  /** The chart's title. */
  readonly caption: string;
  /** What the chart shows, in one sentence (the text alternative). */
  readonly summary: string;
  /** The header of the category column of the table. */
  readonly categoryLabel: string;
  /** The text of the disclosure that shows the table. */
  readonly tableLabel: string;
  readonly series: readonly ChartSeries[];
  readonly rows: readonly ChartRow[];
  /** The largest value the scale shows (default: the largest value). */
  readonly max?: number | undefined;
  /** A value to mark on every track with a dashed line (a target); say its meaning in `summary`. */
  readonly marker?: number | undefined;
  /** The heading level of the caption, 2–6 (default 3). */
  readonly level?: number | undefined;
}

/**
 * An accessible horizontal bar chart: per category a text label, then one SVG bar per series
 * with its value written beside it as text (so the chart reads in order with a screen reader and
 * wraps on a narrow phone); series told apart by pattern as well as colour (with a legend); a
 * one-sentence summary; and the same numbers as a table behind a keyboard disclosure. Render
 * {@link renderChartPatterns} once in the same shadow root, and add {@link barChartStyles}.
 *
 * @example
 * html`${renderChartPatterns()}${renderBarChart({ id: 'chart-needs', caption: '需要的服务',
 *   summary: '最多人选择低价生活用品（54%）', categoryLabel: '选项', tableLabel: '以表格查看',
 *   series: [{ id: 'all', label: '全部' }], rows, max: 1 })}`
 */
export function renderBarChart(view: BarChartView): TemplateResult {
  const bars = barGeometry(view.rows, view.max);
  const scale = view.max ?? Math.max(0, ...view.rows.flatMap((row) => row.values));
  const markerAt =
    view.marker === undefined || scale <= 0
      ? undefined
      : Math.min(100, (view.marker / scale) * 100);
  const multi = view.series.length > 1;
  const caption = renderHeading(view.level ?? 3, 0, view.caption);
  return html`<figure class="chart" id=${view.id} part="chart">
    <figcaption>${caption}</figcaption>
    <p class="summary" part="chart-summary">${view.summary}</p>
    ${
      multi
        ? html`<ul class="legend" aria-hidden="true">
            ${view.series.map(
              (s, i) =>
                html`<li>
                  <svg width="22" height="14">
                    <rect class="bar" width="22" height="14" fill=${fills[i % fills.length]!} />
                  </svg>
                  ${s.label}
                </li>`,
            )}
          </ul>`
        : nothing
    }
    <div class="rows">
      ${view.rows.map(
        (row) =>
          html`<div class="row" data-row=${row.id}>
            <div class="label">${row.label}</div>
            ${bars
              .filter((b) => b.row === row.id)
              .map(
                (b) =>
                  html`<div class="bar-line">
                    <svg class="track" aria-hidden="true" width="100%" height=${barHeight}>
                      <rect class="track" x="0" y="0" width="100%" height=${barHeight} />
                      ${svg`<rect class="bar" x="0" y="0" width="${b.widthPercent}%"
                        height=${barHeight} fill=${fills[b.series % fills.length]!}
                        data-series=${b.series} data-value=${b.value} />`}
                      ${
                        markerAt === undefined
                          ? nothing
                          : svg`<line class="marker" x1="${markerAt}%" x2="${markerAt}%"
                              y1="0" y2=${barHeight} />`
                      }
                    </svg>
                    <span class="value"
                      >${
                        multi
                          ? html`<span class="visually-hidden"
                              >${view.series[b.series]?.label}:
                            </span>`
                          : nothing
                      }${b.text}</span
                    >
                  </div>`,
              )}
          </div>`,
      )}
    </div>
    <details part="chart-table">
      <summary>${view.tableLabel}</summary>
      <table>
        <caption class="visually-hidden">
          ${view.caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${view.categoryLabel}</th>
            ${view.series.map((s) => html`<th scope="col" class="num">${s.label}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${view.rows.map(
            (row) =>
              html`<tr data-row=${row.id}>
                <th scope="row">${row.label}</th>
                ${row.texts.map((text) => html`<td class="num">${text}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>
    </details>
  </figure>`;
}

/**
 * The fills the bars use — solid, hatched, dotted — once per shadow root (their ids are
 * shared by every chart in it). Colours come from `--qy-chart-1…3`.
 *
 * @example
 * html`${renderChartPatterns()} ${charts.map(renderBarChart)}`
 */
export function renderChartPatterns(): TemplateResult {
  return html`<svg width="0" height="0" class="patterns" aria-hidden="true">
    <defs>
      <pattern id="qy-fill-0" width="4" height="4" patternUnits="userSpaceOnUse">
        <rect class="fill-0" width="4" height="4" />
      </pattern>
      <pattern
        id="qy-fill-1"
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect class="fill-1-bg" width="6" height="6" />
        <rect class="fill-1" width="3" height="6" />
      </pattern>
      <pattern id="qy-fill-2" width="6" height="6" patternUnits="userSpaceOnUse">
        <rect class="fill-2-bg" width="6" height="6" />
        <circle class="fill-2" cx="3" cy="3" r="1.6" />
      </pattern>
    </defs>
  </svg>`;
}

/**
 * The styles of {@link renderBarChart}: one grid per chart so every track has the same length,
 * 44 px disclosure, tabular numbers, forced-colors support.
 *
 * @cssproperty --qy-chart-1 - First series (solid).
 * @cssproperty --qy-chart-2 - Second series (hatched).
 * @cssproperty --qy-chart-3 - Third series (dotted).
 * @cssproperty --qy-chart-track - The empty track behind a bar.
 *
 * @example
 * static styles = [sharedStyles, barChartStyles];
 */
export const barChartStyles = css`
  svg.patterns {
    position: absolute;
  }
  .fill-0 {
    fill: var(--qy-chart-1, #0550ae);
  }
  .fill-1 {
    fill: var(--qy-chart-2, #b54708);
  }
  .fill-1-bg {
    fill: #fde2cf;
  }
  .fill-2 {
    fill: var(--qy-chart-3, #116329);
  }
  .fill-2-bg {
    fill: #dafbe1;
  }
  figure.chart {
    margin: 0.75rem 0 1.25rem;
    max-width: 40rem;
  }
  figcaption :is(h2, h3, h4, h5, h6) {
    margin: 0 0 0.25rem;
    font-size: 1rem;
  }
  .summary {
    margin: 0 0 0.5rem;
  }
  .rows {
    display: grid;
    grid-template-columns: minmax(50%, 1fr) fit-content(45%);
    column-gap: 0.5rem;
    row-gap: 0.2rem;
    align-items: center;
  }
  .row,
  .bar-line {
    display: contents;
  }
  .label {
    grid-column: 1 / -1;
    font-size: 0.9rem;
    margin-top: 0.4rem;
  }
  svg.track {
    display: block;
  }
  rect.track {
    fill: var(--qy-chart-track, #eef1f4);
  }
  .value {
    font-size: 0.85rem;
    font-variant-numeric: tabular-nums;
  }
  .marker {
    stroke: currentColor;
    stroke-width: 2;
    stroke-dasharray: 3 2;
  }
  .bar {
    stroke: currentColor;
    stroke-width: 0.5;
  }
  ul.legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    padding: 0;
    margin: 0 0 0.5rem;
    list-style: none;
  }
  ul.legend svg {
    vertical-align: middle;
    margin-inline-end: 0.35rem;
  }
  details {
    margin-top: 0.25rem;
  }
  summary {
    cursor: pointer;
    min-height: var(--qy-target-size, 44px);
    display: flex;
    align-items: center;
    text-decoration: underline;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: start;
    padding: 0.3rem 0.5rem;
    border-bottom: 1px solid var(--qy-color-border, #8c959f);
  }
  td.num,
  th.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  @media (forced-colors: active) {
    rect.bar {
      stroke: CanvasText;
      stroke-width: 1;
    }
  }
`;
