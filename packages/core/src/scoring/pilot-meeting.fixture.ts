// Test data: a review meeting on the four 2007 pilot projects of the case study, with a
// handful of ballots whose totals are worked out by hand in weighted-tally.test.ts and in
// docs/scoring.md. Not exported from the package.
import { ReviewMeetingSchema, type ReviewMeeting } from '../meeting/review-meeting.js';

export const pilotMeeting: ReviewMeeting = ReviewMeetingSchema.parse({
  id: 'qingyuan-pilot',
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
      requested: { amount: 500000, currency: 'CNY' },
    },
  ],
  voters: [
    { id: 'v01', community: 'jinhuali', group: 'resident' },
    { id: 'v02', community: 'yuhuayuan', group: 'resident' },
    { id: 'v03', community: 'jinhuiyuan-erli', group: 'resident' },
    { id: 'v04', community: 'xinghuayuan', group: 'resident' },
    { id: 'e01', group: 'expert' },
  ],
});

const all = { 'public-benefit': true, feasibility: true, sustainability: true };

export const pilotBallots: { voter: string; marks: Record<string, Record<string, boolean>> }[] = [
  {
    voter: 'v01',
    marks: {
      'jinhuali-home': all, // own community: ignored under own-community recusal
      'yuhuayuan-culture': { 'public-benefit': true, feasibility: true, sustainability: false },
      'xinghuayuan-children': { 'public-benefit': true, sustainability: true },
    },
  },
  {
    voter: 'v02',
    marks: {
      'jinhuali-home': all,
      'xinghuayuan-children': { 'public-benefit': true, feasibility: true },
    },
  },
  {
    voter: 'v03',
    marks: {
      'jinhuali-home': { 'public-benefit': true, sustainability: true },
      'yuhuayuan-culture': { feasibility: true, sustainability: true },
    },
  },
  {
    voter: 'v04',
    marks: {
      'jinhuali-home': { 'public-benefit': true, feasibility: true },
      'jinhuiyuan-efamily': { feasibility: true },
    },
  },
  {
    voter: 'e01',
    marks: { 'jinhuali-home': { 'public-benefit': true }, 'xinghuayuan-children': all },
  },
];
