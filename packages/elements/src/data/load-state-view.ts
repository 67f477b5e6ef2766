import type { MessageParams } from '@qingyuan/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { DocumentState } from './document-controller.js';
import type { LoadMessageKey } from './load-messages.js';

/**
 * Renders the non-ready states of a document — loading, empty, error — the same way in every
 * component; returns `nothing` when the document is ready. Issues are rendered as text, so a
 * payload inside a bad document stays inert.
 *
 * @example
 * render() { return this.doc.state.status === 'ready' ? this.renderBallot() : renderLoadState(this.doc.state, t); }
 */
export function renderLoadState<T>(
  state: DocumentState<T>,
  t: (key: LoadMessageKey, params?: MessageParams) => string,
): TemplateResult | typeof nothing {
  switch (state.status) {
    case 'loading':
      return html`<p part="status" class="qy-status" role="status">${t('loading')}</p>`;
    case 'empty':
      return html`<p part="status" class="qy-status">${t('empty')}</p>`;
    case 'error':
      return html`<div part="error" class="qy-error" role="alert">
        <p>${t('loadErrorTitle')}</p>
        <ul>
          ${state.issues.map(
            (issue) =>
              html`<li><code>${issue.where || t('wholeDocument')}</code>: ${issue.message}</li>`,
          )}
        </ul>
      </div>`;
    case 'ready':
      return nothing;
  }
}
