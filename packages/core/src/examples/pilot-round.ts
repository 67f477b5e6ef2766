import type { FundingDecision } from '../domain/funding-decision.js';
import type { GovernanceBody } from '../domain/governance-body.js';
import type { Participant } from '../domain/participant.js';
import type { ResultsSummarySheet } from '../round/results-summary-sheet.js';
import type { Round } from '../round/round.js';
import type { Subdistrict } from '../round/subdistrict.js';
import type { Vetting } from '../round/vetting.js';
import type { LocalizedText } from '../text/localized-text.js';
import type { Ranking } from '../workflow/funding-rules.js';
import { pilotApplications } from './pilot-applications.js';
import { pilotMeeting } from './pilot-meeting.js';

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });
const yuan = (n: number) => ({ amount: Math.round(n * 100), currency: 'CNY' });

/**
 * The Qingyuan Subdistrict 清源街道 (Daxing, Beijing): the communities of the examples and the
 * bodies (by id, see {@link pilotBodies}) that fund, vet and supervise. Communities and bodies
 * come from the case study; household counts are left out (the case study gives none per
 * community).
 *
 * @example
 * import { checkRound } from '@qingyuan/core';
 * import { pilotDecision, pilotRound, pilotSubdistrict } from '@qingyuan/core/examples';
 * checkRound(pilotRound, { subdistrict: pilotSubdistrict, decisions: [pilotDecision] }).ok; // true
 */
export const pilotSubdistrict: Subdistrict = {
  id: 'qingyuan',
  name: t('清源街道', 'Qingyuan Subdistrict'),
  communities: [
    { id: 'jinhuali', name: t('金华里', 'Jinhuali'), subdistrict: 'qingyuan' },
    { id: 'yuhuayuan', name: t('郁花园', 'Yuhuayuan'), subdistrict: 'qingyuan' },
    { id: 'jinhuiyuan-erli', name: t('金惠园二里', 'Jinhuiyuan Erli'), subdistrict: 'qingyuan' },
    { id: 'xinghuayuan', name: t('兴华园', 'Xinghuayuan'), subdistrict: 'qingyuan' },
    { id: 'binhe-dongli', name: t('滨河东里', 'Binhe Dongli'), subdistrict: 'qingyuan' },
    { id: 'yuhuayuan-erli', name: t('郁花园二里', 'Yuhuayuan Erli'), subdistrict: 'qingyuan' },
  ],
  streetOffice: 'qingyuan-street-office',
  serviceCenter: 'qingyuan-service-center',
  supervisionGroup: 'qingyuan-supervision',
};

/**
 * The bodies of the model in the examples: the street office and its community service center
 * (which fund and vet), the coordination group and the supervision and audit group 项目监审组 (the
 * subdistrict's discipline inspection, people's congress, finance office and accounts office, as
 * the case study lists them). Member ids are made up.
 *
 * @example
 * import { pilotBodies } from '@qingyuan/core/examples';
 * pilotBodies.find((body) => body.kind === 'service-center')?.members; // [{ participant: 'p-center', … }]
 */
export const pilotBodies: GovernanceBody[] = [
  {
    id: 'qingyuan-street-office',
    kind: 'street-office',
    name: t('清源街道办事处', 'Qingyuan street office'),
    members: [{ participant: 'p-street-leader', role: t('主管副主任', 'Deputy director') }],
  },
  {
    id: 'qingyuan-service-center',
    kind: 'service-center',
    name: t('清源街道社区服务中心', 'Qingyuan community service center'),
    duties: t(
      '审核项目申请，组织评审会，决定资助',
      'Vets applications, runs the review meeting, decides the funding',
    ),
    members: [{ participant: 'p-center' }],
  },
  {
    id: 'qingyuan-coordination',
    kind: 'coordination-group',
    name: t('项目协调组', 'Coordination group'),
    members: [{ participant: 'p-center' }, { participant: 'p-ngo' }],
  },
  {
    id: 'qingyuan-supervision',
    kind: 'supervision-group',
    name: t('项目监审组', 'Supervision and audit group'),
    duties: t(
      '规范项目评选，审计资金使用，决定项目终止',
      'Regulates selection, audits fund use, decides terminations',
    ),
    members: [
      { participant: 'p-jiwei', role: t('纪检', 'Discipline inspection') },
      { participant: 'p-renda', role: t('人大', "People's congress") },
      { participant: 'p-caizheng', role: t('财政所', 'Finance office') },
      { participant: 'p-kuaiji', role: t('会计核算中心', 'Accounts office') },
    ],
  },
];

