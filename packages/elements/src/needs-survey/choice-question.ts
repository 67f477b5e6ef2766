import { localize, type SurveyQuestion } from '@qingyuan/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { QuestionContext } from './question-context.js';
import { describedBy, questionHelpAndError, questionLabel } from './question-frame.js';

/** A single- or multiple-choice question. */
export type ChoiceQuestion = Extract<SurveyQuestion, { type: 'single-choice' | 'multiple-choice' }>;

/**
 * A single-choice (radio group) or multiple-choice (checkboxes) question; chosen options of a
 * multiple choice are kept in the survey's option order.
 *
 * @example
 * renderChoiceQuestion(question, undefined, context);
 */
export function renderChoiceQuestion(
  question: ChoiceQuestion,
  error: string | undefined,
  context: QuestionContext,
): TemplateResult {
  const single = question.type === 'single-choice';
  const answer = context.answer(question.id);
  const chosen = Array.isArray(answer) ? answer : typeof answer === 'string' ? [answer] : [];
  const described = describedBy(question, error);
  return html`<fieldset
    class="question choices"
    part="question"
    data-question=${question.id}
    role=${single ? 'radiogroup' : nothing}
    aria-required=${single && question.required ? 'true' : nothing}
    aria-invalid=${single && error ? 'true' : nothing}
  >
    <legend>${questionLabel(question, context)}</legend>
    ${questionHelpAndError(question, error, context)}
    ${question.options.map(
      (option) =>
        html`<label class="option" part="option">
          <input
            type=${single ? 'radio' : 'checkbox'}
            name=${question.id}
            value=${option.id}
            .checked=${chosen.includes(option.id)}
            aria-invalid=${!single && error ? 'true' : nothing}
            aria-describedby=${described}
            @change=${(event: Event) => {
              const checked = (event.target as HTMLInputElement).checked;
              if (single) context.setAnswer(question.id, option.id);
              else {
                const order = question.options.map((o) => o.id);
                const next = checked
                  ? [...chosen, option.id]
                  : chosen.filter((id) => id !== option.id);
                next.sort((a, b) => order.indexOf(a) - order.indexOf(b));
                context.setAnswer(question.id, next.length > 0 ? next : undefined);
              }
            }}
          />
          <span>${localize(option.label, context.locale)}</span>
        </label>`,
    )}
  </fieldset>`;
}
