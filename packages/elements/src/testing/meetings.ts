import type { ReviewMeetingInput } from '@qingyuan/core';

/** Markup that would run script if it were ever parsed as HTML. */
export const xssPayload = '<img src=x onerror="window.__qyXss=1"><script>window.__qyXss=1</script>';

/**
 * The four 2007 pilot projects with the three criteria, approval voting and own-community
 * recusal — test and story data.
 *
 * @example
 * html`<qy-ballot voter="v-yuhuayuan" .meeting=${pilotMeeting()}></qy-ballot>`;
 */
export function pilotMeeting(overrides: Partial<ReviewMeetingInput> = {}): ReviewMeetingInput {
  return {
    id: 'qingyuan-2007',
    title: {
      'zh-CN': '清源街道 2007 年社区项目评审会',
      en: 'Qingyuan 2007 community project review',
    },
    criteria: [
      { id: 'public-benefit', name: { 'zh-CN': '公益性', en: 'Public benefit' }, weight: 0.4 },
      { id: 'feasibility', name: { 'zh-CN': '可行性', en: 'Feasibility' }, weight: 0.3 },
      { id: 'sustainability', name: { 'zh-CN': '可持续性', en: 'Sustainability' }, weight: 0.3 },
    ],
    method: { type: 'approval' },
    recusal: 'own-community',
    projects: [
      {
        id: 'jinhuali-home',
        title: { 'zh-CN': '新居民之家', en: 'New Residents’ Home' },
        community: 'jinhuali',
        requested: { amount: 1_000_000, currency: 'CNY' },
        summary: {
          'zh-CN': '“爱心超市”低价出售清洗过的捐赠物品；“小天地”儿童托管。',
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
        title: { 'zh-CN': '儿童创意及表现空间', en: 'Children’s Creativity Space' },
        community: 'xinghuayuan',
        requested: { amount: 900_000, currency: 'CNY' },
      },
    ],
    voters: [
      { id: 'v-jinhuali', community: 'jinhuali' },
      { id: 'v-yuhuayuan', community: 'yuhuayuan' },
      { id: 'v-expert' },
    ],
    ...overrides,
  };
}

/** The pilot meeting with score voting from 1 to 5 and two projects (quick to fill). */
export function scoreMeeting(): ReviewMeetingInput {
  const base = pilotMeeting();
  return {
    ...base,
    method: { type: 'score', min: 1, max: 5 },
    projects: base.projects.slice(0, 2),
  };
}

/** Very long Chinese and English text, for layout tests. */
export const longText = {
  'zh-CN':
    '滨河东里一八九商户与居民共建和谐社区议事会暨噪音垃圾与营业时间协调自治公约制定及长期执行监督项目',
  en: 'Binhe Dongli 189 merchants-and-residents association for a harmonious neighbourhood: a charter on noise, rubbish and late opening hours, with long-term monitoring of how it is kept',
};
