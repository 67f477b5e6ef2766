import type { ReviewMeeting } from '../meeting/review-meeting.js';

/**
 * The review meeting 项目评审会 of the four 2007 pilot projects of the Qingyuan Subdistrict.
 *
 * Communities, projects, the three criteria and "every attendee votes on every project" come
 * from the case study; the weights (0.4 / 0.3 / 0.3), the amounts requested and the attendees
 * are made up for examples, since the case study records none of them. The attendees are one
 * resident of each applying community (so own-community recusal has work to do), a committee
 * member of a later project's community, a street leader and an expert. The weighted vote is the
 * procedure the case study tells of the 2008 round (按事先约定的不同权重加权计算), applied here
 * to the 2007 pilot: a meeting at the end of September 2007, when the case study's selection of
 * the pilot projects begins (2007年9月底).
 *
 * @example
 * import { tally } from '@qingyuan/core';
 * import { pilotBallots, pilotMeeting } from '@qingyuan/core/examples';
 * tally(pilotMeeting, pilotBallots).ranking[0]?.project; // 'jinhuali-home'
 */
export const pilotMeeting: ReviewMeeting = {
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
      requested: { amount: 1_000_000, currency: 'CNY' },
      summary: {
        'zh-CN': '“爱心超市”低价出售清洗过的捐赠物品；“小小乐园”儿童看护。',
        en: 'A “love supermarket” selling cleaned donated goods cheaply; “little paradise” child care.',
      },
    },
    {
      id: 'yuhuayuan-culture',
      title: { 'zh-CN': '社区文化活动中心', en: 'Cultural Activity Center' },
      community: 'yuhuayuan',
      requested: { amount: 800_000, currency: 'CNY' },
    },
    {
      id: 'jinhuiyuan-efamily',
      title: { 'zh-CN': 'e家亲服务社', en: 'e-Family Service Club' },
      community: 'jinhuiyuan-erli',
      requested: { amount: 600_000, currency: 'CNY' },
    },
    {
      id: 'xinghuayuan-children',
      title: { 'zh-CN': '儿童创意及表现空间', en: "Children's Creativity Space" },
      community: 'xinghuayuan',
      requested: { amount: 500_000, currency: 'CNY' },
    },
  ],
  voters: [
    { id: 'v01', community: 'jinhuali', group: 'resident' },
    { id: 'v02', community: 'yuhuayuan', group: 'resident' },
    { id: 'v03', community: 'jinhuiyuan-erli', group: 'resident' },
    { id: 'v04', community: 'xinghuayuan', group: 'resident' },
    { id: 'v05', community: 'binhe-dongli', group: 'committee' },
    { id: 'v06', group: 'street-leader' },
    { id: 'e01', group: 'expert' },
  ],
};
