import { css } from 'lit';

/**
 * `<qy-ballot>`'s own styles (after `sharedStyles` and `ballotBaseStyles`). Mobile first: one
 * column at 360 px.
 */
export const ballotStyles = css`
  :host {
    max-width: var(--qy-ballot-max-width, 48rem);
  }
  h3 {
    font-size: 1.05rem;
    margin: 0;
  }
  .progress {
    color: var(--_muted);
    margin: 0 0 var(--_space);
  }
  .projects {
    gap: var(--_space);
  }
  .project {
    padding: var(--_space);
    background: var(--qy-ballot-card-background, transparent);
  }
  .project > legend {
    float: left;
    width: 100%;
    padding: 0;
    font-size: 1.1rem;
    font-weight: 700;
  }
  .project > legend + * {
    clear: both;
  }
  .summary {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.125rem 0.75rem;
    margin: 0.5rem 0;
    color: var(--_muted);
  }
  .summary dd {
    margin: 0;
    color: var(--_fg);
  }
  details {
    margin: 0.25rem 0 0.5rem;
  }
  /* A list item keeps the disclosure triangle (a flex summary loses its marker). */
  summary {
    display: list-item;
    min-height: var(--_target);
    box-sizing: border-box;
    padding-block: calc((var(--_target) - 1.5em) / 2);
    line-height: 1.5;
    cursor: pointer;
  }
  .recused {
    font-weight: 600;
    border-inline-start: 4px solid var(--_muted);
    padding-inline-start: 0.5rem;
  }
  .recused::before {
    content: '⊘ ';
  }
  .marks {
    display: grid;
    gap: 0.5rem;
  }
  /* A score option is a tick's look (ballotBaseStyles) with room for its number. */
  .option {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-height: var(--_target);
    cursor: pointer;
  }
  .toggle,
  .option {
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .option input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
    flex: none;
  }
  .toggle:has(input:checked),
  .option:has(input:checked) {
    border-width: 2px;
    border-color: var(--_accent);
    font-weight: 600;
  }
  .toggle:has(input:focus-visible),
  .option:has(input:focus-visible) {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  .toggle:has(input:disabled),
  .option:has(input:disabled) {
    cursor: not-allowed;
    opacity: 0.65;
  }
  .score > legend {
    padding: 0;
    margin-bottom: 0.25rem;
    font-weight: 600;
  }
  .scale {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .scale .option {
    min-width: var(--_target);
    justify-content: center;
  }
  .review dl {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: 0.25rem 0.75rem;
    margin: 0.25rem 0 var(--_space);
  }
  .review dd {
    margin: 0;
    font-weight: 600;
  }
  .notice {
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: 0.5rem;
  }
  @media (forced-colors: active) {
    .toggle:has(input:checked),
    .option:has(input:checked) {
      border-color: Highlight;
    }
  }
`;
