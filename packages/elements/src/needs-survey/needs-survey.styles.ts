import { css } from 'lit';

/** `<qy-needs-survey>`'s own styles (after the shared ones). Mobile first: one column at 360 px. */
export const needsSurveyStyles = css`
  :host {
    max-width: var(--qy-needs-survey-max-width, 40rem);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  h2 {
    font-size: 1.3rem;
    margin: 0 0 0.5rem;
  }
  .header {
    margin-bottom: var(--_space);
  }
  .survey-title {
    margin: 0 0 0.25rem;
    color: var(--_muted);
    font-weight: 600;
  }
  .section-description {
    color: var(--_fg);
    margin: 0 0 0.5rem;
  }
  .description,
  .progress-text,
  .help {
    color: var(--_muted);
    margin: 0.25rem 0;
  }
  progress {
    width: 100%;
    height: 0.75rem;
    accent-color: var(--_accent);
  }
  .question {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin: 0 0 var(--_space);
    display: grid;
    gap: 0.5rem;
  }
  /* the question's own title: a fieldset's legend, a field's label (not the option labels) */
  .question > legend,
  .question.field > label {
    float: left;
    width: 100%;
    padding: 0;
    font-size: 1.1rem;
    font-weight: 700;
  }
  .question > legend + *,
  .question.field > label + * {
    clear: both;
  }
  .question legend.sub {
    font-weight: 600;
    font-size: 1rem;
    padding: 0;
  }
  .marker {
    font-weight: 400;
    font-size: 0.9rem;
    color: var(--_muted);
  }
  .marker.req {
    color: var(--_fg);
    font-weight: 600;
  }
  .about .choices {
    display: grid;
    gap: 0.5rem;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-height: var(--_target);
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .option input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }
  .option:has(input:checked) {
    border-width: 2px;
    border-color: var(--_accent);
    font-weight: 600;
  }
  .option:has(input:focus-visible) {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  .scale {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .scale .option {
    min-width: var(--_target);
    flex-direction: column;
    justify-content: center;
    gap: 0.125rem;
    padding: 0.25rem 0.5rem;
  }
  .scale .end {
    font-size: 0.8rem;
    font-weight: 400;
    color: var(--_muted);
  }
  input[type='number'],
  textarea {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    min-height: var(--_target);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
  }
  textarea {
    width: 100%;
    resize: vertical;
  }
  .number {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .number input {
    width: 9rem;
    max-width: 100%;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  .field-error,
  .page-errors {
    color: var(--_danger);
    font-weight: 600;
    margin: 0;
  }
  .field-error::before,
  .page-errors::before {
    content: '⚠ ';
  }
  .list-title {
    font-size: 1rem;
    margin: 0.25rem 0 0;
  }
  .ranked,
  .unranked {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .ranked li,
  .unranked li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    min-height: var(--_target);
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .ranked li {
    border-width: 2px;
    border-color: var(--_accent);
  }
  .rank {
    font-weight: 700;
    min-width: 1.5rem;
    text-align: center;
  }
  .ranked .label,
  .unranked .label {
    flex: 1 1 8rem;
  }
  .buttons {
    display: flex;
    gap: 0.25rem;
  }
  button.small {
    padding: 0.25rem 0.5rem;
  }
  .empty {
    color: var(--_muted);
    margin: 0;
  }
  .restored {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    border-inline-start: 4px solid var(--_accent);
    padding: 0.25rem 0.75rem;
    margin-bottom: var(--_space);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-top: var(--_space);
  }
  .actions button {
    flex: 1 1 10rem;
  }
  .review dl {
    margin: 0;
    display: grid;
    gap: 0.5rem;
  }
  .review-group {
    font-size: 1.15rem;
    margin: calc(var(--_space) * 1.5) 0 0.5rem;
    padding-inline-start: 0.5rem;
    border-inline-start: 4px solid var(--_accent);
  }
  .review .row {
    border-bottom: 1px solid var(--_border);
    padding-bottom: 0.5rem;
  }
  .review dt {
    font-weight: 600;
  }
  .review dd {
    margin: 0.25rem 0 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .receipt code {
    font-size: 0.95rem;
  }
  @media (forced-colors: active) {
    .option:has(input:checked),
    .ranked li {
      border-color: Highlight;
    }
    [aria-invalid='true'] {
      border-color: CanvasText;
    }
  }
`;
