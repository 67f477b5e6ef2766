import {
  localize,
  type NeedsSurvey,
  type SurveyQuestion,
  type SurveySection,
} from '@qingyuan/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { QuestionContext } from './question-context.js';
import { renderQuestion } from './question-renderers.js';
import { renderRespondentAttributes } from './respondent-attributes.js';

/** What one page of answering shows and what its buttons do. */
export interface SurveyPageContext {
  readonly question: QuestionContext;
  /** The survey's title in the element's language. */
  readonly title: string;
  /** The pages as they stand (hidden questions left out), and the one shown (0-based). */
  readonly pages: readonly (readonly SurveyQuestion[])[];
  readonly page: number;
  /** The section the page shows, for a survey with sections. */
  readonly section: SurveySection | undefined;
  /** Error messages by question id (empty until the respondent tried to go on). */
  readonly errors: ReadonlyMap<string, string>;
  /** Whether answers were restored from a draft on this device. */
  readonly restored: boolean;
  readonly attributes: Readonly<Record<string, string>>;
  setAttribute(attribute: string, value: string): void;
  startOver(): void;
  previous(): void;
  next(): void;
}

/**
 * One page while answering: the header (survey title, section title and description, progress
 * "Page 2 of 4" or "Part 2 of 4: …"), the draft-restored notice, the respondent attributes on
 * the first page, the page's questions, a count of errors, and Previous / Next (or "Review").
 *
 * @example
 * html`${renderSurveyPage(survey, context)}`;
 */
export function renderSurveyPage(survey: NeedsSurvey, context: SurveyPageContext): TemplateResult {
  const { pages, page, section, errors, title } = context;
  const { t, locale } = context.question;
  const questions = pages[page]!;
  const pageErrors = questions.filter((question) => errors.has(question.id)).length;
  const last = page === pages.length - 1;
  const surveyDescription =
    survey.description && page === 0
      ? html`<p class="description">${localize(survey.description, locale)}</p>`
      : nothing;
  return html`<div part="header" class="header">
      ${
        section
          ? html`<p class="survey-title">${title}</p>
              ${surveyDescription}
              <h2 id="step-title" tabindex="-1">${localize(section.title, locale)}</h2>
              ${
                section.description
                  ? html`<p class="section-description" part="section-description">
                      ${localize(section.description, locale)}
                    </p>`
                  : nothing
              }`
          : html`<h2 id="step-title" tabindex="-1">${title}</h2>
              ${surveyDescription}`
      }
      <p class="progress-text" id="progress-text">
        ${
          section
            ? t('section', {
                part: page + 1,
                parts: pages.length,
                title: localize(section.title, locale),
              })
            : t('page', { page: page + 1, pages: pages.length })
        }
      </p>
      <progress
        part="progress"
        max=${pages.length + 1}
        .value=${page + 1}
        aria-labelledby="progress-text"
      ></progress>
    </div>
    ${
      context.restored
        ? html`<div class="restored" part="status" role="status">
            <span>${t('draftRestored')}</span>
            <button type="button" @click=${() => context.startOver()}>${t('startOver')}</button>
          </div>`
        : nothing
    }
    ${
      page === 0 && survey.attributes.length > 0
        ? renderRespondentAttributes(
            survey.attributes,
            context.attributes,
            t('aboutYou'),
            locale,
            (attribute, value) => context.setAttribute(attribute, value),
          )
        : nothing
    }
    ${questions.map((question) => renderQuestion(question, errors.get(question.id), context.question))}
    ${
      pageErrors > 0
        ? html`<p class="page-errors" part="field-error" role="alert">
            ${t('fixErrors', { count: pageErrors })}
          </p>`
        : nothing
    }
    <div class="actions" part="actions">
      ${
        page > 0
          ? html`<button type="button" @click=${() => context.previous()}>${t('previous')}</button>`
          : nothing
      }
      <button type="button" class="primary" @click=${() => context.next()}>
        ${last ? t('toReview') : t('next')}
      </button>
    </div>`;
}
