/**
 * A dark theme as `--qy-*` custom properties, for tests that check an element on a dark page
 * (Storybook's theme toolbar uses the same colours from `apps/storybook/.storybook/preview.css`):
 * set it on any ancestor.
 *
 * @example
 * html`<div style=${darkTheme}><qy-ballot …></qy-ballot></div>`;
 */
export const darkTheme =
  'background:#0d1117;padding:1rem;--qy-color-text:#e6edf3;--qy-color-surface:#0d1117;' +
  '--qy-color-muted:#9da7b3;--qy-color-border:#6e7681;--qy-color-accent:#ff7b72;' +
  '--qy-color-accent-contrast:#0d1117;--qy-color-danger:#ffa198;--qy-focus-ring:3px solid #79c0ff;';
