import { css } from 'lit';

/**
 * `<qy-pb-ballot>`'s own styles (after `sharedStyles` and `ballotBaseStyles`). Mobile first: one
 * column at 360 px.
 */
export const pbBallotStyles = css`
  :host {
    max-width: var(--qy-pb-ballot-max-width, 48rem);
  }
  h3 {
    font-size: 1.1rem;
    margin: 0 0 0.5rem;
  }
  h4 {
    font-size: 1rem;
    margin: var(--_space) 0 0.25rem;
  }
  p {
    margin: 0 0 0.5rem;
  }
  .hint,
  .about {
    color: var(--_muted);
  }
  .about {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    margin: 0.25rem 0 0;
  }
  .description {
    flex-basis: 100%;
    color: var(--_fg);
  }
  .district {
    margin: 0 0 var(--_space);
  }
  .district label {
    display: block;
    font-weight: 600;
  }
  select,
  input[type='number'] {
    font: inherit;
    min-height: var(--_target);
    padding: 0.25rem 0.5rem;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  select {
    max-width: 100%;
  }
  .list,
  .categories {
    border-top: 2px solid var(--_border);
    padding-top: var(--_space);
    margin-top: var(--_space);
  }
  .projects {
    gap: 0.5rem;
  }
  .project {
    padding: 0.5rem 0.75rem;
  }
  .project .name {
    font-weight: 600;
    margin: 0;
  }
  .project:has(input[type='checkbox']:checked) {
    border-width: 2px;
    border-color: var(--_accent);
  }
  .stepper {
    display: flex;
    gap: 0.5rem;
    margin-top: 0.5rem;
    align-items: stretch;
  }
  .stepper input {
    width: 5rem;
    text-align: center;
  }
  .stepper button {
    padding: 0.25rem 0.75rem;
    font-size: 1.25rem;
    line-height: 1;
  }
  .rank {
    display: inline-block;
    margin-inline-end: 0.5rem;
    color: var(--_accent);
  }
  .rank-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.5rem;
  }
  .rank-actions button {
    flex: 1 1 5rem;
  }
  .empty {
    font-style: italic;
  }
  .budget {
    margin: 0 0 var(--_space);
  }
  .bar {
    block-size: var(--qy-pb-ballot-bar-height, 0.75rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .fill {
    display: block;
    block-size: 100%;
    background: var(--_accent);
    transition: inline-size 0.2s;
  }
  .fill.over {
    background: var(--_danger);
  }
  .over {
    color: var(--_danger);
  }
  .field-error {
    color: var(--_danger);
    font-weight: 600;
    margin: 0.5rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .categories ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .categories .field-error {
    padding-inline-start: 0;
    list-style: none;
  }
  .alert {
    margin-top: var(--_space);
  }
  .review ul,
  .review ol {
    margin: 0 0 0.5rem;
    padding-inline-start: 1.5rem;
  }
  .review li {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 0.75rem;
  }
  .review ol li {
    display: list-item;
  }
  .review ol .value {
    margin-inline-start: 0.75rem;
    color: var(--_muted);
  }
  .total {
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .fill {
      background: Highlight;
    }
    .fill.over {
      background: Mark;
    }
    .project:has(input[type='checkbox']:checked) {
      border-color: Highlight;
    }
  }
`;
