import type { Ballot, ReviewMeetingInput } from '@qingyuan/core';
import { pilotMeeting as examplesMeeting } from '@qingyuan/core/examples';

/** Markup that would run script if it were ever parsed as HTML. */
export const xssPayload = '<img src=x onerror="window.__qyXss=1"><script>window.__qyXss=1</script>';

/** English titles with typographic apostrophes, as the component tests expect to see them. */
const typographic = (text: ReviewMeetingInput['projects'][number]['title']) =>
  typeof text === 'string' ? text : { ...text, en: text['en']?.replaceAll("'", '’') ?? '' };

/**
 * The 2007 pilot meeting of `@qingyuan/core/examples` (four projects, three criteria, approval
 * voting, own-community recusal) with a small roster the component tests address by name: a
 * Jinhuali resident (recused from her own project), a Yuhuayuan resident and an expert. English
 * titles use typographic apostrophes; Xinghuayuan asks 9,000 yuan (see below). Test and story data.
 *
 * @example
 * html`<qy-ballot voter="v-yuhuayuan" .meeting=${pilotMeeting()}></qy-ballot>`;
 */
export function pilotMeeting(overrides: Partial<ReviewMeetingInput> = {}): ReviewMeetingInput {
  const example = structuredClone(examplesMeeting);
  return {
    ...example,
    projects: example.projects.map((p) => ({
      ...p,
      title: typographic(p.title),
      // ranking-table.test.ts's funding cases are built on a 9,000-yuan request here (the
      // examples ask 5,000): kept until that test reads the amounts from the meeting.
      ...(p.id === 'xinghuayuan-children'
        ? { requested: { amount: 900_000, currency: 'CNY' } }
        : {}),
    })),
    voters: [
      { id: 'v-jinhuali', community: 'jinhuali' },
      { id: 'v-yuhuayuan', community: 'yuhuayuan' },
      { id: 'v-expert' },
    ],
    ...overrides,
  };
}

/**
 * The names of the pilot meeting's communities (as `pilotSubdistrict` has them), for a
 * meeting's `communities`.
 *
 * @example
 * pilotMeeting({ communities: pilotCommunities() });
 */
export function pilotCommunities(): NonNullable<ReviewMeetingInput['communities']> {
  return [
    { id: 'jinhuali', name: { 'zh-CN': '金华里', en: 'Jinhuali' } },
    { id: 'yuhuayuan', name: { 'zh-CN': '郁花园', en: 'Yuhuayuan' } },
    { id: 'jinhuiyuan-erli', name: { 'zh-CN': '金惠园二里', en: 'Jinhuiyuan Erli' } },
    { id: 'xinghuayuan', name: { 'zh-CN': '兴华园', en: 'Xinghuayuan' } },
  ];
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

/**
 * Two ballots on {@link pilotMeeting}: the expert's (approving three projects on some
 * criteria) and the Yuhuayuan resident's. A fresh copy each call.
 *
 * @example
 * html`<qy-ranking-table .meeting=${pilotMeeting()} .ballots=${pilotBallots()}></qy-ranking-table>`;
 */
export function pilotBallots(): Ballot[] {
  return [
    {
      voter: 'v-expert',
      marks: {
        'jinhuali-home': { 'public-benefit': true, feasibility: true, sustainability: true },
        'yuhuayuan-culture': { 'public-benefit': true },
        'xinghuayuan-children': { feasibility: true },
      },
    },
    {
      voter: 'v-yuhuayuan',
      marks: {
        'jinhuali-home': { 'public-benefit': true, feasibility: true },
        'jinhuiyuan-efamily': { sustainability: true },
      },
    },
  ];
}

/** Very long Chinese and English text, for layout tests. */
export const longText = {
  'zh-CN':
    '滨河东里一八九商户与居民共建和谐社区议事会暨噪音垃圾与营业时间协调自治公约制定及长期执行监督项目',
  en: 'Binhe Dongli 189 merchants-and-residents association for a harmonious neighbourhood: a charter on noise, rubbish and late opening hours, with long-term monitoring of how it is kept',
};
