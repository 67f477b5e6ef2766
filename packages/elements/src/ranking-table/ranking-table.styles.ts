import { css } from 'lit';

/** `<qy-ranking-table>`'s own styles (after the shared ones), print styles included. */
export const rankingTableStyles = css`
  :host {
    /* the narrow layout follows the element's own width, not the viewport's */
    container: qy-ranking-table / inline-size;
  }
  .label {
    display: none;
  }
  .scroller {
    overflow-x: auto;
    max-width: 100%;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 700;
    font-size: 1.15rem;
    padding-bottom: 0.5rem;
  }
  th,
  td {
    padding: 0.4rem 0.6rem;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    position: sticky;
    top: 0;
    background: var(--qy-ranking-header-background, var(--_bg));
    white-space: nowrap;
  }
  thead button {
    border: 0;
    background: none;
    padding: 0.25rem;
    font-weight: 700;
    min-height: var(--_target);
    min-width: 0;
    display: inline-flex;
    gap: 0.25rem;
    align-items: center;
  }
  .num {
    text-align: end;
    white-space: nowrap;
  }
  tbody th {
    min-width: 9rem;
  }
  td button {
    white-space: nowrap;
  }
  .weighted {
    color: var(--_muted);
  }
  .community {
    display: block;
    font-weight: 400;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .tie {
    display: inline-block;
    margin-inline-start: 0.25rem;
    padding: 0 0.35rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.8em;
  }
  .tie-break {
    display: block;
    margin-top: 0.2rem;
    font-weight: 400;
    font-size: 0.875em;
  }
  tr.beyond td,
  tr.beyond th {
    color: var(--_muted);
  }
  /* the funding line: the one rule in the accent colour, with a headline that reads from the
     back of a room (what is above, what is below) and the amounts in normal weight */
  tr.line td {
    border-bottom: 4px double var(--qy-ranking-funding-line-color, var(--_accent));
    font-weight: 400;
    padding-top: 0.25rem;
  }
  .line-title {
    display: block;
    font-size: 1.1em;
    font-weight: 700;
  }
  .line-detail {
    display: block;
  }
  /* the row where the cumulative requested amount first exceeds the fund: a dashed rule above
     it in the text colour (not the funding line's accent: it is not where funding stops) and a
     note in words (never colour alone) */
  tr.runs-out > * {
    border-top: 2px dashed var(--_muted);
  }
  .cumulative {
    display: block;
    font-size: 0.875em;
  }
  .runs-out-note {
    display: block;
    margin-top: 0.2rem;
    padding: 0 0.35rem;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-size: 0.8em;
    font-weight: 600;
    white-space: normal;
    text-align: start;
  }
  .funding-error {
    margin: 0 0 0.5rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid currentColor;
    border-inline-start-width: 4px;
  }
  tr.why td {
    background: var(--qy-ranking-breakdown-background, transparent);
  }
  tr.why ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.5rem;
    margin-bottom: 0.5rem;
  }
  td button {
    min-height: var(--_target);
    padding: 0.25rem 0.6rem;
  }
  /*
   * Wide (desktop, tablets): a real table whose columns are never narrower than their longest
   * word. The host's "overflow-wrap: anywhere" (right for the phone cards) let the table squeeze
   * the fund column to a few letters ("Fund|ed") while the no-wrap headers still pushed the
   * "Why?" column past the edge. Here words stay whole, header labels wrap between words (and
   * keep Chinese words whole), header text lines up with the values below it, and when the
   * columns still need more room than there is, the labelled .scroller region scrolls sideways
   * (keyboard: Tab to it, arrow keys) with a shadow on the side that has more.
   */
  @container qy-ranking-table (width > 40rem) {
    table {
      overflow-wrap: normal;
    }
    th,
    td {
      padding-inline: 0.5rem;
    }
    thead th,
    thead th.num {
      white-space: normal;
      word-break: keep-all;
      vertical-align: middle;
    }
    thead th[aria-sort] {
      padding-inline: 0.25rem;
    }
    thead button {
      text-align: start;
    }
    thead th.num button {
      text-align: end;
    }
    /* the tie badge may go below the rank number */
    td.rank {
      white-space: normal;
    }
    /* room for the status word ("✓ Funded", "✗ 跳过：") on the first line; Chinese status text
       breaks at its punctuation, not inside a word ("剩余资金不足", not "剩余资|金不足") */
    td.status {
      min-width: 7em;
      word-break: keep-all;
    }
    .runs-out-note {
      word-break: keep-all;
    }
    .scroller {
      background:
        linear-gradient(to right, var(--_bg) 40%, transparent) left / 1.5rem 100% no-repeat local,
        linear-gradient(to left, var(--_bg) 40%, transparent) right / 1.5rem 100% no-repeat local,
        linear-gradient(to right, rgb(0 0 0 / 0.2), transparent) left / 0.75rem 100% no-repeat
          scroll,
        linear-gradient(to left, rgb(0 0 0 / 0.2), transparent) right / 0.75rem 100% no-repeat
          scroll;
    }
  }
  /*
   * Narrow (phones): each project's row becomes a card — rank and title on top, then one line
   * per column with the column's name (.label, aria-hidden: assistive tech keeps the real table,
   * whose roles are explicit so that display changes cannot drop them), the "why" button, its
   * breakdown and the funding line below in full width. The header row becomes a wrapping bar
   * of sort buttons. Nothing scrolls sideways.
   */
  @container qy-ranking-table (max-width: 40rem) {
    table,
    caption,
    thead,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    thead tr {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.5rem;
      padding-bottom: 0.5rem;
      border-bottom: 1px solid var(--_border);
    }
    thead th {
      position: static;
      padding: 0;
      border: 0;
      white-space: normal;
    }
    /* columns that do not sort: each card names them, so only the sort buttons stay visible */
    thead th:not([aria-sort]) {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    thead button {
      border: 1px solid var(--_border);
      padding: 0.25rem 0.6rem;
      text-align: start;
    }
    tbody tr[part='row'] {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr);
      column-gap: 0.75rem;
      margin-top: 0.75rem;
      padding: 0.5rem 0.75rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      /* cards far off screen skip layout and paint (still found by find-in-page and read by
         screen readers); the browser remembers each card's height once it was shown */
      content-visibility: auto;
      contain-intrinsic-size: auto 22rem;
    }
    tbody tr[part='row'] > * {
      grid-column: 1 / -1;
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: baseline;
      gap: 0 0.75rem;
      padding: 0.2rem 0;
      border: 0;
      min-width: 0;
      white-space: normal;
    }
    tbody tr[part='row'] > td.rank {
      grid-column: 1;
      display: block;
      font-size: 1.25rem;
      font-weight: 700;
      text-align: start;
    }
    tbody tr[part='row'] > th {
      grid-column: 2;
      display: block;
      font-size: 1.05rem;
      border-bottom: 1px solid var(--_border);
      padding-bottom: 0.4rem;
      margin-bottom: 0.2rem;
    }
    .label {
      display: block;
      color: var(--_muted);
      text-align: start;
    }
    .rank .label {
      font-size: 0.75rem;
      font-weight: 400;
    }
    .label small {
      font-size: 0.8em;
    }
    .value {
      text-align: end;
    }
    .rank .value {
      text-align: start;
    }
    .status .value {
      flex: 1 1 12rem;
    }
    tbody tr.runs-out[part='row'] {
      border-top: 3px dashed var(--_muted);
    }
    tbody tr.runs-out[part='row'] > * {
      border-top: 0;
    }
    .cumulative,
    .runs-out-note {
      flex: 1 1 100%;
    }
    tbody tr[part='row'] > td.why-cell {
      display: block;
      padding-top: 0.4rem;
    }
    td.why-cell button {
      width: 100%;
      white-space: normal;
    }
    tr.why td,
    tr.line td {
      border: 0;
    }
    tr.why {
      margin-top: -0.25rem;
      padding: 0.5rem 0.75rem;
      border: 1px solid var(--_border);
      border-top-style: dashed;
      border-radius: 0 0 var(--_radius) var(--_radius);
      background: var(--qy-ranking-breakdown-background, transparent);
    }
    tr.why td {
      padding: 0;
    }
    tr.line {
      margin-top: 0.75rem;
      border-bottom: 4px double var(--qy-ranking-funding-line-color, var(--_accent));
    }
    tr.line td {
      padding: 0.25rem 0;
    }
  }
  @media print {
    /* paper is white whatever the page's theme: the light tokens, so a dark theme's light
       secondary text and header background are not printed on white */
    :host {
      --_fg: #000;
      --_bg: #fff;
      --_muted: #57606a;
      --_border: #8c959f;
      color: #000;
      background: #fff;
    }
    .toolbar button,
    td button,
    thead button span[aria-hidden] {
      display: none;
    }
    thead button {
      padding: 0;
      min-height: 0;
      border: 0;
      background: none;
    }
    .scroller {
      overflow: visible;
      background: none;
    }
    thead th {
      position: static;
    }
    tr,
    tbody tr[part='row'] {
      break-inside: avoid;
      content-visibility: visible;
    }
  }
  @media (forced-colors: active) {
    tr.line td,
    tr.line {
      border-bottom-color: CanvasText;
    }
    tr.runs-out,
    tr.runs-out > * {
      border-top-color: CanvasText;
    }
  }
`;
