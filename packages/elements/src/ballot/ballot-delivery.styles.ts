import { css } from 'lit';

/**
 * The styles of what `<qy-ballot>` loads on demand (`ballot-delivery.ts`): the voting-code step
 * and the receipt. They come with that module and are added to the ballot's own (after
 * `ballotStyles`) when it arrives.
 */
export const ballotDeliveryStyles = css`
  .receipt-value {
    letter-spacing: 0.04em;
  }
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
    font: inherit;
    /* A whole 32-character code (with dashes) fits a 360 px phone at 16 px. */
    font-family: ui-monospace, monospace;
    font-size: 1rem;
    text-transform: uppercase;
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
`;
