import { localize, type FundingDecision } from '@qingyuan/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { DecisionViewContext } from './decision-view-context.js';

type Opinion = NonNullable<FundingDecision['opinions']>[number];

/** What the opinions section shows and may do. */
export interface OpinionsView {
  readonly opinions: readonly Opinion[];
  /** Who may give one (street leaders and experts by default). */
  readonly givers: readonly string[];
  readonly error: string;
  /** What core's rule `decision.opinions` finds missing, once a post was tried (else empty). */
  readonly problems: readonly string[];
  readonly onRemove: (index: number) => void;
  readonly onSubmit: (event: SubmitEvent) => void;
}

/**
 * The opinions of street leaders and experts the decision weighed, and the form that adds one;
 * what core's rule finds missing stands before the form and describes its opinion field.
 *
 * @example
 * renderOpinions(view, { opinions, givers, error: '', problems: [], onRemove, onSubmit });
 */
export function renderOpinions(view: DecisionViewContext, o: OpinionsView): TemplateResult {
  const { t, locale, personName } = view;
  const missing = o.problems.length > 0;
  const describedBy = [missing && 'opinions-missing', o.error && 'opinion-error']
    .filter(Boolean)
    .join(' ');
  return html`<section part="opinions" class="opinions" aria-labelledby="opinions-title">
    <h3 id="opinions-title">${t('opinions')}</h3>
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
    ${
      missing
        ? html`<div id="opinions-missing" class="qy-error">
            <ul>
              ${o.problems.map((p) => html`<li>${p}</li>`)}
            </ul>
          </div>`
        : nothing
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
        <label
          >${t('opinionText')}
          <textarea
            id="opinion-text"
            name="opinion"
            rows="2"
            aria-invalid=${describedBy ? 'true' : 'false'}
            aria-describedby=${describedBy || nothing}
          ></textarea>
        </label>
        ${o.error ? html`<p id="opinion-error" class="field-error">${o.error}</p>` : nothing}
        <button type="submit">${t('addOpinion')}</button>
      </fieldset>
    </form>
  </section>`;
}
