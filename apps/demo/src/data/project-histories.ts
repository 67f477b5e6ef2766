import type {
  EvaluationReport,
  ExecutionReport,
  ExecutionTeam,
  FinancialAudit,
  GovernanceBody,
  LocalizedText,
  Participant,
  ProjectEvent,
  WorkRecord,
} from '@qingyuan/core';
import { messagePair as t } from '@qingyuan/core';
import { pilotBodies } from '@qingyuan/core/examples';
import {
  jinhualiApplication,
  jinhuiyuanApplication,
  xinghuayuanApplication,
  yuan,
  yuhuayuanApplication,
} from './pilot-applications.js';

/** Who is who in the demo's project records (names made up for the demo). */
export const participantNames: Record<string, LocalizedText> = {
  'p-li': t('李桂芳（金华里居委会主任）', 'Li Guifang (Jinhuali committee director)'),
  'p-zhao': t('赵敏', 'Zhao Min'),
  'p-wang': t('王秀英（外来居民）', 'Wang Xiuying (migrant resident)'),
  'p-chen-jianguo': t('陈建国（合唱队队长）', 'Chen Jianguo (choir leader)'),
  'p-liu-shufen': t('刘淑芬', 'Liu Shufen'),
  'p-sun-li': t('孙丽（舞蹈队队长）', 'Sun Li (dance team leader)'),
  'p-zhou-hong': t('周红', 'Zhou Hong'),
  'p-wu-yan': t('吴燕', 'Wu Yan'),
  'p-ma-lan': t('马兰（家政服务员）', 'Ma Lan (domestic worker)'),
  'p-huang-jing': t('黄静', 'Huang Jing'),
  'p-he-ping': t('何平', 'He Ping'),
  'p-xu-tao': t('徐涛（家长志愿者）', 'Xu Tao (parent volunteer)'),
  'p-gao-feng': t('高峰', 'Gao Feng'),
  'p-lin-na': t('林娜', 'Lin Na'),
  // The execution team of the FICTIONAL Liuyinli reading corner (core's example).
  'p-gu': t('顾老师（柳荫里，虚构）', 'Teacher Gu (Liuyinli, fictional)'),
  'p-fang': t('方大姐（柳荫里，虚构）', 'Sister Fang (Liuyinli, fictional)'),
  'p-center': t('街道社区服务中心', 'Community service center'),
  'p-ngo': t('社区参与行动', 'Community Participation Action'),
  'p-jiwei': t('街道纪工委', 'Discipline inspection'),
  'p-renda': t('人大代表', "People's congress deputy"),
  'p-caizheng': t('财政所', 'Finance office'),
  'p-kuaiji': t('会计核算中心', 'Accounts office'),
  'p-street-leader': t('街道领导', 'Street leader'),
  'p-expert': t('与会专家', 'Expert at the meeting'),
};

const residents = new Set([
  'p-wang',
  'p-sun-li',
  'p-ma-lan',
  'p-xu-tao',
  'p-lin-na',
  'p-gao-feng',
  'p-gu',
  'p-fang',
]);
const roles: Record<string, Participant['roles']> = {
  'p-center': ['service-center'],
  'p-ngo': ['ngo-partner'],
  'p-jiwei': ['supervision-group-member'],
  'p-renda': ['supervision-group-member'],
  'p-caizheng': ['supervision-group-member'],
  'p-kuaiji': ['supervision-group-member'],
  'p-street-leader': ['street-office'],
  'p-expert': ['expert'],
};

/**
 * The people of the demo as participant records: the project rules read their roles (a
 * resident on every execution team, the service center recording disbursements and proposing
 * terminations; the street leader's and the expert's opinions in the funding decisions). Team
 * leads are residents' committee members, volunteers are residents.
 */
export const demoParticipants: Participant[] = Object.entries(participantNames).map(
  ([id, name]) => ({
    id,
    name,
    roles: roles[id] ?? (residents.has(id) ? ['resident'] : ['residents-committee']),
  }),
);

/**
 * The governance bodies the project rules read: the street office and service center (which vet
 * and fund), the coordination group and the supervision and audit group — the examples' own.
 */
export const demoBodies: GovernanceBody[] = pilotBodies;

