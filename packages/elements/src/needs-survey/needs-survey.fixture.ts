import type { NeedsSurveyInput } from '@qingyuan/core';
import { jinhualiSurvey } from '@qingyuan/core/examples';

/**
 * Jinhuali's needs survey from `@qingyuan/core/examples`, with a required single-choice question
 * on housing put first (so the survey holds every question type of the core schema and the
 * component tests have a radio group to start on) and the rating before the ranking — test and
 * story data.
 *
 * @example
 * html`<qy-needs-survey .survey=${pilotSurvey()}></qy-needs-survey>`;
 */
export function pilotSurvey(): NeedsSurveyInput {
  const survey = structuredClone(jinhualiSurvey);
  const byId = (id: string) => survey.questions.find((q) => q.id === id)!;
  return {
    ...survey,
    questions: [
      {
        id: 'q-housing',
        type: 'single-choice',
        label: { 'zh-CN': '您住在哪种房子里？', en: 'What kind of home do you live in?' },
        required: true,
        options: [
          { id: 'bungalow', label: { 'zh-CN': '平房', en: 'Bungalow' } },
          { id: 'flat', label: { 'zh-CN': '楼房', en: 'Flat' } },
        ],
      },
      ...['q-needs', 'q-kids', 'q-satisfaction', 'q-priority', 'q-idea'].map(byId),
    ],
  };
}