/**
 * The people the examples name besides the applicants' free-text names: the service center, the
 * street leader and the expert who attended the review meeting (attendees `v06` and `e01`), the
 * supervision group's discipline inspector and finance office, the NGO partner, and the execution
 * teams of the project histories — Jinhuali's (a residents' committee lead and finance lead, a
 * migrant resident volunteer) and the fictional Liuyinli's. Names are made up.
 *
 * @example
 * import { pilotParticipants } from '@qingyuan/core/examples';
 * pilotParticipants.filter((p) => p.roles.includes('resident')).map((p) => p.id); // ['p-wang', 'p-gu', 'p-fang']
 */
export const pilotParticipants: Participant[] = [
  {
    id: 'p-center',
    name: t('街道社区服务中心', 'Community service center'),
    roles: ['service-center'],
  },
  { id: 'p-street-leader', name: t('街道领导', 'Street leader'), roles: ['street-office'] },
  { id: 'p-expert', name: t('与会专家', 'Expert at the meeting'), roles: ['expert'] },
  {
    id: 'p-jiwei',
    name: t('街道纪工委', 'Discipline inspection'),
    roles: ['supervision-group-member'],
  },
  { id: 'p-caizheng', name: t('财政所', 'Finance office'), roles: ['supervision-group-member'] },
  { id: 'p-ngo', name: t('社区参与行动', 'Community Action'), roles: ['ngo-partner'] },
  { id: 'p-li', name: '李主任', roles: ['residents-committee'], community: 'jinhuali' },
  { id: 'p-zhao', name: '赵会计', roles: ['residents-committee'], community: 'jinhuali' },
  {
    id: 'p-wang',
    name: '王阿姨',
    roles: ['resident'],
    community: 'jinhuali',
    attributes: { residency: 'migrant' },
  },
  { id: 'p-gu', name: '顾老师', roles: ['resident'], community: 'liuyinli' },
  { id: 'p-fang', name: '方大姐', roles: ['resident'], community: 'liuyinli' },
];

/**
 * The 2007 round 轮次 of the Qingyuan pilot: the four pilot communities, the dedicated fund
 * 社区服务项目专项资金 from the street office's budget, the two needs surveys, the four
 * applications, the review meeting, the funding decision and the four funded projects. The case
 * study names the fund but not its amount: 30,000 yuan is made up.
 *
 * The examples keep the case study's calendar: forums, the Open Space, the needs survey and the
 * trainings from August to the end of September 2007 (2007年8月至9月底); applications vetted
 * and the review meeting held in the last days of September (on the weighted procedure the
 * case study tells of the 2008 round); the funding decision, contracts and execution from
 * October to the end of November (9月底至11月底); execution reports, audits, evaluations and
 * closing in December. The days within those spans are made up.
 *
 * @example
 * import { pilotRound } from '@qingyuan/core/examples';
 * pilotRound.fund.amount; // { amount: 3000000, currency: 'CNY' }
 */
export const pilotRound: Round = {
  id: 'qingyuan-2007',
  subdistrict: 'qingyuan',
  year: 2007,
  title: t('2007 年清源街道社区服务项目', 'Qingyuan community service projects 2007'),
  communities: ['jinhuali', 'yuhuayuan', 'jinhuiyuan-erli', 'xinghuayuan'],
  fund: {
    amount: yuan(30000),
    source: t('清源街道办事处财政拨款', 'The Qingyuan street office’s budget'),
    name: t('社区服务项目专项资金', 'Dedicated fund for community service projects'),
  },
  surveys: ['qingyuan-needs-2007', 'jinhuali-2007'],
  applications: pilotApplications.map((application) => application.id),
  meetings: ['qingyuan-2007'],
  decisions: ['fd-2007'],
  funded: ['jinhuali-home', 'xinghuayuan-children', 'yuhuayuan-culture', 'jinhuiyuan-efamily'],
};

