import { html, type TemplateResult } from 'lit';

/**
 * The link from a console panel back to the list it was opened from, above everything else
 * (also while the panel is still read, or when reading it was refused).
 *
 * @example
 * renderBackLink('#/rounds', t('backToRounds')); // <p><a href="#/rounds">All rounds</a></p>
 */
export function renderBackLink(href: string, label: string): TemplateResult {
  return html`<p><a href=${href}>${label}</a></p>`;
}
