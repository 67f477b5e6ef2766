import {
  dotsLeft,
  dotsUsed,
  localize,
  type OpenSpaceIdea,
  type OpenSpaceSession,
  type RankedIdea,
} from '@qingyuan/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { BoardViewContext } from './board-view-context.js';
import { renderHeading } from '../internal/heading-view.js';

/** What an idea's card shows and may do. */
export interface IdeaCardView {
  /** The participant voting on this device ('' when reading only). */
  readonly who: string;
  /** Whether the page's participant may place dots. */
  readonly voting: boolean;
  /** Whether the page's participant may hide ideas (the session's organizer). */
  readonly organizing: boolean;
  /** The idea whose hide form is open, if any, and the form's error. */
  readonly hiding: string | undefined;
  readonly hideError: string;
  readonly onDots: (idea: OpenSpaceIdea, change: 1 | -1) => void;
  readonly onStartHiding: (idea: OpenSpaceIdea) => void;
  readonly onConfirmHiding: (idea: OpenSpaceIdea, event: SubmitEvent) => void;
  readonly onCancelHiding: () => void;
}

/**
 * One idea of the board: its title, kind, community, topic and author, description and photo,
 * its dots and rank (ties named), the voter's dot buttons, and the organizer's hide control.
 *
 * @example
 * repeat(shown, (entry) => entry.idea.id, (entry) => renderIdeaCard(view, board, entry, card));
 */
export function renderIdeaCard(
  view: BoardViewContext,
  board: OpenSpaceSession,
  entry: RankedIdea,
  card: IdeaCardView,
): TemplateResult {
  const { t, locale } = view;
  const { idea } = entry;
  const title = view.ideaTitle(idea);
  const mine = dotsUsed(board.votes, card.who, idea.id);
  const canAdd = dotsLeft(board, card.who, idea.id) > 0;
  const details = [
    t(idea.kind),
    view.communityName(idea.community),
    ...(idea.topic ? [view.topicTitle(idea.topic)] : []),
    t('by', { name: view.participantName(idea.by) }),
  ];
  return html`<li part="idea" class="idea" data-idea=${idea.id}>
    ${renderHeading(view.headingLevel, 1, title, { className: 'idea-title' })}
    <p class="details">${details.join(' · ')}</p>
    ${idea.description ? html`<p>${localize(idea.description, locale)}</p>` : nothing}
    ${
      idea.photo
        ? html`<img
            class="photo"
            src=${idea.photo.ref}
            alt=${localize(idea.photo.alt, locale)}
            loading="lazy"
          />`
        : nothing
    }
    <p part="tally" class="tally">
      <span class="dots" aria-hidden="true">${'●'.repeat(Math.min(entry.dots, 20))}</span>
      ${t('tally', { dots: entry.dots, voters: entry.voters })} ·
      ${t('rank', { rank: entry.rank })}${
        entry.tiedWith.length > 0
          ? html` (${t('tied', { count: entry.tiedWith.length })})`
          : nothing
      }
    </p>
    ${
      card.voting
        ? html`<div class="vote">
            <span class="mine">${t('yourDots', { dots: mine })}</span>
            <button
              type="button"
              part="dot-remove"
              aria-label=${t('removeDotLabel', { title })}
              aria-disabled=${mine === 0 ? 'true' : 'false'}
              @click=${() => card.onDots(idea, -1)}
            >
              ${t('removeDot')}
            </button>
            <button
              type="button"
              part="dot-add"
              class="primary"
              aria-label=${t('addDotLabel', { title })}
              aria-disabled=${canAdd ? 'false' : 'true'}
              @click=${() => card.onDots(idea, 1)}
            >
              ${t('addDot')}
            </button>
          </div>`
        : nothing
    }
    ${card.organizing ? renderHideControls(view, idea, title, card) : nothing}
  </li>`;
}

/** The organizer's "Hide" button, or the open form asking why. */
function renderHideControls(
  view: BoardViewContext,
  idea: OpenSpaceIdea,
  title: string,
  card: IdeaCardView,
): TemplateResult {
  const { t } = view;
  if (card.hiding !== idea.id) {
    return html`<button
      type="button"
      part="hide-button"
      data-idea=${idea.id}
      aria-label=${t('hideLabel', { title })}
      @click=${() => card.onStartHiding(idea)}
    >
      ${t('hide')}
    </button>`;
  }
  const errorId = `hide-error-${idea.id}`;
  return html`<form
    part="hide-form"
    class="hide-form"
    @submit=${(e: SubmitEvent) => card.onConfirmHiding(idea, e)}
    @keydown=${(e: KeyboardEvent) => {
      if (e.key === 'Escape') card.onCancelHiding();
    }}
  >
    <label
      >${t('hideReason', { title })}
      <textarea
        name="reason"
        rows="2"
        aria-invalid=${card.hideError ? 'true' : 'false'}
        aria-describedby=${card.hideError ? errorId : nothing}
      ></textarea>
    </label>
    ${card.hideError ? html`<p id=${errorId} class="field-error">${card.hideError}</p>` : nothing}
    <div class="actions">
      <button type="submit" class="primary">${t('hideConfirm')}</button>
      <button type="button" @click=${() => card.onCancelHiding()}>${t('cancel')}</button>
    </div>
  </form>`;
}
