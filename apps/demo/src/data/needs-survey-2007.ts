import type { NeedsSurveyInput, SurveyResponse } from '@qingyuan/core';

/**
 * The subdistrict's 2007 needs survey 需求调查 as the demo's residents fill it in: what services
 * they need, how many children live with them (only when child care is a need), how satisfied
 * they are, how they would rank four project ideas, whether they would take part. Respondents
 * say their community and whether they are migrants or long-term residents, so the report can
 * compare the two. The questions are written for the demo after the case study.
 */
export const needsSurvey2007: NeedsSurveyInput = {
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
      maxLength: 200,
    },
  ],
};

/** A group of residents who answered alike, and how many of them there were. */
interface Profile {
  community: 'jinhuali' | 'yuhuayuan' | 'jinhuiyuan-erli' | 'xinghuayuan';
  residency: 'migrant' | 'long-term';
  needs: string[];
  kids?: number;
  satisfaction: number;
  priority?: string[];
  join?: string;
  idea?: string;
  count: number;
}

// Made up for the demo after the case study: Jinhuali (bungalows, over half migrants) asks for
// cheap goods and child care; Yuhuayuan (the first commodity-housing estate) for culture;
// Jinhuiyuan Erli (villas) for training of domestic workers; Xinghuayuan (young families)
// for child care.
const profiles: Profile[] = [
  {
    community: 'jinhuali',
    residency: 'migrant',
    needs: ['goods', 'childcare'],
    kids: 1,
    satisfaction: 2,
    priority: ['supermarket', 'children-space', 'elder-volunteers', 'culture-center'],
    join: 'volunteer',
    count: 5,
  },
  {
    community: 'jinhuali',
    residency: 'migrant',
    needs: ['goods', 'mending'],
    satisfaction: 2,
    priority: ['supermarket', 'elder-volunteers', 'children-space'],
    join: 'maybe',
    count: 4,
  },
  {
    community: 'jinhuali',
    residency: 'migrant',
    needs: ['goods', 'childcare'],
    kids: 2,
    satisfaction: 1,
    priority: ['children-space', 'supermarket', 'culture-center', 'elder-volunteers'],
    join: 'lead',
    idea: '放学后孩子没人照看，希望社区有个地方让孩子写作业。',
    count: 3,
  },
  {
    community: 'jinhuali',
    residency: 'long-term',
    needs: ['elder-care', 'environment'],
    satisfaction: 3,
    priority: ['elder-volunteers', 'supermarket', 'culture-center', 'children-space'],
    join: 'volunteer',
    count: 5,
  },
  {
    community: 'jinhuali',
    residency: 'long-term',
    needs: ['goods', 'culture'],
    satisfaction: 3,
    priority: ['supermarket', 'culture-center', 'elder-volunteers'],
    join: 'no',
    count: 3,
  },
  {
    community: 'yuhuayuan',
    residency: 'long-term',
    needs: ['culture', 'elder-care'],
    satisfaction: 4,
    priority: ['culture-center', 'elder-volunteers', 'children-space', 'supermarket'],
    join: 'volunteer',
    count: 7,
  },
  {
    community: 'yuhuayuan',
    residency: 'long-term',
    needs: ['culture'],
    satisfaction: 5,
    priority: ['culture-center', 'children-space', 'elder-volunteers'],
    join: 'lead',
    idea: '各文体队伍缺少固定的活动场地，希望统一安排时间。',
    count: 3,
  },
  {
    community: 'yuhuayuan',
    residency: 'migrant',
    needs: ['goods', 'childcare'],
    kids: 1,
    satisfaction: 3,
    join: 'maybe',
    count: 2,
  },
  {
    community: 'jinhuiyuan-erli',
    residency: 'long-term',
    needs: ['domestic-training', 'elder-care'],
    satisfaction: 4,
    priority: ['elder-volunteers', 'culture-center', 'children-space', 'supermarket'],
    join: 'maybe',
    count: 5,
  },
  {
    community: 'jinhuiyuan-erli',
    residency: 'migrant',
    needs: ['domestic-training', 'goods'],
    satisfaction: 3,
    priority: ['supermarket', 'elder-volunteers', 'children-space', 'culture-center'],
    join: 'volunteer',
    idea: '做家政的姐妹们希望有培训，也有个地方互相交流。',
    count: 3,
  },
  {
    community: 'xinghuayuan',
    residency: 'long-term',
    needs: ['childcare', 'culture'],
    kids: 1,
    satisfaction: 3,
    priority: ['children-space', 'culture-center', 'supermarket', 'elder-volunteers'],
    join: 'volunteer',
    count: 8,
  },
  {
    community: 'xinghuayuan',
    residency: 'migrant',
    needs: ['childcare', 'environment'],
    kids: 2,
    satisfaction: 2,
    priority: ['children-space', 'supermarket', 'elder-volunteers'],
    join: 'maybe',
    count: 4,
  },
];

/**
 * The residents' responses seeded into the demo's survey collection: 52 responses from the four
 * pilot communities (made up after the case study; Jinhuali's are over half migrants).
 *
 * @example
 * seedSurveyResponses().length; // 52
 */
export function seedSurveyResponses(): SurveyResponse[] {
  const responses: SurveyResponse[] = [];
  const perCommunity = new Map<string, number>();
  for (const p of profiles) {
    for (let i = 0; i < p.count; i++) {
      const n = (perCommunity.get(p.community) ?? 0) + 1;
      perCommunity.set(p.community, n);
      const day = String(1 + (responses.length % 28)).padStart(2, '0');
      responses.push({
        id: `r-2007-${p.community}-${String(n).padStart(2, '0')}`,
        survey: needsSurvey2007.id,
        submittedAt: `2007-03-${day}T10:00:00+08:00`,
        attributes: { community: p.community, residency: p.residency },
        answers: {
          'q-needs': p.needs,
          ...(p.kids === undefined ? {} : { 'q-kids': p.kids }),
          'q-satisfaction': p.satisfaction,
          ...(p.priority ? { 'q-priority': p.priority } : {}),
          ...(p.join ? { 'q-join': p.join } : {}),
          // One resident of each group writes the idea down, not all of them.
          ...(p.idea && i === 0 ? { 'q-idea': p.idea } : {}),
        },
      });
    }
  }
  return responses;
}
