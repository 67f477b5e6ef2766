import { css } from 'lit';

/**
 * Styles every screen of the demo shares: readable text, big touch targets, visible focus,
 * tables that scroll sideways on a narrow phone.
 *
 * @example
 * static styles = [screenStyles, css`...`];
 */
export const screenStyles = css`
  :host {
    display: block;
    --demo-border: #8c959f;
    --demo-muted: #57606a;
  }
  h2 {
    margin-top: 0.5rem;
  }
  h2:focus {
    outline: none;
  }
  button {
    font: inherit;
    min-height: 44px;
    padding: 0.5rem 1rem;
    border-radius: 8px;
    border: 1px solid var(--demo-border);
    background: #fff;
    color: #1f2328;
    cursor: pointer;
  }
  button.primary {
    background: #b42318;
    border-color: #b42318;
    color: #fff;
    font-weight: 600;
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  :focus-visible {
    outline: 3px solid #0969da;
    outline-offset: 2px;
  }
  a {
    color: #0550ae;
  }
  input,
  select,
  textarea {
    font: inherit;
    min-height: 44px;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--demo-border);
    border-radius: 6px;
    max-width: 100%;
    box-sizing: border-box;
  }
  label {
    display: block;
    margin: 0.5rem 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 1rem 0;
  }
  .error {
    border: 2px solid #a40e26;
    border-radius: 8px;
    padding: 0.5rem 0.75rem;
  }
  .note {
    color: var(--demo-muted);
    font-size: 0.9rem;
  }
  /* Whose step it is, when the role acting may not take it. */
  .hint {
    border-inline-start: 4px solid #0969da;
    padding: 0.25rem 0.75rem;
    color: var(--demo-muted);
  }
  summary {
    cursor: pointer;
    min-height: 44px;
    display: flex;
    align-items: center;
    color: #0550ae;
  }
  .scroll {
    overflow-x: auto;
    /* Contains absolutely placed descendants (visually hidden labels) inside the scroll box. */
    position: relative;
  }
  /* Receipts and codes are long unbroken strings: they wrap rather than widen a phone's page. */
  .receipt,
  code {
    overflow-wrap: anywhere;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: start;
    padding: 0.4rem 0.5rem;
    border-bottom: 1px solid #d0d7de;
    vertical-align: top;
  }
  td.num,
  th.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
`;
