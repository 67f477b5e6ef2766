import { localize, type FundingDecision } from '@qingyuan/core';
import { html, type TemplateResult } from 'lit';
import { fieldAria, fieldError, fieldLabel } from '../internal/form-field-view.js';
import type { DecisionViewContext } from './decision-view-context.js';
import { renderHeading } from '../internal/heading-view.js';

type Opinion = NonNullable<FundingDecision['opinions']>[number];

/** What the opinions section shows and may do. */
export interface OpinionsView {
  readonly opinions: readonly Opinion[];
  /** Who may give one (street leaders and experts by default). */
  readonly givers: readonly string[];
  /** The opinion field's error: the text is missing, or core's rule finds opinions missing. */
  readonly error: string;
  readonly onRemove: (index: number) => void;
  readonly onSubmit: (event: SubmitEvent) => void;
}

/**
 * The opinions of street leaders and experts the decision weighed, and the form that adds one.
 *
 * @example
 * renderOpinions(view, { opinions, givers, error: '', onRemove, onSubmit });
 */
export function renderOpinions(view: DecisionViewContext, o: OpinionsView): TemplateResult {
  const { t, locale, personName } = view;
  const aria = fieldAria('opinion', !!o.error);
  return html`<section part="opinions" class="opinions" aria-labelledby="opinions-title">
    ${renderHeading(view.headingLevel, 1, t('opinions'), { id: 'opinions-title' })}
    ${
      o.opinions.length === 0
        ? html`<p>${t('noOpinions')}</p>`
        : html`<ul class="items">
            ${o.opinions.map(
              (opinion, i) =>
                html`<li>
                  <span
                    ><strong>${personName(opinion.by)}</strong>:
                    ${localize(opinion.text, locale)}</span
                  >
                  <button
                    type="button"
                    aria-label=${t('removeOpinion', { name: personName(opinion.by) })}
                    @click=${() => o.onRemove(i)}
                  >
                    ${t('remove')}
                  </button>
                </li>`,
            )}
          </ul>`
    }
    <form part="opinion-form" novalidate @submit=${o.onSubmit}>
      <fieldset>
        <legend>${t('addOpinion')}</legend>
        <label
          >${t('opinionBy')}
          <select id="opinion-by" name="opinion-by">
            ${o.givers.map((id) => html`<option value=${id}>${personName(id)}</option>`)}
          </select>
        </label>
        <div class="field">
          ${fieldLabel('opinion', t('opinionText'))}
          <textarea
            id="f-opinion"
            name="opinion"
            rows="2"
            aria-invalid=${aria.invalid}
            aria-describedby=${aria.describedBy}
          ></textarea>
          ${fieldError('opinion', o.error || undefined)}
        </div>
        <button type="submit">${t('addOpinion')}</button>
      </fieldset>
    </form>
  </section>`;
}
