import { css } from 'lit';

/**
 * The styles of `<qy-project-status>`'s accountability view, loaded with it (on demand) and
 * adopted into the element's shadow root then, so a page that never shows the view never
 * downloads them.
 */
export const projectAccountabilityStyles = css`
  .accountability {
    container-type: inline-size;
    margin-top: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .accountability :is(h2, h3, h4, h5, h6) {
    font-size: 1.1rem;
    margin: var(--_space) 0 0.5rem;
  }
  .accountability > :is(h2, h3, h4, h5, h6):first-child {
    font-size: 1.2rem;
    margin-top: 0;
  }
  .timeline,
  .changes,
  .termination {
    margin: 0;
    padding-inline-start: 1.25rem;
    display: grid;
    gap: 0.5rem;
  }
  .timeline time,
  .when {
    color: var(--_muted);
  }
  .bars {
    display: grid;
    gap: 0.5rem;
    margin: 0.5rem 0;
  }
  /* label, bar, value on one line; on a narrow screen the bar moves to a line of its own */
  .bar-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
  }
  .bar-row > :first-child {
    min-inline-size: 6rem;
  }
  .bar {
    flex: 1 1 8rem;
    display: block;
    block-size: 0.9rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    overflow: hidden;
  }
  .bar > span {
    display: block;
    block-size: 100%;
    max-inline-size: 100%;
  }
  .disbursed .bar > span {
    background: repeating-linear-gradient(
      -45deg,
      var(--qy-project-status-bar-disbursed, var(--_muted)) 0 3px,
      var(--_bg) 3px 6px
    );
  }
  .spent .bar > span {
    background: repeating-linear-gradient(
      45deg,
      var(--qy-project-status-bar-spent, var(--_accent)) 0 6px,
      color-mix(in srgb, var(--qy-project-status-bar-spent, var(--_accent)) 60%, var(--_bg)) 6px
        12px
    );
  }
  .value {
    font-variant-numeric: tabular-nums;
    overflow-wrap: normal;
  }
  .over {
    color: var(--_danger);
    font-weight: 600;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  .caption {
    font-weight: 600;
    margin: 0.5rem 0 0;
    padding-block: 0.25rem;
  }
  th,
  td {
    /* words whole (the host breaks anywhere): a narrow container stacks the rows (below) */
    overflow-wrap: normal;
    text-align: start;
    padding: 0.25rem 0.35rem;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }
  time {
    white-space: nowrap;
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .accountability summary {
    font-weight: 600;
  }
  /* the element's summaries are flex boxes (no marker of their own): a closed or open mark */
  .accountability summary::before {
    content: '▸' / '';
    margin-inline-end: 0.4rem;
  }
  .accountability details[open] > summary::before {
    content: '▾' / '';
  }
  .indicators {
    margin: 0;
    padding-inline-start: 1.25rem;
    display: grid;
    gap: 0.5rem;
  }
  .verdict {
    font-weight: 600;
  }
  .note {
    color: var(--_muted);
  }
  .beyond {
    display: block;
    color: var(--_danger);
  }
  /* a narrow container (a phone): each row a block, each cell under its row's heading with its
     column's label before it (shown only: the roles keep the table for screen readers) */
  @container (max-width: 30rem) {
    .stack,
    .stack :is(thead, tbody, tr, th, td) {
      display: block;
    }
    .stack thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .stack tr {
      border-bottom: 1px solid var(--_border);
      padding-block: 0.25rem;
    }
    .stack :is(th, td) {
      border: 0;
      padding-block: 0.1rem;
    }
    .stack td {
      display: flex;
      justify-content: space-between;
      gap: 0.5rem;
      text-align: end;
    }
    .stack td::before {
      content: attr(data-label) / '';
      color: var(--_muted);
      text-align: start;
    }
  }
  @media (forced-colors: active) {
    .bar {
      border-color: CanvasText;
    }
    .disbursed .bar > span {
      background: repeating-linear-gradient(-45deg, CanvasText 0 3px, Canvas 3px 6px);
    }
    .spent .bar > span {
      background: CanvasText;
    }
  }
`;
