import { localize, type OpenSpaceSession } from '@qingyuan/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { BoardViewContext } from './board-view-context.js';

/**
 * The ideas the organizer hid: their number for everyone, and for the organizer each with who
 * hid it, when and why.
 *
 * @example
 * renderHiddenIdeas(view, board, isOrganizer);
 */
export function renderHiddenIdeas(
  view: BoardViewContext,
  board: OpenSpaceSession,
  organizing: boolean,
): TemplateResult | typeof nothing {
  const { t, locale } = view;
  const hidden = (board.hidden ?? []).filter((item) => item.kind === 'idea');
  if (hidden.length === 0) return nothing;
  if (!organizing) {
    return html`<p part="hidden" class="hidden-count">
      ${t('hiddenCount', { count: hidden.length })}
    </p>`;
  }
  return html`<details part="hidden" class="hidden">
    <summary>${t('hiddenItems', { count: hidden.length })}</summary>
    <ul>
      ${hidden.map((item) => {
        const idea = board.ideas.find((i) => i.id === item.id);
        return html`<li>
          <strong>${idea ? view.ideaTitle(idea) : item.id}</strong> —
          ${t('hiddenBy', {
            name: view.participantName(item.by),
            at: item.at.slice(0, 16).replace('T', ' '),
            reason: item.reason ? localize(item.reason, locale) : '—',
          })}
        </li>`;
      })}
    </ul>
  </details>`;
}
