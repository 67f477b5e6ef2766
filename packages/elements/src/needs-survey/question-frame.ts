import { localize, type SurveyQuestion } from '@qingyuan/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { QuestionContext } from './question-context.js';

/**
 * The ids a question's inputs are described by: its help, then its error (if shown).
 *
 * @example
 * html`<input aria-describedby=${describedBy(question, error)} />`;
 */
export function describedBy(
  question: SurveyQuestion,
  error: string | undefined,
): string | typeof nothing {
  const ids = [
    question.help ? `help-${question.id}` : '',
    error ? `err-${question.id}` : '',
  ].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : nothing;
}

/**
 * A question's label with its "(required)" or "(optional)" marker.
 *
 * @example
 * html`<legend>${questionLabel(question, context)}</legend>`;
 */
export function questionLabel(question: SurveyQuestion, context: QuestionContext): TemplateResult {
  return html`${localize(question.label, context.locale)}
    <span class="marker ${question.required ? 'req' : ''}"
      >(${question.required ? context.t('required') : context.t('optional')})</span
    >`;
}

/**
 * A question's help text and, when the answer is missing or wrong, its error message.
 *
 * @example
 * html`<legend>…</legend>${questionHelpAndError(question, error, context)}`;
 */
export function questionHelpAndError(
  question: SurveyQuestion,
  error: string | undefined,
  context: QuestionContext,
): TemplateResult {
  return html`${
    question.help
      ? html`<p class="help" id=${`help-${question.id}`}>
          ${localize(question.help, context.locale)}
        </p>`
      : nothing
  }
  ${
    error
      ? html`<p class="field-error" part="field-error" id=${`err-${question.id}`}>${error}</p>`
      : nothing
  }`;
}
