import { css } from 'lit';

/**
 * Styles `<qy-ballot>` and `<qy-pb-ballot>` share, after `sharedStyles` and before their own:
 * the bare outer fieldset, the step heading, the list of project cards, a project's tick, the
 * row of buttons, the alert, and the receipt of the shared receipt view
 * (`ballot/ballot-receipt-view.ts`). Each ballot adds its own spacing and extras. (A module of
 * its own rather than a part of `shared-styles.ts`: lit's `css` tag is a call a bundler keeps,
 * so every other element would carry these rules too.)
 *
 * @example
 * static styles = [sharedStyles, ballotBaseStyles, css`.projects { gap: 0.5rem; }`];
 */
export const ballotBaseStyles = css`
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  h2 {
    font-size: 1.25rem;
    margin: 0 0 var(--_space);
  }
  .projects {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
  }
  .project {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .toggle {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-height: var(--_target);
    cursor: pointer;
  }
  .toggle input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
    flex: none;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-top: var(--_space);
  }
  .actions button {
    flex: 1 1 12rem;
  }
  .alert {
    color: var(--_danger);
    font-weight: 600;
  }
  .receipt {
    font-size: 1.1rem;
    margin: var(--_space) 0 0;
  }
  .receipt-label {
    margin: 0 0 0.25rem;
    font-weight: 600;
  }
  /* Shown whole: a 64-digit box receipt wraps on a 360 px phone instead of overflowing. */
  .receipt-value {
    display: block;
    font-family: ui-monospace, monospace;
    font-size: 1.05rem;
    overflow-wrap: anywhere;
    white-space: normal;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    user-select: all;
  }
  .copy-status:empty {
    display: none;
  }
`;
