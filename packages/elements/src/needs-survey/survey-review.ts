import {
  localize,
  shownQuestions,
  type NeedsSurvey,
  type SurveyAnswer,
  type SurveyQuestion,
  type MessageParams,
} from '@qingyuan/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '@qingyuan/core';
import { answerText } from './answer-text.js';
import type { NeedsSurveyMessageKey } from './needs-survey.messages.js';

/** What the review step shows and what its buttons do. */
export interface SurveyReviewContext {
  readonly locale: Locale;
  t(key: NeedsSurveyMessageKey, params?: MessageParams): string;
  /** Every answer given (hidden questions included: they decide what is shown). */
  readonly answers: Readonly<Record<string, SurveyAnswer>>;
  /** The answers that will be sent (shown questions only). */
  readonly sent: Readonly<Record<string, SurveyAnswer>>;
  readonly attributes: Readonly<Record<string, string>>;
  /** Goes back to the question to change its answer. */
  change(questionId: string): void;
  /** Goes back to the last page. */
  back(): void;
  submit(): void;
}

/**
 * The review step: every shown question with its answer and a "Change" button, grouped under
 * the section titles when the survey has sections (the respondent attributes under "About
 * you"), then Previous and Submit.
 *
 * @example
 * html`${renderSurveyReview(survey, context)}`;
 */
export function renderSurveyReview(
  survey: NeedsSurvey,
  context: SurveyReviewContext,
): TemplateResult {
  const { locale, t } = context;
  const submit = t('submit');
  const attributeRows = survey.attributes.map((attribute) => {
    const value = attribute.values.find((v) => v.id === context.attributes[attribute.id]);
    return html`<div class="row">
      <dt>${localize(attribute.label, locale)}</dt>
      <dd>${value ? localize(value.label, locale) : t('notAnswered')}</dd>
    </div>`;
  });
  const questionRow = (question: SurveyQuestion) => {
    const label = localize(question.label, locale);
    return html`<div class="row" data-review=${question.id}>
      <dt>${label}</dt>
      <dd>
        <span>${answerText(question, context.sent[question.id], locale, t)}</span>
        <button
          type="button"
          class="small"
          aria-label=${t('changeQuestion', { question: label })}
          @click=${() => context.change(question.id)}
        >
          ${t('change')}
        </button>
      </dd>
    </div>`;
  };
  const shown = shownQuestions(survey, context.answers);
  // With sections, answers are grouped under the section titles (a section whose questions
  // are all hidden has no group), the respondent attributes under "About you".
  const groups = survey.sections
    ? html`${
        attributeRows.length > 0
          ? html`<h3 class="review-group">${t('aboutYou')}</h3>
              <dl data-group="attributes">${attributeRows}</dl>`
          : nothing
      }
      ${survey.sections.map((section) => {
        const rows = shown.filter((question) => section.questions.includes(question.id));
        return rows.length > 0
          ? html`<h3 class="review-group">${localize(section.title, locale)}</h3>
              <dl data-group=${section.id}>${rows.map(questionRow)}</dl>`
          : nothing;
      })}`
    : html`<dl>${attributeRows}${shown.map(questionRow)}</dl>`;
  return html`<section class="review" part="review" aria-labelledby="step-title">
    <h2 id="step-title" tabindex="-1">${t('reviewTitle')}</h2>
    <p>${t('reviewHelp', { submit })}</p>
    ${groups}
    <div class="actions" part="actions">
      <button type="button" @click=${() => context.back()}>${t('previous')}</button>
      <button type="button" class="primary" @click=${() => context.submit()}>${submit}</button>
    </div>
  </section>`;
}
