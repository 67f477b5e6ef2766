import type { Ballot, ReviewMeetingInput } from '@qingyuan/core';
import { closePilotBallots, pilotMeeting as examplesMeeting } from '@qingyuan/core/examples';
import { meetingCommunities } from '../meeting/meeting-communities.js';

/** Ballots for the report's weight-sensitivity view: the examples' `closePilotBallots`. */
export const pilotBallots: Ballot[] = closePilotBallots;

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
  // Fictional (core's examples invent it): where the demo's invented ideas and events go.
  liuyinli: { 'zh-CN': '柳荫里', en: 'Liuyinli' },
};

/**
 * The 2007 review meeting of the Qingyuan Subdistrict's four pilot projects: the canonical
 * `pilotMeeting` of `@qingyuan/core/examples`, with the names of its communities (so the
 * ballot shows 金华里, not `jinhuali`). The demo seeds the meeting; its users cast the ballots
 * themselves.
 */
export const pilotMeeting: ReviewMeetingInput = {
  ...examplesMeeting,
  communities: meetingCommunities(examplesMeeting, communityNames),
};

/** Who each attendee of the demo meeting is (made up for the demo). */
export const attendeeNames: Record<string, { 'zh-CN': string; en: string }> = {
  v01: { 'zh-CN': '金华里居民代表', en: 'Jinhuali resident' },
  v02: { 'zh-CN': '郁花园居民代表', en: 'Yuhuayuan resident' },
  v03: { 'zh-CN': '金惠园二里居民代表', en: 'Jinhuiyuan Erli resident' },
  v04: { 'zh-CN': '兴华园居民代表', en: 'Xinghuayuan resident' },
  v05: { 'zh-CN': '滨河东里居委会委员', en: 'Binhe Dongli committee member' },
  v06: { 'zh-CN': '街道领导', en: 'Street leader' },
  e01: { 'zh-CN': '专家', en: 'Expert' },
};
