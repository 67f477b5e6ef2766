import { localize, type SurveyQuestion } from '@qingyuan/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { QuestionContext } from './question-context.js';
import { describedBy, questionHelpAndError, questionLabel } from './question-frame.js';

/** A rating question. */
export type RatingQuestion = Extract<SurveyQuestion, { type: 'rating' }>;

/**
 * A rating question: one radio per value from `min` to `max`, the end labels beside the ends.
 *
 * @example
 * renderRatingQuestion(question, undefined, context);
 */
export function renderRatingQuestion(
  question: RatingQuestion,
  error: string | undefined,
  context: QuestionContext,
): TemplateResult {
  const answer = context.answer(question.id);
  const values = Array.from(
    { length: question.max - question.min + 1 },
    (_, i) => question.min + i,
  );
  const described = describedBy(question, error);
  return html`<fieldset
    class="question rating"
    part="question"
    data-question=${question.id}
    role="radiogroup"
    aria-required=${question.required ? 'true' : nothing}
    aria-invalid=${error ? 'true' : nothing}
  >
    <legend>${questionLabel(question, context)}</legend>
    ${questionHelpAndError(question, error, context)}
    <div class="scale">
      ${values.map((value) => {
        const end =
          value === question.min && question.minLabel
            ? localize(question.minLabel, context.locale)
            : value === question.max && question.maxLabel
              ? localize(question.maxLabel, context.locale)
              : '';
        return html`<label class="option" part="option">
          <input
            type="radio"
            name=${question.id}
            value=${value}
            .checked=${answer === value}
            aria-describedby=${described}
            @change=${() => context.setAnswer(question.id, value)}
          />
          <span>${value}</span>${end ? html`<span class="end">${end}</span>` : nothing}
        </label>`;
      })}
    </div>
  </fieldset>`;
}
