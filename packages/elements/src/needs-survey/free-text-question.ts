import type { SurveyQuestion } from '@qingyuan/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { QuestionContext } from './question-context.js';
import { describedBy, questionHelpAndError, questionLabel } from './question-frame.js';

/** A free-text question. */
export type FreeTextQuestion = Extract<SurveyQuestion, { type: 'free-text' }>;

/**
 * A free-text question: a labelled text area, with a character count when the question has a
 * `maxLength` (counted in characters, not UTF-16 units).
 *
 * @example
 * renderFreeTextQuestion(question, undefined, context);
 */
export function renderFreeTextQuestion(
  question: FreeTextQuestion,
  error: string | undefined,
  context: QuestionContext,
): TemplateResult {
  const id = `in-${question.id}`;
  const answer = context.answer(question.id);
  return html`<div class="question field" part="question" data-question=${question.id}>
    <label for=${id}>${questionLabel(question, context)}</label>
    ${questionHelpAndError(question, error, context)}
    <textarea
      part="input"
      id=${id}
      rows="4"
      maxlength=${question.maxLength ?? nothing}
      .value=${typeof answer === 'string' ? answer : ''}
      aria-required=${question.required ? 'true' : nothing}
      aria-invalid=${error ? 'true' : nothing}
      aria-describedby=${describedBy(question, error)}
      @input=${(event: Event) => {
        const text = (event.target as HTMLTextAreaElement).value;
        context.setAnswer(question.id, text === '' ? undefined : text);
      }}
    ></textarea>
    ${
      question.maxLength
        ? html`<p class="help">
            ${context.t('characters', {
              count: [...(typeof answer === 'string' ? answer : '')].length,
              max: question.maxLength,
            })}
          </p>`
        : nothing
    }
  </div>`;
}
