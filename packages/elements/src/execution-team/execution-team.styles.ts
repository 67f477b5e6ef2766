import { css } from 'lit';

/** The styles of `<qy-execution-team>` (after the shared ones). */
export const executionTeamStyles = css`
  :host {
    max-width: var(--qy-execution-team-max-width, 48rem);
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    line-height: 1.3;
  }
  .roster {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  [part='member'] {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  [part='member'] p {
    margin: 0 0 0.5rem;
  }
  .label {
    color: var(--_muted);
  }
  [part='contract-state'].signed {
    color: var(--_fg);
    font-weight: 600;
  }
  [part='contract-state'].unsigned {
    color: var(--_danger);
  }
  [part='summary'] {
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: var(--_space);
    font-weight: 600;
  }
  [part='summary'].pending {
    border-inline-start-style: dashed;
  }
  .contract {
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    white-space: pre-line;
  }
  .field {
    margin-block: var(--_space);
  }
  .field label {
    display: block;
    font-weight: 600;
  }
  .field.check {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    min-height: var(--_target);
  }
  .field.check input {
    width: 1.5rem;
    height: 1.5rem;
    flex: none;
  }
  .field.check label {
    font-weight: normal;
  }
  input:not([type='checkbox']) {
    font: inherit;
    width: 100%;
    min-height: var(--_target);
    padding: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_fg);
    background: var(--_bg);
  }
  [part='field-error'] {
    color: var(--_danger);
    margin: 0.25rem 0 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: var(--_space);
  }
`;
