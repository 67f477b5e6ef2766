import { html, nothing, type TemplateResult } from 'lit';
import { BoxRefusal } from './box-client.js';

/**
 * A failure shown whole: the box's message, then every detail it gave (violations with their
 * place), in an `alert` region so a screen reader says it at once. Anything that is not a
 * {@link BoxRefusal} shows its message.
 *
 * @example
 * html`${renderRefusal(this.error)}`
 */
export function renderRefusal(error: unknown): TemplateResult | typeof nothing {
  if (error === undefined || error === null) return nothing;
  const message = error instanceof Error ? error.message : String(error);
  const details = error instanceof BoxRefusal ? error.details : [];
  return html`<div class="error" role="alert">
    <p>${message}</p>
    ${
      details.length > 0
        ? html`<ul>
            ${details.map((line) => html`<li>${line}</li>`)}
          </ul>`
        : nothing
    }
  </div>`;
}
