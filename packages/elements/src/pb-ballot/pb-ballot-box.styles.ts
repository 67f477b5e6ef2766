import { css } from 'lit';

/**
 * Styles of `<qy-pb-ballot>`'s voting-code step and election notice, adopted by the shadow root
 * when the ballot box connection loads (a page fed a sheet never downloads them).
 *
 * @example
 * root.adoptedStyleSheets = [...root.adoptedStyleSheets, pbBallotBoxStyles.styleSheet!];
 */
export const pbBallotBoxStyles = css`
  .code-entry label {
    display: block;
    font-weight: 600;
  }
  .code-entry .help {
    color: var(--_muted);
    margin: 0.25rem 0 0.5rem;
  }
  .code-entry input {
    box-sizing: border-box;
    width: 100%;
    min-height: var(--_target);
    padding: 0.25rem 0.5rem;
    /* A whole code of 32 characters with dashes fits a 360 px phone at 16 px. */
    font:
      1rem ui-monospace,
      monospace;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .code-entry input[aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  .code-entry input:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  .election-status {
    border-inline-start: 4px solid var(--_danger);
    padding-inline-start: 0.5rem;
    font-weight: 600;
  }
  .code-notice {
    border-inline-start: 4px solid var(--_border);
    padding-inline-start: 0.5rem;
  }
`;
