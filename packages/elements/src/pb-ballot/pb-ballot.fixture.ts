import type { PbBallotElectionJSON, PbBallotTexts } from '@qingyuan/core';

/** A ballot sheet as `<qy-pb-ballot>` reads it: core's election document with its texts. */
export type PbSheetJSON = PbBallotElectionJSON &
  Omit<PbBallotTexts, 'projects'> & {
    projects: (PbBallotElectionJSON['projects'][number] &
      Omit<PbBallotTexts['projects'][number], 'id'>)[];
  };

/**
 * A district budget of Binhe subdistrict: two districts with sub-budgets and a city-wide list,
 * projects in categories, in the given format with the given limits.
 *
 * @example
 * const sheet = binheSheet('knapsack');
 */
export function binheSheet(
  format: PbBallotElectionJSON['rules']['format'],
  rules: Partial<PbBallotElectionJSON['rules']> = {},
): PbSheetJSON {
  return {
    title: { 'zh-CN': '滨河街道参与式预算', en: 'Binhe participatory budget' },
    description: {
      'zh-CN': '街道今年拿出 30 万元，由居民决定做哪些项目。',
      en: 'The subdistrict sets aside ¥300,000 this year; residents decide what it pays for.',
    },
    currency: 'CNY',
    districts: { north: { 'zh-CN': '北片', en: 'North' }, south: { 'zh-CN': '南片', en: 'South' } },
    categories: {
      green: { 'zh-CN': '绿化', en: 'Green spaces' },
      elderly: { 'zh-CN': '养老', en: 'Older people' },
    },
    rules: { format, ...rules },
    budget: 200000,
    districtBudgets: { north: 60000, south: 40000 },
    projects: [
      {
        id: 'n-park',
        cost: 40000,
        district: 'north',
        categories: ['green'],
        title: { 'zh-CN': '北片口袋公园', en: 'North pocket park' },
      },
      {
        id: 'n-bench',
        cost: 15000,
        district: 'north',
        categories: ['elderly'],
        title: { 'zh-CN': '北片休息座椅', en: 'North benches' },
      },
      {
        id: 's-light',
        cost: 30000,
        district: 'south',
        title: { 'zh-CN': '南片路灯', en: 'South street lights' },
      },
      {
        id: 'c-library',
        cost: 120000,
        title: { 'zh-CN': '社区图书室', en: 'Community library' },
        description: {
          'zh-CN': '改造旧仓库为图书室。',
          en: 'An old storehouse becomes a reading room.',
        },
      },
      {
        id: 'c-trees',
        cost: 50000,
        categories: ['green'],
        title: { 'zh-CN': '河堤植树', en: 'Trees on the embankment' },
      },
      {
        id: 'c-canteen',
        cost: 70000,
        categories: ['elderly'],
        title: { 'zh-CN': '长者食堂', en: 'Canteen for older people' },
      },
    ],
  };
}
