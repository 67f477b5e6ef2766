import { css } from 'lit';

/** The styles of `<qy-work-record>` (after the shared ones). */
export const workRecordStyles = css`
  :host {
    max-width: var(--qy-work-record-max-width, 40rem);
  }
  fieldset[part='base'] {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin: 0;
    min-width: 0;
  }
  legend :is(h2, h3, h4, h5, h6) {
    margin: 0;
    font-size: 1.25rem;
  }
  .field {
    margin-block: var(--_space);
    border: 0;
    padding: 0;
    min-width: 0;
  }
  .field > label,
  .field > legend {
    display: block;
    font-weight: 600;
    padding: 0;
  }
  .optional,
  .hint {
    color: var(--_muted);
    font-weight: normal;
    margin: 0;
  }
  input:not([type='checkbox']),
  select,
  textarea {
    font: inherit;
    width: 100%;
    min-height: var(--_target);
    padding: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_fg);
    background: var(--_bg);
  }
  /* Tab goes on from a date input's day/month/year fields to its calendar button, where
     Chromium matches neither :focus-visible nor :focus on the input: ring the input while
     anything inside it has focus (in forced colours too, where the ring is Highlight) */
  input[type='date']:focus-within {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    input[type='date']:focus-within {
      outline: 3px solid Highlight;
    }
  }
  input[aria-invalid='true'],
  select[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: var(--_target);
  }
  .check input {
    width: 1.5rem;
    height: 1.5rem;
    flex: none;
  }
  [part='field-error'] {
    color: var(--_danger);
    margin: 0.25rem 0 0;
  }
  [part='field-error']::before {
    content: '⚠ ';
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: var(--_space);
  }
`;
