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

/**
 * {@link pilotSurvey} written in five sections, one page each: your home, needs, child care
 * (only its show-if follow-up, so the page is skipped unless child care is a need), community
 * services (rating and ranking), and your ideas — test and story data.
 *
 * @example
 * html`<qy-needs-survey .survey=${sectionedSurvey()}></qy-needs-survey>`;
 */
export function sectionedSurvey(): NeedsSurveyInput {
  return {
    ...pilotSurvey(),
    sections: [
      {
        id: 'home',
        title: { 'zh-CN': '基本情况', en: 'About your home' },
        description: {
          'zh-CN': '先请您介绍一下自己的住房情况。',
          en: 'First, a little about where you live.',
        },
        questions: ['q-housing'],
      },
      {
        id: 'needs',
        title: { 'zh-CN': '社区需求', en: 'Needs' },
        description: {
          'zh-CN': '您和家人最需要社区提供哪些服务？',
          en: 'Which services does your family need from the community?',
        },
        questions: ['q-needs'],
      },
      {
        id: 'children',
        title: { 'zh-CN': '儿童看护', en: 'Child care' },
        questions: ['q-kids'],
      },
      {
        id: 'services',
        title: { 'zh-CN': '社区服务', en: 'Community services' },
        questions: ['q-satisfaction', 'q-priority'],
      },
      {
        id: 'ideas',
        title: { 'zh-CN': '您的想法', en: 'Your ideas' },
        questions: ['q-idea'],
      },
    ],
  };
}
