import { css } from 'lit';

/** `<qy-ranking-table>`'s own styles (after the shared ones), print styles included. */
export const rankingTableStyles = css`
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
  tr.beyond td,
  tr.beyond th {
    color: var(--_muted);
  }
  tr.line td {
    border-bottom: 3px double var(--qy-ranking-funding-line-color, var(--_accent));
    font-weight: 600;
    padding-top: 0.25rem;
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
  @media print {
    :host {
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
    }
    .scroller {
      overflow: visible;
    }
    thead th {
      position: static;
    }
    tr {
      break-inside: avoid;
    }
  }
  @media (forced-colors: active) {
    tr.line td {
      border-bottom-color: CanvasText;
    }
  }
`;
