import { css } from 'lit';

/** `<qy-application-form>`'s own styles (after the shared ones). Mobile first: one column at 360 px. */
export const applicationFormStyles = css`
  :host {
    max-width: var(--qy-application-form-max-width, 48rem);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend h2 {
    font-size: 1.3rem;
    margin: 0 0 var(--_space);
  }
  .section {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin: 0 0 var(--_space);
    display: grid;
    gap: 0.75rem;
  }
  .section > legend {
    float: left;
    width: 100%;
    padding: 0;
    font-weight: 700;
    font-size: 1.1rem;
  }
  .section > legend + * {
    clear: both;
  }
  .row {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem;
    border-inline-start: 4px solid var(--_border);
  }
  .pair {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  .pair > .field {
    flex: 1 1 12rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    min-width: 0;
  }
  label {
    font-weight: 600;
  }
  .req {
    color: var(--_danger);
  }
  .help {
    color: var(--_muted);
    font-size: 0.9rem;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    min-height: var(--_target);
    width: 100%;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
  }
  textarea {
    resize: vertical;
  }
  /* Tab goes on from a date input's day/month/year fields to its calendar button, where
     Chromium matches neither :focus-visible nor :focus on the input: ring the input while
     anything inside it has focus */
  input[type='date']:focus-within {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  [aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  .field-error {
    color: var(--_danger);
    font-weight: 600;
    margin: 0;
  }
  .field-error::before {
    content: '⚠ ';
  }
  button.remove {
    justify-self: start;
  }
  .total {
    font-size: 1.15rem;
    font-weight: 700;
    margin: 0;
  }
  .total output {
    color: var(--_accent);
    font-variant-numeric: tabular-nums;
  }
  .missing {
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .missing h3 {
    margin: 0 0 0.25rem;
    font-size: 1.1rem;
  }
  .missing ul {
    margin: 0;
    padding-inline-start: 1.25rem;
    display: grid;
    gap: 0.25rem;
  }
  button.link {
    border: 0;
    background: none;
    color: var(--_fg);
    text-align: start;
    text-decoration: underline;
    padding: 0.25rem 0;
  }
  .ok {
    font-weight: 600;
  }
  .actions {
    display: flex;
    margin-top: var(--_space);
  }
  .actions button {
    flex: 1 1 auto;
  }
  .submitted {
    font-weight: 700;
  }
  @media (forced-colors: active) {
    [aria-invalid='true'] {
      border-color: CanvasText;
    }
  }
`;
