import { LitElement, css, html, nothing, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { barGeometry, type ChartRow, type ChartSeries } from './bar-geometry.js';

/** Height of one bar in pixels. */
const barHeight = 16;

/** Fill of each series: a colour and a pattern, so series differ without colour. */
const fills = ['url(#solid-0)', 'url(#hatch-1)', 'url(#dots-2)'] as const;

/**
 * A horizontal bar chart for the demo's reports: per category a text label, then one SVG bar
 * per series with its value written beside it as text (so the chart reads in order with a
 * screen reader and wraps on a narrow phone); series told apart by pattern as well as colour;
 * a one-sentence summary; and the same numbers as a table (behind a disclosure).
 *
 * @example
 * html`<demo-bar-chart caption="需要的服务" summary="最多人选择低价生活用品（54%）"
 *   .series=${[{ id: 'all', label: '全部' }]} .rows=${rows} table-label="以表格查看"
 *   category-label="服务"></demo-bar-chart>`
 */
export class DemoBarChart extends LitElement {
  static override styles = css`
    :host {
      display: block;
      margin: 0.75rem 0 1.25rem;
    }
    figure {
      margin: 0;
      max-width: 40rem;
    }
    figcaption {
      font-weight: 600;
      margin-bottom: 0.25rem;
    }
    .summary {
      margin: 0 0 0.5rem;
      color: #3d4550;
    }
    /* One grid for the whole chart, so every bar's track has the same length. */
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
      fill: #eef1f4;
    }
    .value {
      font-size: 0.85rem;
      font-variant-numeric: tabular-nums;
    }
    .marker {
      stroke: #1f2328;
      stroke-width: 2;
      stroke-dasharray: 3 2;
    }
    .bar {
      stroke: #1f2328;
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
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    details {
      margin-top: 0.25rem;
    }
    summary {
      cursor: pointer;
      min-height: 44px;
      display: flex;
      align-items: center;
      color: #0550ae;
    }
    summary:focus-visible {
      outline: 3px solid #0969da;
      outline-offset: 2px;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      text-align: start;
      padding: 0.3rem 0.5rem;
      border-bottom: 1px solid #d0d7de;
    }
    td.num,
    th.num {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
  `;

  /** The chart's title. */
  @property() caption = '';
  /** What the chart shows, in one sentence (the text alternative). */
  @property() summary = '';
  /** The header of the category column of the table. */
  @property({ attribute: 'category-label' }) categoryLabel = '';
  /** The text of the disclosure that shows the table. */
  @property({ attribute: 'table-label' }) tableLabel = '';
  /** The largest value the scale shows (default: the largest value). */
  @property({ type: Number }) max: number | undefined;
  /** A value to mark on every track with a dashed line (a target); its meaning goes in `summary`. */
  @property({ type: Number }) marker: number | undefined;
  @property({ attribute: false }) series: ChartSeries[] = [];
  @property({ attribute: false }) rows: ChartRow[] = [];

  override render() {
    const bars = barGeometry(this.rows, this.max);
    const scale = this.max ?? Math.max(0, ...this.rows.flatMap((row) => row.values));
    const markerAt =
      this.marker === undefined || scale <= 0
        ? undefined
        : Math.min(100, (this.marker / scale) * 100);
    const multi = this.series.length > 1;
    return html`
      ${this.renderDefs()}
      <figure>
        <figcaption id="caption">${this.caption}</figcaption>
        <p class="summary" id="summary">${this.summary}</p>
        ${
          multi
            ? html`<ul class="legend" aria-hidden="true">
                ${this.series.map(
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
        <div class="rows" data-bars=${bars.length}>
          ${this.rows.map(
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
                                  >${this.series[b.series]?.label}:
                                </span>`
                              : nothing
                          }${b.text}</span
                        >
                      </div>`,
                  )}
              </div>`,
          )}
        </div>
        <details>
          <summary>${this.tableLabel}</summary>
          <table>
            <caption class="visually-hidden">
              ${this.caption}
            </caption>
            <thead>
              <tr>
                <th scope="col">${this.categoryLabel}</th>
                ${this.series.map((s) => html`<th scope="col" class="num">${s.label}</th>`)}
              </tr>
            </thead>
            <tbody>
              ${this.rows.map(
                (row) =>
                  html`<tr data-row=${row.id}>
                    <th scope="row">${row.label}</th>
                    ${row.texts.map((text) => html`<td class="num">${text}</td>`)}
                  </tr>`,
              )}
            </tbody>
          </table>
        </details>
      </figure>
    `;
  }

  private renderDefs() {
    return html`<svg width="0" height="0" style="position:absolute" aria-hidden="true">
      <defs>
        <pattern id="solid-0" width="4" height="4" patternUnits="userSpaceOnUse">
          <rect width="4" height="4" fill="#0550ae" />
        </pattern>
        <pattern
          id="hatch-1"
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" fill="#fde2cf" />
          <rect width="3" height="6" fill="#b54708" />
        </pattern>
        <pattern id="dots-2" width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" fill="#dafbe1" />
          <circle cx="3" cy="3" r="1.6" fill="#116329" />
        </pattern>
      </defs>
    </svg>`;
  }
}
