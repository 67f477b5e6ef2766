// Demo data for tests: the 2007 Qingyuan pilot (Jinhuali's New Residents' Home) through a whole cycle.
import type { Application } from './application.js';
import type { EvaluationReport } from './evaluation-report.js';
import type { ExecutionReport } from './execution-report.js';
import type { ExecutionTeam } from './execution-team.js';
import type { FinancialAudit } from './financial-audit.js';
import type { FundingDecision } from './funding-decision.js';
import type { GovernanceBody } from './governance-body.js';
import type { Termination } from './termination.js';
import type { NeedsSurvey } from '../survey/needs-survey.js';
import type { ProjectEvent } from '../workflow/project-lifecycle.js';
import type { ReviewMeeting } from '../meeting/review-meeting.js';

export const yuan = (n: number) => ({ amount: Math.round(n * 100), currency: 'CNY' });

export const survey: NeedsSurvey = {
  id: 'jinhuali-2007',
  community: 'jinhuali',
  title: { 'zh-CN': '金华里社区需求调查', en: 'Jinhuali needs survey' },
  attributes: [
    {
      id: 'residency',
      label: { 'zh-CN': '居住身份', en: 'Residency' },
      values: [
        { id: 'migrant', label: { 'zh-CN': '外来人口', en: 'Migrant' } },
        { id: 'long-term', label: { 'zh-CN': '常住居民', en: 'Long-term resident' } },
      ],
    },
  ],
  questions: [
    {
      id: 'q-needs',
      type: 'multiple-choice',
      label: { 'zh-CN': '您最需要哪些服务？', en: 'Which services do you need most?' },
      required: true,
      needs: true,
      maxSelected: 2,
      options: [
        { id: 'goods', label: { 'zh-CN': '低价生活用品', en: 'Cheap daily goods' } },
        { id: 'childcare', label: { 'zh-CN': '儿童看护', en: 'Child care' } },
        { id: 'mending', label: { 'zh-CN': '缝补熨烫', en: 'Mending and ironing' } },
      ],
    },
    {
      id: 'q-kids',
      type: 'number',
      label: { 'zh-CN': '家中有几个孩子？', en: 'How many children live with you?' },
      required: true,
      needs: false,
      integer: true,
      min: 0,
      max: 10,
      showIf: { question: 'q-needs', includes: 'childcare' },
    },
    {
      id: 'q-priority',
      type: 'ranking',
      label: { 'zh-CN': '请为以下项目排序', en: 'Rank these projects' },
      required: false,
      needs: true,
      minRanked: 2,
      options: [
        { id: 'supermarket', label: { 'zh-CN': '爱心超市', en: 'Love supermarket' } },
        { id: 'paradise', label: { 'zh-CN': '小小乐园', en: 'Little paradise' } },
        { id: 'tailor', label: { 'zh-CN': '缝补站', en: 'Mending corner' } },
      ],
    },
    {
      id: 'q-satisfaction',
      type: 'rating',
      label: {
        'zh-CN': '您对社区服务的满意度',
        en: 'How satisfied are you with community services?',
      },
      required: false,
      needs: false,
      min: 1,
      max: 5,
    },
    {
      id: 'q-idea',
      type: 'free-text',
      label: { 'zh-CN': '其他建议', en: 'Other ideas' },
      required: false,
      needs: false,
      maxLength: 200,
    },
  ],
};

export const bodies: GovernanceBody[] = [
  {
    id: 'qingyuan-supervision',
    kind: 'supervision-group',
    name: { 'zh-CN': '项目监审组', en: 'Supervision and audit group' },
    members: [{ participant: 'p-discipline' }, { participant: 'p-finance-office' }],
  },
  {
    id: 'qingyuan-coordination',
    kind: 'coordination-group',
    name: { 'zh-CN': '项目协调组', en: 'Coordination group' },
    members: [{ participant: 'p-center' }, { participant: 'p-ngo' }],
  },
];

