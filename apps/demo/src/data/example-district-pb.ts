import type { Locale, PbBallotElectionJSON } from '@qingyuan/core';

/** The four PB ballot formats of the demo's PB screen, in the order it lists them. */
export const pbFormats = ['approval', 'knapsack', 'cumulative', 'ordinal'] as const;

/** One of {@link pbFormats}. */
export type PbFormat = (typeof pbFormats)[number];

/** A text of the ballot sheet in both languages. */
type Texts = Record<Locale, string>;

/** The ballot sheet the box stores and `<qy-pb-ballot>` reads: core's election with its texts. */
export type ExampleDistrictSheet = PbBallotElectionJSON & {
  title: Texts;
  description: Texts;
  currency: string;
  projects: (PbBallotElectionJSON['projects'][number] & { title: Texts; description?: Texts })[];
};

/** The invented district's budget, in whole yuan (Pabulib's unit). */
export const exampleDistrictBudget = 600_000;

/** Each format's limits: what the ballot box checks every ballot against. */
export const exampleDistrictRules: Record<PbFormat, PbBallotElectionJSON['rules']> = {
  approval: { format: 'approval', minLength: 1, maxLength: 3 },
  knapsack: { format: 'knapsack', minLength: 1, maxSumCost: exampleDistrictBudget },
  cumulative: { format: 'cumulative', maxSumPoints: 10, maxPoints: 5 },
  ordinal: { format: 'ordinal', minLength: 1, maxLength: 3 },
};

/** The district's name, said to be invented wherever it appears. */
export const exampleDistrictName: Texts = {
  'zh-CN': '青苑示例区（虚构）',
  en: 'Qingyuan Example District (invented)',
};

/** Says on screen and on the ballot that the district and its figures are made up. */
export const exampleDistrictNotice: Texts = {
  'zh-CN': '示例数据：青苑示例区是虚构的街区，项目和金额都是编造的，不是任何真实城市的预算或数字。',
  en: 'Example data: Qingyuan Example District is invented; its projects and amounts are made up and are not any real city’s budget or figures.',
};

/**
 * The demo's participatory budget of an invented district: ¥600,000 for six made-up projects,
 * with the limits of `format` (see {@link exampleDistrictRules}). Every text says in both
 * languages that it is an example.
 *
 * @example
 * exampleDistrictSheet('knapsack').rules.maxSumCost; // 600000
 */
export function exampleDistrictSheet(format: PbFormat): ExampleDistrictSheet {
  return {
    title: {
      'zh-CN': `${exampleDistrictName['zh-CN']}参与式预算`,
      en: `${exampleDistrictName.en}: participatory budget`,
    },
    description: exampleDistrictNotice,
    currency: 'CNY',
    rules: exampleDistrictRules[format],
    budget: exampleDistrictBudget,
    projects: [
      {
        id: 'playground',
        cost: 180_000,
        title: { 'zh-CN': '儿童游乐场翻新', en: 'Playground renewal' },
      },
      {
        id: 'reading-room',
        cost: 250_000,
        title: { 'zh-CN': '社区阅览室', en: 'Neighbourhood reading room' },
      },
      { id: 'lane-lights', cost: 90_000, title: { 'zh-CN': '小巷路灯', en: 'Lane street lights' } },
      {
        id: 'canteen',
        cost: 220_000,
        title: { 'zh-CN': '长者食堂', en: 'Canteen for older people' },
      },
      {
        id: 'river-trees',
        cost: 120_000,
        title: { 'zh-CN': '沿河植树', en: 'Trees along the river' },
      },
      {
        id: 'bike-shelter',
        cost: 60_000,
        title: { 'zh-CN': '有顶自行车棚', en: 'Covered bicycle parking' },
      },
    ],
  };
}
