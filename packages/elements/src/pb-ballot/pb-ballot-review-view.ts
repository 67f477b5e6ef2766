import { Rational } from '@qingyuan/core';
import { html, nothing, type TemplateResult } from 'lit';
import { castOf, cost, listName, projectTitle, type PbViewContext } from './pb-ballot-list-view.js';

/** The review step's buttons. */
export interface PbReviewActions {
  readonly onBack: () => void;
  readonly onSubmit: () => void;
}

/**
 * The review step: each list with what the ballot holds — the ticked projects and their total
 * cost, the points given, or the ranking in order — then "Change my choices" and "Submit ballot".
 *
 * @example
 * renderPbReview(context, { onBack, onSubmit });
 */
export function renderPbReview(context: PbViewContext, actions: PbReviewActions): TemplateResult {
  const { t, sheet } = context;
  const { format } = sheet.election.rules;
  return html`<section class="review" part="review" aria-labelledby="step-title">
    <h2 id="step-title" tabindex="-1">${t('reviewTitle')}</h2>
    ${context.lists.map((list) => {
      const cast = castOf(context, list);
      const items = cast.map(
        ({ project, points }) =>
          html`<li>
            <span class="name">${projectTitle(context, project)}</span>
            <span class="value"
              >${
                format === 'cumulative'
                  ? t('pointsOf', { points: points ?? 0 })
                  : cost(context, project.cost)
              }</span
            >
          </li>`,
      );
      const total =
        format === 'cumulative'
          ? t('pointsOf', { points: cast.reduce((sum, c) => sum + (c.points ?? 0), 0) })
          : cost(
              context,
              cast.reduce((sum, c) => sum.add(c.project.cost), Rational.ZERO),
            );
      return html`<h3>${listName(context, list)}</h3>
        ${
          cast.length === 0
            ? html`<p>${t('nothingChosen')}</p>`
            : html`${
                format === 'ordinal'
                  ? html`<ol>
                      ${items}
                    </ol>`
                  : html`<ul>
                      ${items}
                    </ul>`
              }
              ${format === 'ordinal' ? nothing : html`<p class="total">${t('total', { total })}</p>`}`
        }`;
    })}
    <div class="actions" part="actions">
      <button type="button" @click=${actions.onBack}>${t('back')}</button>
      <button type="button" class="primary" @click=${actions.onSubmit}>${t('submit')}</button>
    </div>
  </section>`;
}
