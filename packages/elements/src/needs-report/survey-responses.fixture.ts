import type { SurveyResponse } from '@qingyuan/core';
import { subdistrictSurvey } from '@qingyuan/core/examples';

type Community = 'jinhuali' | 'yuhuayuan' | 'jinhuiyuan-erli' | 'xinghuayuan';
type Residency = 'migrant' | 'long-term';

/** Residents who answered alike: community, residency, needs, kids, satisfaction, ranking, joining, idea, how many. */
type Profile = [
  Community,
  Residency,
  string[],
  number | undefined,
  number,
  string[] | undefined,
  string,
  string | undefined,
  number,
];

// Made up after the case study (as the demo's seed): Jinhuali, over half migrants, asks for
// cheap goods and child care; Yuhuayuan for culture; Jinhuiyuan Erli for domestic-work training;
// Xinghuayuan's young families for child care.
const profiles: Profile[] = [
  [
    'jinhuali',
    'migrant',
    ['goods', 'childcare'],
    1,
    2,
    ['supermarket', 'children-space', 'elder-volunteers', 'culture-center'],
    'volunteer',
    undefined,
    5,
  ],
  [
    'jinhuali',
    'migrant',
    ['goods', 'mending'],
    undefined,
    2,
    ['supermarket', 'elder-volunteers', 'children-space'],
    'maybe',
    undefined,
    4,
  ],
  [
    'jinhuali',
    'migrant',
    ['goods', 'childcare'],
    2,
    1,
    ['children-space', 'supermarket', 'culture-center', 'elder-volunteers'],
    'lead',
    '放学后孩子没人照看，希望社区有个地方让孩子写作业。',
    3,
  ],
  [
    'jinhuali',
    'long-term',
    ['elder-care', 'environment'],
    undefined,
    3,
    ['elder-volunteers', 'supermarket', 'culture-center', 'children-space'],
    'volunteer',
    undefined,
    5,
  ],
  [
    'yuhuayuan',
    'long-term',
    ['culture', 'elder-care'],
    undefined,
    4,
    ['culture-center', 'elder-volunteers', 'children-space', 'supermarket'],
    'volunteer',
    undefined,
    7,
  ],
  [
    'yuhuayuan',
    'long-term',
    ['culture'],
    undefined,
    5,
    ['culture-center', 'children-space', 'elder-volunteers'],
    'lead',
    '各文体队伍缺少固定的活动场地，希望统一安排时间。',
    3,
  ],
  [
    'jinhuiyuan-erli',
    'long-term',
    ['domestic-training', 'elder-care'],
    undefined,
    4,
    ['elder-volunteers', 'culture-center', 'children-space', 'supermarket'],
    'maybe',
    undefined,
    5,
  ],
  [
    'jinhuiyuan-erli',
    'migrant',
    ['domestic-training', 'goods'],
    undefined,
    3,
    ['supermarket', 'elder-volunteers', 'children-space', 'culture-center'],
    'volunteer',
    '做家政的姐妹们希望有培训，也有个地方互相交流。',
    3,
  ],
  [
    'xinghuayuan',
    'long-term',
    ['childcare', 'culture'],
    1,
    3,
    ['children-space', 'culture-center', 'supermarket', 'elder-volunteers'],
    'volunteer',
    undefined,
    8,
  ],
  [
    'xinghuayuan',
    'migrant',
    ['childcare', 'environment'],
    2,
    2,
    ['children-space', 'supermarket', 'elder-volunteers'],
    'maybe',
    undefined,
    4,
  ],
];

/**
 * Residents' responses to the subdistrict's 2007 needs survey (`subdistrictSurvey` of
 * `@qingyuan/core/examples`) for the needs report's tests and stories: 47 valid responses from
 * the four pilot communities, made up after the case study.
 *
 * @example
 * needsReport(subdistrictSurvey, surveyResponses()).responses.total; // 47
 */
export function surveyResponses(): SurveyResponse[] {
  const responses: SurveyResponse[] = [];
  const perCommunity = new Map<string, number>();
  for (const [
    community,
    residency,
    needs,
    kids,
    satisfaction,
    priority,
    join,
    idea,
    count,
  ] of profiles) {
    for (let i = 0; i < count; i++) {
      const n = (perCommunity.get(community) ?? 0) + 1;
      perCommunity.set(community, n);
      const day = String(1 + (responses.length % 30)).padStart(2, '0');
      responses.push({
        id: `r-2007-${community}-${String(n).padStart(2, '0')}`,
        survey: subdistrictSurvey.id,
        submittedAt: `2007-09-${day}T10:00:00+08:00`,
        attributes: { community, residency },
        answers: {
          'q-needs': needs,
          ...(kids === undefined ? {} : { 'q-kids': kids }),
          'q-satisfaction': satisfaction,
          ...(priority ? { 'q-priority': priority } : {}),
          'q-join': join,
          ...(idea && i === 0 ? { 'q-idea': idea } : {}),
        },
      });
    }
  }
  return responses;
}
