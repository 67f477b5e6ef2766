import { localize, type Mark } from '@qingyuan/core';
import { html, type TemplateResult } from 'lit';
import { recusalFrom, type Marks } from './ballot-marks.js';
import { recusalShortText } from './ballot-recusal-text.js';
import type { BallotViewContext } from './ballot-project-view.js';

/** The review step's buttons. */
export interface ReviewActions {
  readonly onBack: () => void;
  readonly onSubmit: () => void;
}

/**
 * The review step: every project with each criterion's mark in words ("Yes", "4 points",
 * "Not marked"), recused projects marked as such, then "Change my marks" and "Submit ballot".
 *
 * @example
 * renderReview(context, castMarks(meeting, voter, marks), { onBack, onSubmit });
 */
export function renderReview(
  context: BallotViewContext,
  cast: Marks,
  actions: ReviewActions,
): TemplateResult {
  const { meeting, locale, t } = context;
  const markText = (mark: Mark | undefined): string =>
    mark === undefined
      ? t('unmarked')
      : typeof mark === 'boolean'
        ? t(mark ? 'yes' : 'no')
        : t('scoreOf', { score: mark });
  return html`<section class="review" part="review" aria-labelledby="step-title">
    <h2 id="step-title" tabindex="-1">${t('reviewTitle')}</h2>
    ${meeting.projects.map((project) => {
      const row = cast[project.id];
      const recusal = recusalFrom(meeting, context.voter, project);
      return html`<h3>${localize(project.title, locale)}</h3>
        <dl>
          ${
            recusal
              ? html`<dt>${recusalShortText(recusal, t)}</dt>
                  <dd>—</dd>`
              : meeting.criteria.map(
                  (criterion) =>
                    html`<dt>${localize(criterion.name, locale)}</dt>
                      <dd>${markText(row?.[criterion.id])}</dd>`,
                )
          }
        </dl>`;
    })}
    <div class="actions" part="actions">
      <button type="button" @click=${actions.onBack}>${t('back')}</button>
      <button type="button" class="primary" @click=${actions.onSubmit}>${t('submit')}</button>
    </div>
  </section>`;
}
