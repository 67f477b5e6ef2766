import type { SurveyQuestion } from '@qingyuan/core';
import type { TemplateResult } from 'lit';
import { renderChoiceQuestion } from './choice-question.js';
import { renderFreeTextQuestion } from './free-text-question.js';
import { renderNumberQuestion } from './number-question.js';
import type { QuestionContext } from './question-context.js';
import { renderRankingQuestion } from './ranking-question.js';
import { renderRatingQuestion } from './rating-question.js';

/** A renderer for one kind of question: a pure function of the question, its error and the context. */
export type QuestionRenderer<Q extends SurveyQuestion> = (
  question: Q,
  error: string | undefined,
  context: QuestionContext,
) => TemplateResult;

/** One renderer per question type of core's survey schema (a new type fails to compile here). */
export const questionRenderers: {
  readonly [T in SurveyQuestion['type']]: QuestionRenderer<Extract<SurveyQuestion, { type: T }>>;
} = {
  'single-choice': renderChoiceQuestion,
  'multiple-choice': renderChoiceQuestion,
  rating: renderRatingQuestion,
  ranking: renderRankingQuestion,
  number: renderNumberQuestion,
  'free-text': renderFreeTextQuestion,
};

/**
 * Renders any survey question with the renderer for its type.
 *
 * @example
 * html`${page.map((question) => renderQuestion(question, errors.get(question.id), context))}`;
 */
export function renderQuestion(
  question: SurveyQuestion,
  error: string | undefined,
  context: QuestionContext,
): TemplateResult {
  const render = questionRenderers[question.type] as QuestionRenderer<SurveyQuestion>;
  return render(question, error, context);
}