export const application: Application = {
  id: 'jinhuali-home',
  community: 'jinhuali',
  title: { 'zh-CN': '新居民之家', en: "New Residents' Home" },
  purpose: {
    'zh-CN': '为外来人口提供低价生活用品和儿童看护',
    en: 'Cheap goods and child care for migrant families',
  },
  needs: [
    {
      id: 'n-goods',
      description: { 'zh-CN': '低价生活用品', en: 'Cheap daily goods' },
      findings: [{ survey: 'jinhuali-2007', question: 'q-needs', option: 'goods' }],
    },
  ],
  plan: [
    {
      id: 'a-supermarket',
      title: { 'zh-CN': '爱心超市开业', en: 'Open the love supermarket' },
      start: '2007-06-01',
      end: '2007-06-30',
    },
    {
      id: 'a-paradise',
      title: { 'zh-CN': '小小乐园', en: 'Little paradise' },
      start: '2007-07-01',
      end: '2007-12-31',
    },
  ],
  indicators: [
    {
      id: 'i-visits',
      description: { 'zh-CN': '爱心超市每月服务人次', en: 'Monthly supermarket visits' },
      unit: { 'zh-CN': '人次', en: 'visits' },
      target: 200,
    },
  ],
  team: [
    { name: '李主任', participant: 'p-li', role: 'overall-lead' },
    { name: '赵会计', participant: 'p-zhao', role: 'finance-lead' },
  ],
  beneficiaries: [
    {
      group: { 'zh-CN': '外来人口家庭', en: 'Migrant families' },
      count: 300,
      vulnerable: 'migrants',
    },
    {
      group: { 'zh-CN': '学龄前儿童', en: 'Pre-school children' },
      count: 40,
      vulnerable: 'children',
    },
  ],
  budget: {
    total: yuan(10000),
    lines: [
      { id: 'b-shelves', item: { 'zh-CN': '货架', en: 'Shelves' }, amount: yuan(6000) },
      { id: 'b-toys', item: { 'zh-CN': '玩具', en: 'Toys' }, amount: yuan(4000) },
    ],
  },
  sustainability: {
    'zh-CN': '居民志愿者轮值，售货收入补贴运营',
    en: 'Volunteer shifts; sales cover running costs',
  },
};

export const meeting: ReviewMeeting = {
  id: 'qingyuan-2008',
  criteria: [
    { id: 'public-benefit', name: { 'zh-CN': '公益性', en: 'Public benefit' }, weight: 0.4 },
    { id: 'feasibility', name: { 'zh-CN': '可行性', en: 'Feasibility' }, weight: 0.3 },
    { id: 'sustainability', name: { 'zh-CN': '可持续性', en: 'Sustainability' }, weight: 0.3 },
  ],
  method: { type: 'approval' },
  aggregate: 'sum',
  recusal: 'own-community',
  projects: [
    { id: 'jinhuali-home', title: '新居民之家', community: 'jinhuali', requested: yuan(10000) },
    {
      id: 'yuhuayuan-culture',
      title: '社区文化活动中心',
      community: 'yuhuayuan',
      requested: yuan(12000),
    },
    {
      id: 'jinhuiyuan-efamily',
      title: 'e家亲服务社',
      community: 'jinhuiyuan-erli',
      requested: yuan(8000),
    },
    {
      id: 'xinghuayuan-kids',
      title: '儿童创意及表现空间',
      community: 'xinghuayuan',
      requested: yuan(9000),
    },
  ],
  voters: [
    { id: 'v01', community: 'yuhuayuan' },
    { id: 'v02', community: 'jinhuali' },
    { id: 'v03', community: 'xinghuayuan' },
  ],
};

export const ranking = [
  { project: 'jinhuali-home', rank: 1 },
  { project: 'xinghuayuan-kids', rank: 2 },
  { project: 'yuhuayuan-culture', rank: 3 },
  { project: 'jinhuiyuan-efamily', rank: 4 },
];

export const funding: FundingDecision = {
  id: 'fd-2008',
  meeting: 'qingyuan-2008',
  fund: yuan(30000),
  decidedBy: ['p-center'],
  decidedAt: '2008-04-02T10:00:00+08:00',
  grants: [
    { project: 'jinhuali-home', amount: yuan(10000) },
    { project: 'xinghuayuan-kids', amount: yuan(9000) },
    { project: 'yuhuayuan-culture', amount: yuan(11000) },
  ],
  departures: [],
};

