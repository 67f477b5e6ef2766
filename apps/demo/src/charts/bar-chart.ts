import {
  barChartStyles,
  renderBarChart,
  renderChartPatterns,
  type ChartRow,
  type ChartSeries,
} from '@qingyuan/elements';
import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';

/**
 * The demo's bar charts outside the needs report (the weights' sensitivity, an audit's budget
 * against actual, indicators against targets): the accessible chart of `<qy-needs-report>`
 * (`renderBarChart` of `@qingyuan/elements`: values beside bars, pattern as well as colour, a
 * summary sentence and a table disclosure) as a small element the screens can place.
 *
 * @example
 * html`<demo-bar-chart caption="需要的服务" summary="最多人选择低价生活用品（54%）"
 *   .series=${[{ id: 'all', label: '全部' }]} .rows=${rows} table-label="以表格查看"
 *   category-label="服务"></demo-bar-chart>`
 */
export class DemoBarChart extends LitElement {
  static override styles = [
    barChartStyles,
    css`
      :host {
        display: block;
      }
      .visually-hidden {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
      summary {
        color: #0550ae;
      }
      summary:focus-visible {
        outline: 3px solid #0969da;
        outline-offset: 2px;
      }
    `,
  ];

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
    return html`${renderChartPatterns()}${renderBarChart({
      id: 'chart',
      caption: this.caption,
      summary: this.summary,
      categoryLabel: this.categoryLabel,
      tableLabel: this.tableLabel,
      series: this.series,
      rows: this.rows,
      max: this.max,
      marker: this.marker,
    })}`;
  }
}
