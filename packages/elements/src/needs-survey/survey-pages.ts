import {
  shownQuestions,
  type NeedsSurvey,
  type SurveyAnswer,
  type SurveyQuestion,
} from '@qingyuan/core';

/**
 * Splits a survey into pages: every `perPage` questions of the survey (in document order) make
 * one page, and each page keeps only the questions the respondent sees now (core's
 * `shownQuestions`, so show-if conditions are evaluated exactly as `validateResponse` does).
 * Pages left empty are dropped. Page breaks do not depend on answers, so a question never
 * moves to another page when an earlier answer shows or hides a follow-up. Always at least one
 * page.
 *
 * @example
 * surveyPages(survey, { 'q-needs': ['goods'] }, 3).map((page) => page.map((q) => q.id));
 * // [['q-housing', 'q-needs'], ['q-satisfaction', 'q-priority', 'q-idea']]
 */
export function surveyPages(
  survey: NeedsSurvey,
  answers: Readonly<Record<string, SurveyAnswer | undefined>>,
  perPage: number,
): SurveyQuestion[][] {
  const size = Number.isFinite(perPage) && perPage >= 1 ? Math.floor(perPage) : 1;
  const shown = new Set(shownQuestions(survey, answers).map((question) => question.id));
  const pages: SurveyQuestion[][] = [];
  for (let start = 0; start < survey.questions.length; start += size) {
    const page = survey.questions.slice(start, start + size).filter((q) => shown.has(q.id));
    if (page.length > 0) pages.push(page);
  }
  return pages.length > 0 ? pages : [[]];
}
