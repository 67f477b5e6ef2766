import type { OpenSpaceSession } from '../open-space/open-space-session.js';
import type { LocalizedText } from '../text/localized-text.js';

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

/**
 * An Open Space session (开放空间会议) before the 2007 pilot's applications, on three of the
 * case study's communities (Jinhuali, Yuhuayuan, Xinghuayuan): three residents raise topics,
 * write ideas and spend their dots (5 each, at most 2 on one idea); the centre's organizer
 * hid one insulting note-turned-idea with a reason. Wang's "love supermarket" (5 dots) became
 * Jinhuali's New Residents' Home (`jinhualiApplication.origin`); the after-school club and
 * the opera troupe tie with 3 dots; Huang kept one dot. The method comes from the case study;
 * people, dots and the date (a Saturday in the case study's preparation phase, August to the
 * end of September 2007: after the trainings, before the needs survey) are made up.
 *
 * @example
 * import { checkOpenSpaceSession, rankIdeas } from '@qingyuan/core';
 * import { pilotOpenSpaceSession } from '@qingyuan/core/examples';
 * checkOpenSpaceSession(pilotOpenSpaceSession); // { ok: true }
 * rankIdeas(pilotOpenSpaceSession)[0]?.idea.id; // 'i-love-supermarket'
 */