const member = (
  participant: string,
  role: 'overall-lead' | 'finance-lead' | 'member',
  signedAt: string | undefined,
  duties: LocalizedText,
) => ({
  participant,
  name: participantNames[participant]!,
  role,
  contract: signedAt ? { duties, signed: true, signedAt } : { duties, signed: false },
});

const leadDuties = t(
  '全面负责项目执行，召集例会，对监审组负责',
  'Runs the project, calls the team meetings, answers to the supervision group',
);
const financeDuties = t(
  '管理项目资金，保存票据，每月公开账目',
  'Keeps the money and receipts, publishes the accounts monthly',
);
const memberDuties = t(
  '按值班表参加服务，记录服务情况',
  'Serves on the rota and records the service',
);

/** Execution teams 项目执行小组 with their responsibility contracts. */
export const teams: Record<string, ExecutionTeam> = {
  'jinhuali-home': {
    id: 'team-jinhuali-home',
    project: 'jinhuali-home',
    members: [
      member('p-li', 'overall-lead', '2007-10-10', leadDuties),
      member('p-zhao', 'finance-lead', '2007-10-10', financeDuties),
      member('p-wang', 'member', '2007-10-11', memberDuties),
    ],
    rules: [
      t('每月第一个周一晚上召开例会', 'Team meeting on the first Monday evening of each month'),
      t(
        '每笔支出两人签字，票据当月公示',
        'Two signatures for every payment; receipts posted each month',
      ),
    ],
  },
  'yuhuayuan-culture': {
    id: 'team-yuhuayuan-culture',
    project: 'yuhuayuan-culture',
    members: [
      member('p-chen-jianguo', 'overall-lead', '2007-10-10', leadDuties),
      member('p-liu-shufen', 'finance-lead', '2007-10-10', financeDuties),
      member('p-sun-li', 'member', '2007-10-11', memberDuties),
    ],
    rules: [
      t(
        '理事会每两周开会一次，各队轮流主持',
        'The council meets every two weeks, chaired by each team in turn',
      ),
    ],
  },
  'jinhuiyuan-efamily': {
    id: 'team-jinhuiyuan-efamily',
    project: 'jinhuiyuan-efamily',
    members: [
      member('p-zhou-hong', 'overall-lead', '2007-10-11', leadDuties),
      member('p-wu-yan', 'finance-lead', '2007-10-11', financeDuties),
      member('p-ma-lan', 'member', '2007-10-12', memberDuties),
    ],
  },
  'xinghuayuan-children': {
    id: 'team-xinghuayuan-children',
    project: 'xinghuayuan-children',
    members: [
      member('p-huang-jing', 'overall-lead', '2007-10-11', leadDuties),
      member('p-he-ping', 'finance-lead', '2007-10-11', financeDuties),
      // Not signed yet: the execution screen lets the demo user record the signature.
      member('p-xu-tao', 'member', undefined, memberDuties),
    ],
    rules: [
      t(
        '活动方案由孩子们提出，执行小组只做安全把关',
        'The children propose the activities; the team only checks safety',
      ),
    ],
  },
};

/** Jinhuali's execution report 执行报告表. */
export const jinhualiReport: ExecutionReport = {
  id: 'er-jinhuali-home',
  project: 'jinhuali-home',
  period: { start: '2007-10-15', end: '2007-11-30' },
  activities: [
    {
      activity: 'a-supermarket',
      status: 'done',
      participants: 360,
      note: t('每周营业三天', 'Open three days a week'),
    },
    { activity: 'a-paradise', status: 'done', participants: 18 },
  ],
  summary: t(
    '爱心超市按计划运营，外来居民成为主要志愿者；小小乐园接待 18 名儿童。',
    'The love supermarket ran as planned, with migrants as its main volunteers; the little paradise took 18 children.',
  ),
  problems: t('捐赠物品多，货架不够用。', 'More donations came in than the shelves could hold.'),
  submittedBy: 'p-li',
  submittedAt: '2007-12-03T16:00:00+08:00',
};

