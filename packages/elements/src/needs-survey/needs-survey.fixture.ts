import type { NeedsSurveyInput } from '@qingyuan/core';

/**
 * A Jinhuali needs survey with every question type of the core schema (single choice,
 * multiple choice with a show-if follow-up, rating, ranking, number, free text) and a
 * respondent attribute — test and story data.
 *
 * @example
 * html`<qy-needs-survey .survey=${pilotSurvey()}></qy-needs-survey>`;
 */
export function pilotSurvey(): NeedsSurveyInput {
  return {
    id: 'jinhuali-2007',
    community: 'jinhuali',
    title: { 'zh-CN': '金华里社区需求调查', en: 'Jinhuali needs survey' },
    description: {
      'zh-CN': '请告诉我们您和家人最需要哪些服务。',
      en: 'Tell us which services you and your family need most.',
    },
    attributes: [
      {
        id: 'residency',
        label: { 'zh-CN': '居住身份', en: 'Residency' },
        values: [
          { id: 'migrant', label: { 'zh-CN': '外来人口', en: 'Migrant' } },
          { id: 'long-term', label: { 'zh-CN': '常住居民', en: 'Long-term resident' } },
        ],
      },
    ],
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
      {
        id: 'q-needs',
        type: 'multiple-choice',
        label: { 'zh-CN': '您最需要哪些服务？', en: 'Which services do you need most?' },
        help: { 'zh-CN': '最多选两项', en: 'Choose up to two' },
        required: true,
        needs: true,
        maxSelected: 2,
        options: [
          { id: 'goods', label: { 'zh-CN': '低价生活用品', en: 'Cheap daily goods' } },
          { id: 'childcare', label: { 'zh-CN': '儿童看护', en: 'Child care' } },
          { id: 'mending', label: { 'zh-CN': '缝补熨烫', en: 'Mending and ironing' } },
        ],
      },
      {
        id: 'q-kids',
        type: 'number',
        label: { 'zh-CN': '家中有几个孩子？', en: 'How many children live with you?' },
        required: true,
        integer: true,
        min: 0,
        max: 10,
        unit: { 'zh-CN': '个', en: 'children' },
        showIf: { question: 'q-needs', includes: 'childcare' },
      },
      {
        id: 'q-satisfaction',
        type: 'rating',
        label: {
          'zh-CN': '您对社区服务的满意度',
          en: 'How satisfied are you with community services?',
        },
        min: 1,
        max: 5,
        minLabel: { 'zh-CN': '很不满意', en: 'Very unhappy' },
        maxLabel: { 'zh-CN': '很满意', en: 'Very happy' },
      },
      {
        id: 'q-priority',
        type: 'ranking',
        label: { 'zh-CN': '请为以下项目排序', en: 'Rank these projects' },
        needs: true,
        minRanked: 2,
        options: [
          { id: 'supermarket', label: { 'zh-CN': '爱心超市', en: 'Love supermarket' } },
          { id: 'paradise', label: { 'zh-CN': '小小乐园', en: 'Little paradise' } },
          { id: 'tailor', label: { 'zh-CN': '缝补站', en: 'Mending corner' } },
        ],
      },
      {
        id: 'q-idea',
        type: 'free-text',
        label: { 'zh-CN': '其他建议', en: 'Other ideas' },
        maxLength: 200,
      },
    ],
  };
}
