import { localize, type RespondentAttribute } from '@qingyuan/core';
import { html, type TemplateResult } from 'lit';
import type { Locale } from '@qingyuan/core';

/**
 * The "About you" group on the first page: one radio group per respondent attribute
 * (age band, building, …) the survey asks for.
 *
 * @example
 * renderRespondentAttributes(survey.attributes, chosen, 'About you', 'en', (id, value) => …);
 */
export function renderRespondentAttributes(
  attributes: readonly RespondentAttribute[],
  chosen: Readonly<Record<string, string>>,
  legend: string,
  locale: Locale,
  choose: (attribute: string, value: string) => void,
): TemplateResult {
  return html`<fieldset class="question about" part="question">
    <legend>${legend}</legend>
    ${attributes.map(
      (attribute) =>
        html`<fieldset class="choices" role="radiogroup">
          <legend class="sub">${localize(attribute.label, locale)}</legend>
          ${attribute.values.map(
            (value) =>
              html`<label class="option" part="option">
                <input
                  type="radio"
                  name=${`attr/${attribute.id}`}
                  .checked=${chosen[attribute.id] === value.id}
                  @change=${() => choose(attribute.id, value.id)}
                />
                <span>${localize(value.label, locale)}</span>
              </label>`,
          )}
        </fieldset>`,
    )}
  </fieldset>`;
}