/** Jinhuali's financial audit 财务审计表: budget against actual spending per line. */
export const jinhualiAudit: FinancialAudit = {
  id: 'fa-jinhuali-home',
  project: 'jinhuali-home',
  granted: yuan(10000),
  lines: [
    {
      line: 'b-shelves',
      item: t('货架', 'Shelves'),
      budgeted: yuan(6000),
      actual: yuan(6240),
      note: t(
        '加购一组货架，由玩具结余调剂',
        'One more set of shelves, covered by savings on toys',
      ),
    },
    { line: 'b-toys', item: t('玩具', 'Toys'), budgeted: yuan(4000), actual: yuan(3480) },
  ],
  auditedBy: ['p-caizheng', 'p-kuaiji'],
  auditedAt: '2007-12-12T10:00:00+08:00',
  conclusion: 'compliant-with-remarks',
  remarks: t(
    '货架超支 240 元，已由玩具结余调剂，总支出未超资助金额。',
    'Shelves overspent by 240 yuan, covered by savings on toys; total spending stayed within the grant.',
  ),
};

/** Jinhuali's evaluation report 评估报告: each indicator reached against its target. */
export const jinhualiEvaluation: EvaluationReport = {
  id: 'ev-jinhuali-home',
  project: 'jinhuali-home',
  indicators: [
    { indicator: 'i-visits', unit: t('人次', 'visits'), target: 200, reached: 236 },
    {
      indicator: 'i-children',
      unit: t('名', 'children'),
      target: 20,
      reached: 18,
      note: t('两个家庭在项目期间搬离', 'Two families moved away during the project'),
    },
  ],
  summary: t(
    '服务人次超过目标，儿童人数略低于目标；项目让外来居民从服务对象变为服务者。',
    'Visits beat the target, children fell just short; migrants went from being served to serving.',
  ),
  evaluatedBy: ['p-ngo'],
  evaluatedAt: '2007-12-17T15:00:00+08:00',
};

/**
 * The team as its lead records it (only the lead's own contract marked signed), then each other
 * member signing theirs in person, as core's `team.signs-own-contract` requires.
 */
function formTeam(team: ExecutionTeam, lead: string, at: string): ProjectEvent[] {
  const asFormed = {
    ...team,
    members: team.members.map((m) =>
      m.participant === lead
        ? m
        : {
            ...m,
            contract: {
              ...(m.contract.duties ? { duties: m.contract.duties } : {}),
              signed: false,
            },
          },
    ),
  };
  const signatures = team.members
    .filter((m) => m.participant !== lead && m.contract.signed)
    .map((m, index): ProjectEvent => ({
      type: 'contract-signed',
      at: at.replace('T10:', `T1${index + 1}:`),
      by: m.participant,
      payload: { member: m.participant, signedAt: m.contract.signedAt! },
    }));
  return [{ type: 'team-formed', at, by: lead, payload: { team: asFormed } }, ...signatures];
}

const saved = (application: typeof jinhualiApplication, at: string, by: string): ProjectEvent => ({
  type: 'application-saved',
  at,
  by,
  payload: { application },
});

/** Application to funding of a 2007 pilot project. */
function funded2007(application: typeof jinhualiApplication, lead: string): ProjectEvent[] {
  return [
    saved(application, '2007-09-17T09:00:00+08:00', lead),
    { type: 'submitted', at: '2007-09-21T09:00:00+08:00', by: lead },
    {
      type: 'review-started',
      at: '2007-09-27T14:00:00+08:00',
      by: 'p-center',
      payload: { meeting: 'qingyuan-2007' },
    },
    {
      type: 'approved',
      at: '2007-10-09T10:00:00+08:00',
      by: 'p-center',
      payload: { granted: application.budget.total, decision: 'fd-2007' },
    },
    ...formTeam(teams[application.id]!, lead, '2007-10-12T10:00:00+08:00'),
  ];
}

/**
 * Each project's history as core's project lifecycle records it (the Open Space screen's links
 * from ideas to projects read them). Jinhuali's pilot is closed; Yuhuayuan's and Jinhuiyuan
 * Erli's are being carried out; Xinghuayuan's team waits for one signature. (The termination
 * the demo walks is on the ballot box, on the fictional Liuyinli round: `server/liuyinli-round.ts`.)
 */
