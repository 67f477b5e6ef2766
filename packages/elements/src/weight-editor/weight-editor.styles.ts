import { css } from 'lit';

/** `<qy-weight-editor>`'s own styles (after the shared ones). */
export const weightEditorStyles = css`
  :host {
    max-width: var(--qy-weight-editor-max-width, 36rem);
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin: 0;
    min-width: 0;
  }
  legend {
    font-weight: 700;
    padding: 0 0.25rem;
  }
  .row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
    gap: 0.25rem 0.75rem;
    margin-bottom: var(--_space);
  }
  .row label {
    font-weight: 600;
  }
  .field {
    display: flex;
    align-items: center;
    gap: 0.25rem;
  }
  input {
    font: inherit;
    width: 5.5rem;
    min-height: var(--_target);
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    text-align: end;
  }
  .bar {
    grid-column: 1 / -1;
    height: 0.5rem;
    border-radius: 999px;
    background: var(--qy-weight-track-color, #d0d7de);
    overflow: hidden;
  }
  .bar span {
    display: block;
    height: 100%;
    background: var(--qy-weight-bar-color, var(--_accent));
    transition: width 150ms ease-out;
  }
  .total {
    font-weight: 700;
  }
  .total.invalid {
    color: var(--_danger);
  }
  @media (forced-colors: active) {
    .bar {
      border: 1px solid CanvasText;
    }
    .bar span {
      background: CanvasText;
    }
  }
`;
