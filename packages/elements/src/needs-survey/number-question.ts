import { localize, type SurveyQuestion } from '@qingyuan/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { QuestionContext } from './question-context.js';
import { describedBy, questionHelpAndError, questionLabel } from './question-frame.js';

/** A number question. */
export type NumberQuestion = Extract<SurveyQuestion, { type: 'number' }>;

/**
 * A number question: a labelled number input (whole numbers on a numeric keypad when
 * `integer`), its unit beside it; text that is not a number leaves the question unanswered.
 *
 * @example
 * renderNumberQuestion(question, undefined, context);
 */
export function renderNumberQuestion(
  question: NumberQuestion,
  error: string | undefined,
  context: QuestionContext,
): TemplateResult {
  const id = `in-${question.id}`;
  const answer = context.answer(question.id);
  return html`<div class="question field" part="question" data-question=${question.id}>
    <label for=${id}>${questionLabel(question, context)}</label>
    ${questionHelpAndError(question, error, context)}
    <span class="number">
      <input
        part="input"
        id=${id}
        type="number"
        inputmode=${question.integer ? 'numeric' : 'decimal'}
        step=${question.integer ? '1' : 'any'}
        min=${question.min ?? nothing}
        max=${question.max ?? nothing}
        .value=${typeof answer === 'number' ? String(answer) : ''}
        aria-required=${question.required ? 'true' : nothing}
        aria-invalid=${error ? 'true' : nothing}
        aria-describedby=${describedBy(question, error)}
        @input=${(event: Event) => {
          const text = (event.target as HTMLInputElement).value.trim();
          const number = Number(text);
          context.setAnswer(
            question.id,
            text === '' || !Number.isFinite(number) ? undefined : number,
          );
        }}
      />
      ${question.unit ? html`<span class="unit">${localize(question.unit, context.locale)}</span>` : nothing}
    </span>
  </div>`;
}
