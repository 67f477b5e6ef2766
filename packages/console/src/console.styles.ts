import { css } from 'lit';

/**
 * The console's look, shared by its views: system fonts, large hit targets, a visible focus
 * ring, one column that fits a 360 px phone and widens to 60rem on a desk.
 */
export const consoleStyles = css`
  :host {
    display: block;
    color: var(--qy-color-text, #1b1f24);
    font:
      1rem/1.5 system-ui,
      'PingFang SC',
      'Noto Sans CJK SC',
      'Microsoft YaHei',
      sans-serif;
  }
  * {
    box-sizing: border-box;
  }
  h1,
  h2,
  h3 {
    line-height: 1.25;
    margin: 0 0 0.5rem;
  }
  h2 {
    font-size: 1.25rem;
  }
  h3 {
    font-size: 1.05rem;
  }
  section {
    background: #fff;
    border: 1px solid #d0d7de;
    border-radius: 8px;
    padding: 1rem;
    margin: 0 0 1rem;
  }
  p {
    margin: 0 0 0.75rem;
  }
  .help {
    color: #57606a;
    font-size: 0.9rem;
  }
  label {
    display: block;
    font-weight: 600;
    margin: 0.5rem 0 0.25rem;
  }
  label.inline {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    font-weight: 400;
  }
  input[type='text'],
  input[type='password'],
  input[type='number'],
  input[type='url'],
  select,
  textarea {
    display: block;
    width: 100%;
    font: inherit;
    padding: 0.5rem;
    border: 1px solid #8c959f;
    border-radius: 6px;
    background: #fff;
    color: inherit;
  }
  textarea {
    min-height: 8rem;
    font-family: ui-monospace, 'SFMono-Regular', Menlo, monospace;
    font-size: 0.85rem;
  }
  input[type='file'] {
    font: inherit;
    max-width: 100%;
  }
  fieldset {
    border: 1px solid #d0d7de;
    border-radius: 6px;
    margin: 0.5rem 0;
    padding: 0.5rem 0.75rem;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  button,
  a.button {
    display: inline-block;
    font: inherit;
    font-weight: 600;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    margin: 0.5rem 0.5rem 0 0;
    border-radius: 6px;
    border: 1px solid #0b5cad;
    background: #0b5cad;
    color: #fff;
    cursor: pointer;
    text-decoration: none;
    line-height: 1.6;
  }
  button.secondary,
  a.button.secondary {
    background: #fff;
    color: #0b5cad;
  }
  button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  :focus-visible {
    outline: 3px solid #e36209;
    outline-offset: 2px;
  }
  a {
    color: #0b5cad;
  }
  .error {
    border: 2px solid #b42318;
    background: #fff5f4;
    border-radius: 6px;
    padding: 0.75rem;
    margin: 0.75rem 0 0;
  }
  .error p {
    font-weight: 600;
    margin: 0 0 0.25rem;
  }
  .error ul,
  .ok ul {
    margin: 0;
    padding-left: 1.25rem;
  }
  .error li {
    overflow-wrap: anywhere;
  }
  .ok {
    border: 2px solid #1a7f37;
    background: #f0fff4;
    border-radius: 6px;
    padding: 0.75rem;
    margin: 0.75rem 0 0;
  }
  .token {
    font-family: ui-monospace, Menlo, monospace;
    overflow-wrap: anywhere;
  }
  .status {
    display: inline-block;
    border: 1px solid currentColor;
    border-radius: 999px;
    padding: 0 0.6rem;
    font-size: 0.9rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  ul.applications {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  ul.applications > li {
    border-top: 1px solid #d0d7de;
    padding: 0.75rem 0;
  }
  ul.applications > li > * {
    margin-right: 0.5rem;
  }
  .log li,
  .agenda li,
  .grants li {
    overflow-wrap: anywhere;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