export const pilotOpenSpaceSession: OpenSpaceSession = {
  id: 'os-qingyuan-2007',
  theme: t('我们的社区，我们的需要', 'Our community, our needs'),
  date: '2007-08-18',
  place: t('清源街道社区服务中心', 'Qingyuan community service centre'),
  facilitator: { name: t('宋老师', 'Ms Song'), organization: t('社区参与行动', 'Shining Stone') },
  organizers: ['p-center-zhang'],
  communities: ['jinhuali', 'yuhuayuan', 'xinghuayuan'],
  participants: [
    {
      id: 'p-center-zhang',
      name: t('张老师', 'Ms Zhang'),
      roles: ['service-center'],
      organization: t('清源街道社区服务中心', 'Qingyuan community service centre'),
    },
    {
      id: 'p-wang',
      name: t('王阿姨', 'Auntie Wang'),
      roles: ['resident'],
      community: 'jinhuali',
      attributes: { residency: 'migrant' },
    },
    {
      id: 'p-chen-jianguo',
      name: t('陈建国', 'Chen Jianguo'),
      roles: ['resident'],
      community: 'yuhuayuan',
    },
    {
      id: 'p-huang-jing',
      name: t('黄静', 'Huang Jing'),
      roles: ['resident'],
      community: 'xinghuayuan',
    },
    { id: 'p-zhou', name: t('周先生', 'Mr Zhou'), roles: ['resident'], community: 'jinhuali' },
  ],
  dots: { perParticipant: 5, perIdea: 2 },
  topics: [
    {
      id: 't-migrants',
      title: t('外来人口的日常生活', 'Everyday life of migrant families'),
      convener: 'p-wang',
    },
    {
      id: 't-culture',
      title: t('老年人的文化生活', 'Cultural life of older residents'),
      convener: 'p-chen-jianguo',
    },
    { id: 't-kids', title: t('孩子放学以后', 'Children after school'), convener: 'p-huang-jing' },
  ],
  groups: [
    {
      id: 'g-migrants',
      topic: 't-migrants',
      members: ['p-wang', 'p-zhou'],
      notes: [
        {
          id: 'n-prices',
          text: t(
            '附近超市东西贵，很多家庭买不起',
            'Shops nearby are dear; many families cannot afford them',
          ),
          by: 'p-wang',
        },
      ],
    },
    {
      id: 'g-culture',
      topic: 't-culture',
      members: ['p-chen-jianguo'],
      notes: [
        {
          id: 'n-opera',
          text: t(
            '不少老人会唱京剧，缺排练的地方',
            'Many elders sing Peking opera but have nowhere to rehearse',
          ),
          by: 'p-chen-jianguo',
        },
      ],
    },
    {
      id: 'g-kids',
      topic: 't-kids',
      members: ['p-huang-jing', 'p-wang'],
      notes: [
        {
          id: 'n-latchkey',
          text: t(
            '双职工家庭的孩子三点半放学后没人管',
            'Children of working parents are alone after 3:30',
          ),
          by: 'p-huang-jing',
        },
      ],
    },
  ],
  ideas: [
    {
      id: 'i-love-supermarket',
      kind: 'project-idea',
      title: t('爱心超市：低价生活用品', 'A love supermarket with cheap daily goods'),
      by: 'p-wang',
      community: 'jinhuali',
      topic: 't-migrants',
      group: 'g-migrants',
      photo: {
        ref: 'photos/os-qingyuan-2007/love-supermarket.jpg',
        alt: t(
          '写着“爱心超市”的大白纸，贴满圆点',
          'A flip chart saying "love supermarket", covered in dots',
        ),
      },
    },
    {
      id: 'i-cheap-goods',
      kind: 'need',
      title: t('买得起的日用品', 'Daily goods families can afford'),
      by: 'p-wang',
      community: 'jinhuali',
      topic: 't-migrants',
    },
    {
      id: 'i-opera-troupe',
      kind: 'project-idea',
      title: t('社区京剧队', 'A community Peking opera troupe'),
      by: 'p-chen-jianguo',
      community: 'yuhuayuan',
      topic: 't-culture',
      group: 'g-culture',
    },
    {
      id: 'i-after-school',
      kind: 'project-idea',
      title: t('四点半课堂', 'An after-school club at half past four'),
      by: 'p-huang-jing',
      community: 'xinghuayuan',
      topic: 't-kids',
      group: 'g-kids',
    },
    {
      id: 'i-homework-room',
      kind: 'need',
      title: t('孩子写作业的安静地方', 'A quiet place for homework'),
      by: 'p-huang-jing',
      community: 'xinghuayuan',
      topic: 't-kids',
    },
    {
      id: 'i-insult',
      kind: 'need',
      title: t('把外地人赶出去', 'Throw the outsiders out'),
      by: 'p-zhou',
      community: 'jinhuali',
    },
  ],
  votes: [
    { participant: 'p-wang', idea: 'i-love-supermarket', dots: 2 },
    { participant: 'p-wang', idea: 'i-after-school', dots: 1 },
    { participant: 'p-wang', idea: 'i-opera-troupe', dots: 1 },
    { participant: 'p-wang', idea: 'i-cheap-goods', dots: 1 },
    { participant: 'p-chen-jianguo', idea: 'i-opera-troupe', dots: 2 },
    { participant: 'p-chen-jianguo', idea: 'i-love-supermarket', dots: 2 },
    { participant: 'p-chen-jianguo', idea: 'i-cheap-goods', dots: 1 },
    { participant: 'p-huang-jing', idea: 'i-after-school', dots: 2 },
    { participant: 'p-huang-jing', idea: 'i-love-supermarket', dots: 1 },
    { participant: 'p-huang-jing', idea: 'i-homework-room', dots: 1 },
  ],
  resources: [
    {
      id: 'r-jinhuali-hall',
      community: 'jinhuali',
      kind: 'venue',
      name: t('居委会活动室', "The residents' committee hall"),
      availability: t('工作日下午', 'Weekday afternoons'),
      capacity: 40,
    },
    {
      id: 'r-jinhuali-grocer',
      community: 'jinhuali',
      kind: 'local-business',
      name: t('街口的批发商', 'The wholesaler at the corner'),
      description: t('愿意按进价供货', 'Willing to supply at cost'),
      offeredBy: 'p-wang',
    },
    {
      id: 'r-xinghuayuan-teachers',
      community: 'xinghuayuan',
      kind: 'volunteers',
      name: t('退休教师', 'Retired teachers'),
      description: t('可以辅导作业', 'Can help with homework'),
      capacity: 6,
    },
  ],
  hidden: [
    {
      kind: 'idea',
      id: 'i-insult',
      by: 'p-center-zhang',
      at: '2007-08-18T10:40:00+08:00',
      reason: t('排斥外来人口的言论，违反会议约定', 'Hostile to migrants; breaks the ground rules'),
    },
  ],
};
