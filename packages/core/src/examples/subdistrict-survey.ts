import type { NeedsSurvey } from '../survey/needs-survey.js';

/**
 * The subdistrict's 2007 needs survey 需求调查 as the demo's residents fill it in: what services
 * they need, how many children live with them (only when child care is a need), how satisfied
 * they are, how they would rank four project ideas, whether they would take part. Respondents
 * say their community and whether they are migrants or long-term residents, so the report can
 * compare the two. The questions are written for the examples after the case study; the four
 * pilot applications cite its findings.
 *
 * @example
 * import { NeedsSurveySchema } from '@qingyuan/core';
 * import { subdistrictSurvey } from '@qingyuan/core/examples';
 * NeedsSurveySchema.parse(subdistrictSurvey).attributes.map((a) => a.id); // ['community', 'residency']
 */
export const subdistrictSurvey: NeedsSurvey = {
  id: 'qingyuan-needs-2007',
  title: { 'zh-CN': '2007 年清源街道社区需求调查', en: 'Qingyuan Subdistrict needs survey 2007' },
  description: {
    'zh-CN': '请告诉我们您和家人最需要的社区服务。答卷匿名，结果用于社区项目申请。',
    en: 'Tell us which community services you and your family need most. Answers are anonymous and feed the project applications.',
  },
  attributes: [
    {
      id: 'community',
      label: { 'zh-CN': '您住在哪个社区？', en: 'Which community do you live in?' },
      values: [
        { id: 'jinhuali', label: { 'zh-CN': '金华里', en: 'Jinhuali' } },
        { id: 'yuhuayuan', label: { 'zh-CN': '郁花园', en: 'Yuhuayuan' } },
        { id: 'jinhuiyuan-erli', label: { 'zh-CN': '金惠园二里', en: 'Jinhuiyuan Erli' } },
        { id: 'xinghuayuan', label: { 'zh-CN': '兴华园', en: 'Xinghuayuan' } },
      ],
    },
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
      label: {
        'zh-CN': '您和家人最需要哪些社区服务？（最多选三项）',
        en: 'Which community services do you and your family need most? (up to three)',
      },
      required: true,
      needs: true,
      maxSelected: 3,
      options: [
        { id: 'goods', label: { 'zh-CN': '低价生活用品', en: 'Cheap daily goods' } },
        { id: 'childcare', label: { 'zh-CN': '儿童看护', en: 'Child care' } },
        { id: 'elder-care', label: { 'zh-CN': '老人照料', en: 'Care for the elderly' } },
        { id: 'culture', label: { 'zh-CN': '文体活动', en: 'Culture and sports' } },
        { id: 'domestic-training', label: { 'zh-CN': '家政培训', en: 'Domestic-work training' } },
        { id: 'environment', label: { 'zh-CN': '环境卫生', en: 'Clean surroundings' } },
        { id: 'mending', label: { 'zh-CN': '缝补熨烫', en: 'Mending and ironing' } },
      ],
    },
    {
      id: 'q-kids',
      type: 'number',
      label: {
        'zh-CN': '家中有几个需要看护的孩子？',
        en: 'How many children in your home need looking after?',
      },
      required: true,
      needs: false,
      integer: true,
      min: 0,
      max: 10,
      showIf: { question: 'q-needs', includes: 'childcare' },
    },
    {
      id: 'q-satisfaction',
      type: 'rating',
      label: {
        'zh-CN': '您对社区现有服务的满意度',
        en: 'How satisfied are you with the services the community has now?',
      },
      required: true,
      needs: false,
      min: 1,
      max: 5,
      minLabel: { 'zh-CN': '很不满意', en: 'Very unsatisfied' },
      maxLabel: { 'zh-CN': '很满意', en: 'Very satisfied' },
    },
    {
      id: 'q-priority',
      type: 'ranking',
      label: {
        'zh-CN': '请为下列项目设想排序（最想要的排第一）',
        en: 'Rank these project ideas (the one you want most first)',
      },
      required: false,
      needs: true,
      minRanked: 3,
      options: [
        { id: 'supermarket', label: { 'zh-CN': '爱心超市', en: 'Love supermarket' } },
        { id: 'children-space', label: { 'zh-CN': '儿童活动空间', en: "Children's space" } },
        { id: 'culture-center', label: { 'zh-CN': '文化活动中心', en: 'Culture center' } },
        { id: 'elder-volunteers', label: { 'zh-CN': '为老志愿服务', en: 'Elder-care volunteers' } },
      ],
    },
    {
      id: 'q-join',
      type: 'single-choice',
      label: { 'zh-CN': '您愿意参与社区项目吗？', en: 'Would you take part in a project?' },
      required: false,
      needs: false,
      options: [
        { id: 'lead', label: { 'zh-CN': '愿意牵头', en: 'I would lead one' } },
        { id: 'volunteer', label: { 'zh-CN': '愿意做志愿者', en: 'I would volunteer' } },
        { id: 'maybe', label: { 'zh-CN': '看情况', en: 'Perhaps' } },
        { id: 'no', label: { 'zh-CN': '没有时间', en: 'I have no time' } },
      ],
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