export const team: ExecutionTeam = {
  id: 'team-jinhuali',
  project: 'jinhuali-home',
  members: [
    {
      participant: 'p-li',
      role: 'overall-lead',
      contract: { signed: true, signedAt: '2008-04-10' },
    },
    {
      participant: 'p-zhao',
      role: 'finance-lead',
      contract: { signed: true, signedAt: '2008-04-10' },
    },
    { participant: 'p-wang', role: 'member', contract: { signed: true, signedAt: '2008-04-11' } },
  ],
  rules: [
    { 'zh-CN': '每月第一个周一召开例会', en: 'Team meeting on the first Monday of each month' },
  ],
};

export const report: ExecutionReport = {
  id: 'er-jinhuali',
  project: 'jinhuali-home',
  period: { start: '2008-04-15', end: '2008-12-31' },
  activities: [
    { activity: 'a-supermarket', status: 'done', participants: 240 },
    { activity: 'a-paradise', status: 'done', participants: 40 },
  ],
  summary: { 'zh-CN': '爱心超市每周营业', en: 'The supermarket opened every week' },
  submittedBy: 'p-li',
  submittedAt: '2009-01-05T09:00:00+08:00',
};

export const audit: FinancialAudit = {
  id: 'fa-jinhuali',
  project: 'jinhuali-home',
  granted: yuan(10000),
  lines: [
    { line: 'b-shelves', budgeted: yuan(6000), actual: yuan(5800) },
    { line: 'b-toys', budgeted: yuan(4000), actual: yuan(4100) },
  ],
  auditedBy: ['p-finance-office'],
  auditedAt: '2009-01-20T10:00:00+08:00',
  conclusion: 'compliant',
};

export const evaluation: EvaluationReport = {
  id: 'ev-jinhuali',
  project: 'jinhuali-home',
  indicators: [{ indicator: 'i-visits', unit: '人次', target: 200, reached: 240 }],
  summary: { 'zh-CN': '服务人次超过目标', en: 'Visits exceeded the target' },
  evaluatedBy: ['p-ngo'],
  evaluatedAt: '2009-01-25T15:00:00+08:00',
};

export const termination: Termination = {
  id: 'term-jinhuali',
  project: 'jinhuali-home',
  reason: { 'zh-CN': '执行小组解散', en: 'The team disbanded' },
  decision: { body: 'qingyuan-supervision', decidedAt: '2008-09-01T10:00:00+08:00' },
};

/** The whole happy path of the pilot project, in order. */
export const history: ProjectEvent[] = [
  {
    type: 'application-saved',
    at: '2008-03-01T09:00:00+08:00',
    by: 'p-li',
    payload: { application },
  },
  { type: 'submitted', at: '2008-03-05T09:00:00+08:00', by: 'p-li' },
  {
    type: 'review-started',
    at: '2008-03-20T14:00:00+08:00',
    by: 'p-center',
    payload: { meeting: 'qingyuan-2008' },
  },
  {
    type: 'approved',
    at: '2008-04-02T10:00:00+08:00',
    by: 'p-center',
    payload: { granted: yuan(10000), decision: 'fd-2008' },
  },
  { type: 'team-formed', at: '2008-04-11T10:00:00+08:00', by: 'p-li', payload: { team } },
  { type: 'execution-started', at: '2008-04-15T10:00:00+08:00', by: 'p-li' },
  { type: 'report-submitted', at: '2009-01-05T09:00:00+08:00', by: 'p-li', payload: { report } },
  {
    type: 'audit-recorded',
    at: '2009-01-20T10:00:00+08:00',
    by: 'p-finance-office',
    payload: { audit },
  },
  {
    type: 'evaluation-recorded',
    at: '2009-01-25T15:00:00+08:00',
    by: 'p-ngo',
    payload: { evaluation },
  },
  { type: 'closed', at: '2009-02-01T10:00:00+08:00', by: 'p-center' },
];
