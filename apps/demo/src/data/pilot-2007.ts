import type { Ballot, ReviewMeetingInput } from '@qingyuan/core';

/**
 * The 2007 review meeting of the Qingyuan Subdistrict's four pilot projects, as demo data.
 * Communities, projects and criteria come from the case study; the voters and their marks
 * are made up for the demo.
 */
export const pilotMeeting: ReviewMeetingInput = {
  id: 'qingyuan-2007',
  title: {
    'zh-CN': '2007 年清源街道社区项目评审会',
    en: 'Qingyuan Subdistrict review meeting 2007',
  },
  criteria: [
    { id: 'public-benefit', name: { 'zh-CN': '公益性', en: 'Public benefit' }, weight: 0.4 },
    { id: 'feasibility', name: { 'zh-CN': '可行性', en: 'Feasibility' }, weight: 0.3 },
    { id: 'sustainability', name: { 'zh-CN': '可持续性', en: 'Sustainability' }, weight: 0.3 },
  ],
  method: { type: 'approval' },
  aggregate: 'sum',
  recusal: 'own-community',
  projects: [
    {
      id: 'jinhuali-home',
      title: { 'zh-CN': '新居民之家', en: "New Residents' Home" },
      community: 'jinhuali',
      requested: { amount: 1000000, currency: 'CNY' },
    },
    {
      id: 'yuhuayuan-culture',
      title: { 'zh-CN': '社区文化活动中心', en: 'Cultural Activity Center' },
      community: 'yuhuayuan',
      requested: { amount: 800000, currency: 'CNY' },
    },
    {
      id: 'jinhuiyuan-efamily',
      title: { 'zh-CN': 'e家亲服务社', en: 'e-Family Service Club' },
      community: 'jinhuiyuan-erli',
      requested: { amount: 600000, currency: 'CNY' },
    },
    {
      id: 'xinghuayuan-children',
      title: { 'zh-CN': '儿童创意及表现空间', en: "Children's Creativity Space" },
      community: 'xinghuayuan',
      requested: { amount: 900000, currency: 'CNY' },
    },
  ],
  voters: [
    { id: 'v01', community: 'jinhuali', group: 'resident' },
    { id: 'v02', community: 'yuhuayuan', group: 'resident' },
    { id: 'v03', community: 'jinhuiyuan-erli', group: 'resident' },
    { id: 'v04', community: 'xinghuayuan', group: 'resident' },
    { id: 'v05', community: 'binhe-dongli', group: 'committee' },
    { id: 'v06', group: 'expert' },
  ],
};

const yes = (pb: boolean, f: boolean, s: boolean) => ({
  'public-benefit': pb,
  feasibility: f,
  sustainability: s,
});

/** Ballots cast at the demo meeting, in the order they arrived. */
export const pilotBallots: Ballot[] = [
  {
    voter: 'v01',
    marks: {
      'yuhuayuan-culture': yes(true, true, true),
      'jinhuiyuan-efamily': yes(false, true, false),
      'xinghuayuan-children': yes(true, true, false),
    },
  },
  {
    voter: 'v02',
    marks: {
      'jinhuali-home': yes(true, true, true),
      'jinhuiyuan-efamily': yes(false, true, true),
      'xinghuayuan-children': yes(true, false, true),
    },
  },
  {
    voter: 'v03',
    marks: {
      'jinhuali-home': yes(true, false, true),
      'yuhuayuan-culture': yes(true, true, false),
      'xinghuayuan-children': yes(true, true, true),
    },
  },
  {
    voter: 'v04',
    marks: {
      'jinhuali-home': yes(true, true, false),
      'yuhuayuan-culture': yes(false, true, true),
      'jinhuiyuan-efamily': yes(true, false, false),
    },
  },
  {
    voter: 'v05',
    marks: {
      'jinhuali-home': yes(true, true, true),
      'yuhuayuan-culture': yes(true, true, true),
      'jinhuiyuan-efamily': yes(false, false, true),
      'xinghuayuan-children': yes(true, true, false),
    },
  },
  {
    voter: 'v06',
    marks: {
      'jinhuali-home': yes(true, true, true),
      'yuhuayuan-culture': yes(true, false, true),
      'jinhuiyuan-efamily': yes(true, true, false),
      'xinghuayuan-children': yes(true, true, true),
    },
  },
];

/** The street office's fund for the 2007 pilot projects, in fen (25,000 yuan). */
export const pilotFund = { amount: 2500000, currency: 'CNY' } as const;

/** Names of the communities of the demo data, in both languages. */
export const communityNames: Record<string, { 'zh-CN': string; en: string }> = {
  jinhuali: { 'zh-CN': '金华里', en: 'Jinhuali' },
  yuhuayuan: { 'zh-CN': '郁花园', en: 'Yuhuayuan' },
  'jinhuiyuan-erli': { 'zh-CN': '金惠园二里', en: 'Jinhuiyuan Erli' },
  xinghuayuan: { 'zh-CN': '兴华园', en: 'Xinghuayuan' },
  'binhe-dongli': { 'zh-CN': '滨河东里', en: 'Binhe Dongli' },
  'binhe-xili-south': { 'zh-CN': '滨河西里南区', en: 'Binhe Xili South' },
  'binhe-beili': { 'zh-CN': '滨河北里', en: 'Binhe Beili' },
  'yuhuayuan-erli': { 'zh-CN': '郁花园二里', en: 'Yuhuayuan Erli' },
};

/** Who each attendee of the demo meeting is (made up for the demo). */
export const attendeeNames: Record<string, { 'zh-CN': string; en: string }> = {
  v01: { 'zh-CN': '金华里居民代表', en: 'Jinhuali resident' },
  v02: { 'zh-CN': '郁花园居民代表', en: 'Yuhuayuan resident' },
  v03: { 'zh-CN': '金惠园二里居民代表', en: 'Jinhuiyuan Erli resident' },
  v04: { 'zh-CN': '兴华园居民代表', en: 'Xinghuayuan resident' },
  v05: { 'zh-CN': '滨河东里居委会委员', en: 'Binhe Dongli committee member' },
  v06: { 'zh-CN': '专家', en: 'Expert' },
};
