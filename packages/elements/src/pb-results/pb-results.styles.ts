import { css } from 'lit';

/** `<qy-pb-results>`'s own styles (after the shared ones), print styles included. */
export const pbResultsStyles = css`
  :host {
    --_bar: var(--qy-pb-results-bar, var(--_accent));
    --_bar-completion: var(--qy-pb-results-bar-completion, #6639ba);
    max-width: var(--qy-pb-results-max-width, 60rem);
  }
  .title {
    margin: 0 0 0.25rem;
    font-size: 1.35rem;
  }
  .section-title {
    margin: 1.5rem 0 0.5rem;
    font-size: 1.15rem;
  }
  .sub-title {
    margin: 0;
    font-size: 1rem;
  }
  .rule,
  .muted,
  .project-meta {
    color: var(--_muted);
  }
  .summary {
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .notice:empty {
    display: none;
  }
  .scroll {
    overflow-x: auto;
    max-width: 100%;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.35rem 0.5rem;
    border-bottom: 1px solid var(--_border);
  }
  thead th {
    font-size: 0.9rem;
  }
  table {
    /* words wrap at spaces; a table wider than a phone scrolls in its own region */
    overflow-wrap: normal;
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  td.num {
    white-space: nowrap;
  }
  tfoot th,
  tfoot td {
    font-weight: 600;
    border-bottom: none;
  }
  .payment {
    display: block;
    white-space: nowrap;
  }
  /* the chart */
  .chart {
    margin: 0;
  }
  svg.defs {
    position: absolute;
  }
  .fill-shares {
    fill: var(--_bar);
  }
  .fill-completion-bg {
    fill: var(--_bg);
  }
  .fill-completion {
    fill: var(--_bar-completion);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    padding: 0;
    margin: 0 0 0.5rem;
    list-style: none;
  }
  .legend svg {
    vertical-align: middle;
    margin-inline-end: 0.35rem;
  }
  .bars {
    display: grid;
    grid-template-columns: minmax(50%, 1fr) fit-content(45%);
    column-gap: 0.5rem;
    row-gap: 0.15rem;
    align-items: center;
  }
  .bar-row {
    display: contents;
  }
  .bar-label {
    grid-column: 1 / -1;
    margin-top: 0.35rem;
    font-size: 0.95rem;
  }
  svg.track {
    display: block;
  }
  rect.track {
    fill: color-mix(in srgb, var(--_fg) 8%, var(--_bg));
  }
  rect.bar {
    stroke: var(--_fg);
    stroke-width: 0.5;
  }
  .budget-line {
    stroke: var(--_fg);
    stroke-width: 2;
    stroke-dasharray: 3 2;
  }
  .bar-value {
    font-size: 0.9rem;
    font-variant-numeric: tabular-nums;
  }
  details > summary {
    cursor: pointer;
    min-height: var(--_target);
    display: flex;
    align-items: center;
    color: var(--_fg);
    text-decoration: underline;
    list-style: none;
  }
  details > summary::-webkit-details-marker {
    display: none;
  }
  /* the disclosure triangle, which display: flex removes */
  details > summary::before {
    content: '▸';
    display: inline-block;
    width: 1.25em;
    flex: none;
    text-decoration: none;
  }
  details[open] > summary::before {
    content: '▾';
  }
  /* projects */
  .projects {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.5rem;
  }
  .project {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem var(--_space);
  }
  .project-meta {
    margin: 0.25rem 0 0;
  }
  .status.funded {
    color: var(--_fg);
    font-weight: 600;
  }
  .why p {
    margin: 0.25rem 0;
  }
  /* what my share paid for */
  .share {
    display: grid;
    gap: 0.35rem;
    max-width: 32rem;
  }
  .share p {
    margin: 0;
  }
  input {
    font: inherit;
    min-height: var(--_target);
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    width: 100%;
  }
  input[aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  .share-answer.field-error {
    color: var(--_danger);
  }
  /* analytics */
  dl {
    margin: 0;
    display: grid;
    gap: 0.5rem;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .exact {
    color: var(--_muted);
    font-size: 0.9rem;
  }
  .representation {
    padding-inline-start: 1.25rem;
  }
  @media (forced-colors: active) {
    .fill-shares {
      fill: CanvasText;
    }
    .fill-completion {
      fill: CanvasText;
    }
    rect.track {
      fill: Canvas;
      stroke: CanvasText;
    }
  }
  @media print {
    :host {
      --_fg: #000;
      --_bg: #fff;
      --_muted: #3d4550;
      --_border: #8c959f;
      color: #000;
      background: #fff;
      max-width: none;
    }
    .actions,
    .notice,
    .share {
      display: none;
    }
    .scroll {
      overflow: visible;
    }
    details > summary {
      text-decoration: none;
      min-height: 0;
      font-weight: 600;
    }
    tr,
    .project,
    .bar-row,
    .measure {
      break-inside: avoid;
    }
    svg {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
