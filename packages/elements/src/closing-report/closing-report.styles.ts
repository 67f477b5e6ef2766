import { css } from 'lit';

/** The styles of `<qy-closing-report>` (after the shared ones). */
export const closingReportStyles = css`
  :host {
    max-width: var(--qy-closing-report-max-width, 48rem);
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    line-height: 1.3;
  }
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .cards > li {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem var(--_space);
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
  }
  .source {
    color: var(--_muted);
  }
  .over {
    color: var(--_danger);
    font-weight: 600;
  }
  .totals {
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: var(--_space);
  }
  .totals p {
    margin: 0.25rem 0;
  }
  .meter {
    display: block;
    block-size: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    overflow: hidden;
  }
  .meter > span {
    display: block;
    block-size: 100%;
    background: repeating-linear-gradient(
      45deg,
      var(--_accent) 0 6px,
      color-mix(in srgb, var(--_accent) 60%, var(--_bg)) 6px 12px
    );
  }
  .not-met .meter > span {
    background: repeating-linear-gradient(-45deg, var(--_muted) 0 3px, var(--_bg) 3px 6px);
  }
  .verdict {
    font-weight: 600;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin: 0 0 var(--_space);
    min-width: 0;
  }
  fieldset.plain {
    border: 0;
    padding: 0;
  }
  legend :is(h3, h4, h5, h6) {
    margin: 0;
  }
  legend {
    font-weight: 600;
    padding: 0;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .row > .field {
    flex: 1 1 10rem;
  }
  .field {
    margin-block: 0.5rem;
  }
  .field > label {
    display: block;
    font-weight: 600;
  }
  .optional {
    color: var(--_muted);
    font-weight: normal;
  }
  input,
  select,
  textarea {
    font: inherit;
    inline-size: 100%;
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
  [aria-invalid='true'] {
    border: 2px solid var(--_danger);
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
  }
  @media (forced-colors: active) {
    .meter > span {
      background: CanvasText;
    }
  }
`;
