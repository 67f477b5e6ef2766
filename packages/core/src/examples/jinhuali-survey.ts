import type { NeedsSurvey } from '../survey/needs-survey.js';

/**
 * Jinhuali's needs survey 需求调查 (2007): the bungalow community where over half the residents
 * are migrants. It uses every question type but single choice (see `subdistrictSurvey` for
 * that), a show-if follow-up and a respondent attribute. The questions are written for the
 * examples after the case study.
 *
 * @example
 * import { NeedsSurveySchema } from '@qingyuan/core';
 * import { jinhualiSurvey } from '@qingyuan/core/examples';
 * NeedsSurveySchema.parse(jinhualiSurvey).questions.length; // 5
 */
export const jinhualiSurvey: NeedsSurvey = {
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
      needs: false,
      integer: true,
      min: 0,
      max: 10,
      unit: { 'zh-CN': '个', en: 'children' },
      showIf: { question: 'q-needs', includes: 'childcare' },
    },
    {
      id: 'q-priority',
      type: 'ranking',
      label: { 'zh-CN': '请为以下项目排序', en: 'Rank these projects' },
      required: false,
      needs: true,
      minRanked: 2,
      options: [
        { id: 'supermarket', label: { 'zh-CN': '爱心超市', en: 'Love supermarket' } },
        { id: 'paradise', label: { 'zh-CN': '小小乐园', en: 'Little paradise' } },
        { id: 'tailor', label: { 'zh-CN': '缝补站', en: 'Mending corner' } },
      ],
    },
    {
      id: 'q-satisfaction',
      type: 'rating',
      label: {
        'zh-CN': '您对社区服务的满意度',
        en: 'How satisfied are you with community services?',
      },
      required: false,
      needs: false,
      min: 1,
      max: 5,
      minLabel: { 'zh-CN': '很不满意', en: 'Very unhappy' },
      maxLabel: { 'zh-CN': '很满意', en: 'Very happy' },
    },
    {
      id: 'q-idea',
      type: 'free-text',
      label: { 'zh-CN': '其他建议', en: 'Other ideas' },
      required: false,
      needs: false,
      maxLength: 200,
    },
  ],
};