export const projectHistories: Record<string, ProjectEvent[]> = {
  'jinhuali-home': [
    ...funded2007(jinhualiApplication, 'p-li'),
    { type: 'execution-started', at: '2007-10-15T09:00:00+08:00', by: 'p-li' },
    {
      type: 'report-submitted',
      at: '2007-12-03T16:00:00+08:00',
      by: 'p-li',
      payload: { report: jinhualiReport },
    },
    {
      type: 'audit-recorded',
      at: '2007-12-12T10:00:00+08:00',
      by: 'p-caizheng',
      payload: { audit: jinhualiAudit },
    },
    {
      type: 'evaluation-recorded',
      at: '2007-12-17T15:00:00+08:00',
      by: 'p-ngo',
      payload: { evaluation: jinhualiEvaluation },
    },
    { type: 'closed', at: '2007-12-21T10:00:00+08:00', by: 'p-center' },
  ],
  'yuhuayuan-culture': [
    ...funded2007(yuhuayuanApplication, 'p-chen-jianguo'),
    { type: 'execution-started', at: '2007-10-15T09:00:00+08:00', by: 'p-chen-jianguo' },
  ],
  'jinhuiyuan-efamily': [
    ...funded2007(jinhuiyuanApplication, 'p-zhou-hong'),
    { type: 'execution-started', at: '2007-10-22T09:00:00+08:00', by: 'p-zhou-hong' },
  ],
  'xinghuayuan-children': funded2007(xinghuayuanApplication, 'p-huang-jing'),
};

/** Standard work record cards 工作记录卡 kept by the teams (made up for the demo). */
export const workRecords: WorkRecord[] = [
  {
    id: 'wr-jinhuali-01',
    project: 'jinhuali-home',
    stage: 'execution',
    date: '2007-10-15',
    place: t('金华里居委会', 'Jinhuali committee office'),
    participants: ['p-li', 'p-zhao', 'p-wang'],
    attendance: 11,
    content: t(
      '执行小组第一次会议：排定爱心超市值班表，分工清洗捐赠物品',
      'First team meeting: the supermarket rota, who cleans the donations',
    ),
    decisions: t(
      '每周二、四、六营业；外来居民志愿者优先排班',
      'Open Tuesday, Thursday, Saturday; migrant volunteers get shifts first',
    ),
    nextSteps: t('十月二十日（周六）开业', 'Open on Saturday 20 October'),
    recordedBy: 'p-zhao',
  },
  {
    id: 'wr-jinhuali-02',
    project: 'jinhuali-home',
    stage: 'execution',
    date: '2007-10-20',
    participants: ['p-li', 'p-wang'],
    attendance: 86,
    content: t(
      '爱心超市开业，当天接待 86 人次',
      'The love supermarket opened and served 86 visitors',
    ),
    recordedBy: 'p-li',
  },
  {
    id: 'wr-jinhuali-03',
    project: 'jinhuali-home',
    stage: 'supervision',
    date: '2007-11-14',
    participants: ['p-caizheng', 'p-zhao'],
    content: t('监审组抽查账目和票据', 'The supervision group checked the accounts and receipts'),
    decisions: t(
      '票据齐全；清洗运输费用偏高，请控制',
      'Receipts complete; cleaning and transport costs high, keep them down',
    ),
    recordedBy: 'p-caizheng',
  },
  {
    id: 'wr-yuhuayuan-01',
    project: 'yuhuayuan-culture',
    stage: 'execution',
    date: '2007-10-20',
    place: t('郁花园活动室', 'Yuhuayuan activity room'),
    participants: ['p-chen-jianguo', 'p-liu-shufen', 'p-sun-li'],
    attendance: 12,
    content: t(
      '队长理事会成立大会，通过章程',
      'Founding meeting of the council of team leaders; charter adopted',
    ),
    decisions: t('十一支队伍加入；活动室按周轮排', 'Eleven teams join; rooms rotate weekly'),
    recordedBy: 'p-liu-shufen',
  },
  {
    id: 'wr-jinhuiyuan-01',
    project: 'jinhuiyuan-efamily',
    stage: 'execution',
    date: '2007-10-27',
    participants: ['p-zhou-hong', 'p-ma-lan'],
    attendance: 23,
    content: t('第一次家政培训：老人照护基础', 'First training session: basics of elder care'),
    recordedBy: 'p-wu-yan',
  },
  {
    id: 'wr-xinghuayuan-01',
    project: 'xinghuayuan-children',
    stage: 'execution',
    date: '2007-10-11',
    participants: ['p-huang-jing', 'p-he-ping', 'p-xu-tao'],
    attendance: 9,
    content: t(
      '执行小组成立会：签署职责合同',
      'Team founding meeting: signing the responsibility contracts',
    ),
    nextSteps: t('徐涛出差回来后补签合同', 'Xu Tao signs when back from a trip'),
    recordedBy: 'p-he-ping',
  },
];
