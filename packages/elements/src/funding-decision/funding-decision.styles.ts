import { css } from 'lit';

/** `<qy-funding-decision>`'s own styles (after the shared ones). */
export const fundingDecisionStyles = css`
  :host {
    max-width: var(--qy-funding-decision-max-width, 48rem);
    /* the narrow layout follows the element's own width, not the viewport's */
    container: qy-funding-decision / inline-size;
  }
  .title {
    font-size: 1.25rem;
    margin: 0 0 0.25rem;
  }
  :is(h3, h4, h5, h6) {
    font-size: 1rem;
    margin: var(--_space) 0 0.25rem;
  }
  .fund {
    font-weight: 600;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin: 0 0 var(--_space);
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding: 0.25rem 0;
  }
  th,
  td {
    text-align: start;
    padding: 0.3rem 0.4rem;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }
  th[scope='row'] {
    font-weight: normal;
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .label {
    display: none;
  }
  /*
   * Narrow (phones): each project's row is a card — its title on top, then one line per column
   * with the column's name, so an amount is never broken between its digits and nothing scrolls
   * sideways. The header row is hidden from the eyes only (the table's roles are explicit).
   */
  @container qy-funding-decision (max-width: 34rem) {
    .ranking,
    .ranking caption,
    .ranking tbody,
    .ranking tr,
    .ranking th,
    .ranking td {
      display: block;
    }
    .ranking thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    .ranking tbody tr {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      column-gap: 0.75rem;
      padding: 0.5rem 0;
      border-bottom: 1px solid var(--_border);
    }
    .ranking tbody th,
    .ranking tbody td {
      border: 0;
      padding: 0.1rem 0;
    }
    .ranking tbody th[scope='row'] {
      grid-row: 1;
      grid-column: 1 / -1;
      font-weight: 600;
    }
    .ranking td.rank,
    .ranking td.num,
    .ranking td.status {
      grid-column: 1 / -1;
      display: flex;
      justify-content: space-between;
      gap: 0.75rem;
      text-align: end;
    }
    .ranking .label {
      display: inline;
      color: var(--_muted);
      text-align: start;
    }
    .ranking .fund-line {
      display: block;
    }
    .ranking tbody .fund-line td {
      border-top: 3px dashed var(--_accent);
      border-bottom: 3px dashed var(--_accent);
      padding: 0.4rem 0;
      margin: 0.5rem 0;
    }
  }
  .fund-line td {
    border-top: 3px dashed var(--_accent);
    border-bottom: 3px dashed var(--_accent);
    font-weight: 600;
    text-align: center;
  }
  .changed {
    font-style: italic;
  }
  .items {
    padding: 0;
    list-style: none;
  }
  .items li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    justify-content: space-between;
    padding: 0.25rem 0;
    border-bottom: 1px solid var(--_border);
  }
  .items li span {
    flex: 1 1 14rem;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0 0 var(--_space);
    padding: 0.5rem var(--_space) var(--_space);
    min-width: 0;
  }
  label,
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin: 0 0 0.5rem;
  }
  input,
  select,
  textarea {
    font: inherit;
    min-height: var(--_target);
    padding: 0.4rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_fg);
    background: var(--_bg);
    max-width: 100%;
  }
  .field-error,
  [part='field-error'] {
    color: var(--_danger);
    margin: 0 0 0.5rem;
  }
  .field > * {
    margin: 0;
  }
  .qy-error {
    margin: 0 0 var(--_space);
  }
  .qy-error p {
    margin: 0 0 0.25rem;
  }
  button[aria-disabled='true'] {
    opacity: 0.7;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
`;
