import { css } from 'lit';

/** `<qy-funding-decision>`'s own styles (after the shared ones). */
export const fundingDecisionStyles = css`
  :host {
    max-width: var(--qy-funding-decision-max-width, 48rem);
  }
  .title {
    font-size: 1.25rem;
    margin: 0 0 0.25rem;
  }
  h3 {
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
