import { html, nothing, type TemplateResult } from 'lit';
import { renderRefusal } from './refusal-view.js';

/** What {@link renderPanelHeader} shows at the top of a panel. */
export interface PanelHeader {
  /** The id of the heading; the section is labelled by it. */
  titleId: string;
  /** The title in the console's language. */
  title: string;
  /** What the panel says of itself under its title (id, status, figures), as paragraphs. */
  facts: TemplateResult;
  /** For a panel read on demand: the refresh button and the refusal of the last read. */
  reload?: { label: string; run: () => void; error: unknown };
}

/**
 * The head of a console panel (a meeting, a round, a PB election): its title as the section's
 * heading, its facts, and, when it is read on demand, the refresh button and the refusal of the
 * last read.
 *
 * @example
 * renderPanelHeader({
 *   titleId: 'round-title',
 *   title: 'Qingyuan 2007',
 *   facts: html`<p><span class="help">qingyuan-2007</span></p>`,
 *   reload: { label: t('refresh'), run: () => this.loading.run(), error: this.loading.error },
 * });
 */
export function renderPanelHeader(header: PanelHeader): TemplateResult {
  const reload = header.reload;
  return html`<section aria-labelledby=${header.titleId}>
    <h2 id=${header.titleId}>${header.title}</h2>
    ${header.facts}
    ${
      reload !== undefined
        ? html`<button class="secondary" @click=${() => reload.run()}>${reload.label}</button>
            ${renderRefusal(reload.error)}`
        : nothing
    }
  </section>`;
}