/**
 * The service center's vettings 审核 of the four pilot applications: all accepted to the
 * agenda (`agendaFromVetted` builds `pilotMeeting.projects` from them).
 *
 * @example
 * import { agendaFromVetted } from '@qingyuan/core';
 * import { pilotApplications, pilotBodies, pilotRound, pilotVettings } from '@qingyuan/core/examples';
 * agendaFromVetted(pilotRound, pilotApplications, pilotVettings, { bodies: pilotBodies });
 */
export const pilotVettings: Vetting[] = pilotApplications.map((application) => ({
  id: `vet-${application.id}`,
  round: 'qingyuan-2007',
  application: application.id,
  body: 'qingyuan-service-center',
  by: 'p-center',
  at: '2007-09-25T10:00:00+08:00',
  outcome: 'accepted',
  reasons: [],
}));

/**
 * The ranking the review meeting published: `tally(pilotMeeting, pilotBallots)`'s, as plain data.
 *
 * @example
 * import { pilotRanking } from '@qingyuan/core/examples';
 * pilotRanking[0]; // { project: 'jinhuali-home', rank: 1 }
 */
export const pilotRanking: Ranking = [
  { project: 'jinhuali-home', rank: 1 },
  { project: 'xinghuayuan-children', rank: 2 },
  { project: 'yuhuayuan-culture', rank: 3 },
  { project: 'jinhuiyuan-efamily', rank: 4 },
];

/**
 * The meeting's results summary sheet 评选结果汇总表 (the case study says the service center and
 * its NGO partner drew one up), signed off by the supervision group's discipline inspector
 * before the funding decision.
 *
 * @example
 * import { checkSummarySheet } from '@qingyuan/core';
 * import { pilotBodies, pilotRanking, pilotSummarySheet } from '@qingyuan/core/examples';
 * checkSummarySheet(pilotSummarySheet, { bodies: pilotBodies, ranking: pilotRanking }).ok; // true
 */
export const pilotSummarySheet: ResultsSummarySheet = {
  id: 'sheet-2007',
  meeting: 'qingyuan-2007',
  rows: pilotRanking.map((entry) => {
    const project = pilotMeeting.projects.find((p) => p.id === entry.project)!;
    return {
      project: project.id,
      title: project.title,
      community: project.community,
      requested: project.requested,
      rank: entry.rank,
    };
  }),
  preparedBy: 'p-center',
  preparedAt: '2007-09-27T18:00:00+08:00',
  signOff: { body: 'qingyuan-supervision', by: 'p-jiwei', at: '2007-09-28T10:00:00+08:00' },
};

/**
 * The service center's funding decision 资助决定 on the 2007 meeting: on the ranking, weighing
 * the street leader's and the expert's opinions (综合街道领导及与会专家的意见), every pilot
 * project funded at its request — 29,000 of the 30,000 yuan — so no departure from the ranking.
 *
 * @example
 * import { checkFundingDecision } from '@qingyuan/core';
 * import { pilotDecision, pilotRanking } from '@qingyuan/core/examples';
 * checkFundingDecision(pilotDecision, pilotRanking).ok; // true
 */
export const pilotDecision: FundingDecision = {
  id: 'fd-2007',
  meeting: 'qingyuan-2007',
  fund: yuan(30000),
  decidedBy: ['p-center'],
  decidedAt: '2007-10-09T10:00:00+08:00',
  grants: pilotRanking.map((entry) => ({
    project: entry.project,
    amount: pilotMeeting.projects.find((p) => p.id === entry.project)!.requested,
  })),
  departures: [],
  opinions: [
    {
      by: 'p-street-leader',
      text: t(
        '四个项目都面向社区里最需要帮助的人，建议全部资助',
        'All four serve the people of their communities who need help most; fund them all',
      ),
    },
    {
      by: 'p-expert',
      text: t(
        'e家亲服务社得分最低，执行中要加强培训后的就业跟踪',
        'The e-Family Service Club scored lowest: follow up on jobs after the training',
      ),
    },
  ],
};
