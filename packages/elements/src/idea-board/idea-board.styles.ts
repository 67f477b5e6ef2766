import { css } from 'lit';

/** `<qy-idea-board>`'s own styles (after the shared ones). */
export const ideaBoardStyles = css`
  :host {
    max-width: var(--qy-idea-board-max-width, 48rem);
  }
  .title {
    font-size: 1.25rem;
    margin: 0 0 0.25rem;
  }
  .meta,
  .details,
  .read-only,
  .hidden-count {
    color: var(--_muted);
    margin: 0 0 var(--_space);
  }
  .dots-left {
    font-weight: 600;
    margin: 0 0 0.5rem;
  }
  .notice:empty {
    display: none;
  }
  .notice {
    margin: 0 0 var(--_space);
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_accent);
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0 0 var(--_space);
    padding: 0.5rem var(--_space) var(--_space);
    min-width: 0;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  label {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin-block-end: 0.5rem;
    min-width: 0;
  }
  label.radio {
    flex-direction: row;
    align-items: center;
    min-height: var(--_target);
  }
  label.radio input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0 0.5rem 0 0;
  }
  select,
  input,
  textarea {
    font: inherit;
    min-height: var(--_target);
    max-width: 100%;
    padding: 0.375rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
  }
  .ideas {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .idea {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .idea-title {
    font-size: 1.05rem;
    margin: 0 0 0.25rem;
  }
  .details {
    margin-block-end: 0.5rem;
  }
  .photo {
    display: block;
    max-width: 100%;
    height: auto;
    border-radius: var(--_radius);
    margin-block-end: 0.5rem;
  }
  .tally {
    margin: 0 0 0.5rem;
  }
  .dots {
    color: var(--_accent);
    letter-spacing: 0.1em;
    margin-inline-end: 0.25rem;
  }
  .vote,
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-block-end: 0.5rem;
  }
  .mine {
    margin-inline-end: auto;
  }
  button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin-block-end: 0.5rem;
    min-width: 0;
  }
  .field label,
  .field [part='field-error'] {
    margin: 0;
  }
  .field-error,
  [part='field-error'] {
    color: var(--_danger);
    margin: 0 0 0.5rem;
  }
  .hidden {
    margin: 0 0 var(--_space);
  }
  .hidden summary {
    min-height: var(--_target);
    display: flex;
    align-items: center;
    cursor: pointer;
  }
  .propose :is(h3, h4, h5, h6) {
    font-size: 1.1rem;
    margin: 0 0 0.5rem;
  }
`;
