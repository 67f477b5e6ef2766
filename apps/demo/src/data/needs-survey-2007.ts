import type { NeedsSurveyInput, SurveyResponse } from '@qingyuan/core';
import { subdistrictSurvey } from '@qingyuan/core/examples';

/**
 * The subdistrict's 2007 needs survey 需求调查 the demo's residents fill in: the canonical
 * `subdistrictSurvey` of `@qingyuan/core/examples`.
 */
export const needsSurvey2007: NeedsSurveyInput = subdistrictSurvey;

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
 * pilot communities (made up after the case study; Jinhuali's are over half migrants), submitted
 * between 20 August and 16 September 2007.
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
      // Four weeks from 20 August 2007, within the case study's needs survey (2007年8月至9月底)
      // and before the applications that cite its findings are written.
      const day = new Date(Date.UTC(2007, 7, 20 + (responses.length % 28)))
        .toISOString()
        .slice(0, 10);
      responses.push({
        id: `r-2007-${p.community}-${String(n).padStart(2, '0')}`,
        survey: needsSurvey2007.id,
        submittedAt: `${day}T10:00:00+08:00`,
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
