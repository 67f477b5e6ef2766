import {
  shownQuestions,
  type NeedsSurvey,
  type SurveyAnswer,
  type SurveyQuestion,
} from '@qingyuan/core';

/**
 * Splits a survey into pages. A survey with `sections` gets one page per section (`perPage` is
 * ignored); otherwise every `perPage` questions of the survey (in document order) make one
 * page. Each page keeps only the questions the respondent sees now (core's `shownQuestions`,
 * so show-if conditions are evaluated exactly as `validateResponse` does), and pages left
 * empty — a section whose questions are all hidden — are dropped. Page breaks do not depend
 * on answers, so a question never moves to another page when an earlier answer shows or hides
 * a follow-up. Always at least one page.
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
  const shown = new Map(shownQuestions(survey, answers).map((question) => [question.id, question]));
  let breaks: (readonly string[])[];
  if (survey.sections) {
    breaks = survey.sections.map((section) => section.questions);
  } else {
    const size = Number.isFinite(perPage) && perPage >= 1 ? Math.floor(perPage) : 1;
    const ids = survey.questions.map((question) => question.id);
    breaks = [];
    for (let start = 0; start < ids.length; start += size) {
      breaks.push(ids.slice(start, start + size));
    }
  }
  const pages = breaks
    .map((ids) => ids.flatMap((id) => shown.get(id) ?? []))
    .filter((page) => page.length > 0);
  return pages.length > 0 ? pages : [[]];
}
