import { css } from 'lit';

/**
 * Styles every Qingyuan element shares: the `--qy-*` design tokens with their defaults, focus
 * rings, the status/error boxes, a visually-hidden helper, big touch targets, reduced motion
 * and forced-colors support. Components add their own styles after these.
 *
 * @example
 * static styles = [sharedStyles, css`...`];
 */
export const sharedStyles = css`
  :host {
    --_fg: var(--qy-color-text, #1f2328);
    --_bg: var(--qy-color-surface, #ffffff);
    --_muted: var(--qy-color-muted, #57606a);
    --_border: var(--qy-color-border, #8c959f);
    --_accent: var(--qy-color-accent, #b42318);
    --_accent-fg: var(--qy-color-accent-contrast, #ffffff);
    --_danger: var(--qy-color-danger, #a40e26);
    --_radius: var(--qy-radius, 8px);
    --_space: var(--qy-space, 0.75rem);
    --_target: var(--qy-target-size, 44px);
    --_focus: var(--qy-focus-ring, 3px solid #0969da);
    display: block;
    box-sizing: border-box;
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--qy-font-family, system-ui, 'PingFang SC', 'Microsoft YaHei', sans-serif);
    font-size: var(--qy-font-size, 1rem);
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    min-height: var(--_target);
    min-width: var(--_target);
    padding: 0.5rem 1rem;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_bg);
    color: var(--_fg);
    cursor: pointer;
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-fg);
    font-weight: 600;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .qy-status {
    color: var(--_muted);
  }
  .qy-error {
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    padding: var(--_space);
    color: var(--_fg);
  }
  .qy-error ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    button.primary {
      border: 2px solid ButtonText;
    }
    :focus-visible {
      outline: 3px solid Highlight;
    }
    .qy-error {
      border-color: CanvasText;
    }
  }
`;
