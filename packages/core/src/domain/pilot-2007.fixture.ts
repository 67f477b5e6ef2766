// Test data: Jinhuali's New Residents' Home through a whole cycle. The survey and the application
// are the canonical examples of `@qingyuan/core/examples`; the 2008 meeting, funding decision and
// project records below are scenarios of the workflow tests, which pin their ids and amounts.
import { jinhualiApplication, jinhualiSurvey } from '../examples/index.js';
import type { Application } from './application.js';
import type { EvaluationReport } from './evaluation-report.js';
import type { ExecutionReport } from './execution-report.js';
import type { ExecutionTeam } from './execution-team.js';
import type { FinancialAudit } from './financial-audit.js';
import type { FundingDecision } from './funding-decision.js';
import type { GovernanceBody } from './governance-body.js';
import type { Participant } from './participant.js';
import type { TerminationProposal } from './termination-proposal.js';
import type { Termination } from './termination.js';
import type { NeedsSurvey } from '../survey/needs-survey.js';
import type { ResultsSummarySheet } from '../round/results-summary-sheet.js';
import type { Round } from '../round/round.js';
import type { Vetting } from '../round/vetting.js';
import type { ProjectEvent } from '../workflow/project-event.js';
import type { ProjectContext } from '../workflow/project-state.js';
import type { ReviewMeeting } from '../meeting/review-meeting.js';

export const yuan = (n: number) => ({ amount: Math.round(n * 100), currency: 'CNY' });

/** Jinhuali's needs survey (the canonical example). */
export const survey: NeedsSurvey = jinhualiSurvey;

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
  {
    id: 'qingyuan-service-center',
    kind: 'service-center',
    name: { 'zh-CN': '清源街道社区服务中心', en: 'Qingyuan community service center' },
    members: [{ participant: 'p-center' }],
  },
  {
    id: 'qingyuan-street-office',
    kind: 'street-office',
    name: { 'zh-CN': '清源街道办事处', en: 'Qingyuan street office' },
    members: [{ participant: 'p-street-leader' }],
  },
];

/**
 * The people the rules need to know: the street leader and the expert whose opinions the funding
 * decision weighs, and for the execution phase the residents and the service center.
 */
export const participants: Participant[] = [
  { id: 'p-street-leader', name: '街道领导', roles: ['street-office'] },
  { id: 'p-expert', name: '与会专家', roles: ['expert'] },
  { id: 'p-li', name: '李主任', roles: ['residents-committee'], community: 'jinhuali' },
  { id: 'p-zhao', name: '赵会计', roles: ['residents-committee'], community: 'jinhuali' },
  { id: 'p-wang', name: '王阿姨', roles: ['resident'], community: 'jinhuali' },
  { id: 'p-center', name: '服务中心', roles: ['service-center'] },
  { id: 'p-ngo', name: '社区参与行动', roles: ['ngo-partner'] },
  { id: 'p-discipline', name: '纪检', roles: ['supervision-group-member'] },
  { id: 'p-finance-office', name: '财政所', roles: ['supervision-group-member'] },
];

/** Jinhuali's application for the New Residents' Home (the canonical example). */
export const application: Application = jinhualiApplication;

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
  opinions: [
    { by: 'p-street-leader', text: '优先支持外来人口和儿童的项目' },
    { by: 'p-expert', text: '排名第四的项目可行性不足，本轮不予资助' },
  ],
};

/** The 2008 round of the scenario: four applications, one meeting, one decision. */
export const round: Round = {
  id: 'qingyuan-2008',
  subdistrict: 'qingyuan',
  year: 2008,
  communities: ['jinhuali', 'yuhuayuan', 'jinhuiyuan-erli', 'xinghuayuan'],
  fund: { amount: yuan(30000), source: '街道社区服务项目专项资金' },
  surveys: ['jinhuali-2007'],
  applications: meeting.projects.map((project) => project.id),
  meetings: ['qingyuan-2008'],
  decisions: ['fd-2008'],
  funded: ['jinhuali-home', 'xinghuayuan-kids', 'yuhuayuan-culture'],
};

/** The service center's vettings: every application accepted to the agenda. */
export const vettings: Vetting[] = meeting.projects.map((project) => ({
  id: `vet-${project.id}`,
  round: 'qingyuan-2008',
  application: project.id,
  body: 'qingyuan-service-center',
  by: 'p-center',
  at: '2008-03-10T10:00:00+08:00',
  outcome: 'accepted',
  reasons: [],
}));

/** The meeting's results summary sheet, signed off by the supervision group before the decision. */
export const summarySheet: ResultsSummarySheet = {
  id: 'sheet-2008',
  meeting: 'qingyuan-2008',
  rows: ranking.map((entry) => {
    const project = meeting.projects.find((p) => p.id === entry.project)!;
    return {
      project: project.id,
      title: project.title,
      community: project.community,
      requested: project.requested,
      rank: entry.rank,
    };
  }),
  preparedBy: 'p-center',
  preparedAt: '2008-03-20T18:00:00+08:00',
  signOff: { body: 'qingyuan-supervision', by: 'p-discipline', at: '2008-03-25T10:00:00+08:00' },
};

/** Everything the project rules read: bodies, participants and the round's documents. */
export const context: ProjectContext = {
  bodies,
  rounds: [round],
  meetings: [{ status: 'funding-decided', meeting, ranking, funding }],
  vettings,
  summarySheets: [summarySheet],
  participants,
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

/** The team as the lead records it: only the lead's own contract is signed yet. */
export const teamAsFormed: ExecutionTeam = {
  ...team,
  members: team.members.map((member) =>
    member.participant === 'p-li' ? member : { ...member, contract: { signed: false } },
  ),
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
  indicators: [
    { indicator: 'i-visits', unit: '人次', target: 200, reached: 240 },
    { indicator: 'i-children', unit: '名', target: 20, reached: 18 },
  ],
  summary: { 'zh-CN': '服务人次超过目标', en: 'Visits exceeded the target' },
  evaluatedBy: ['p-ngo'],
  evaluatedAt: '2009-01-25T15:00:00+08:00',
};

/** A proposal to terminate (by the service center), answered by the lead. */
export const terminationProposal: TerminationProposal = {
  id: 'tp-jinhuali',
  project: 'jinhuali-home',
  proposer: 'service-center',
  reason: { 'zh-CN': '执行小组解散', en: 'The team disbanded' },
  respondBy: '2008-08-31',
};

export const termination: Termination = {
  id: 'term-jinhuali',
  project: 'jinhuali-home',
  proposal: 'tp-jinhuali',
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
  {
    type: 'team-formed',
    at: '2008-04-11T10:00:00+08:00',
    by: 'p-li',
    payload: { team: teamAsFormed },
  },
  {
    type: 'contract-signed',
    at: '2008-04-11T11:00:00+08:00',
    by: 'p-zhao',
    payload: { member: 'p-zhao', signedAt: '2008-04-10' },
  },
  {
    type: 'contract-signed',
    at: '2008-04-11T12:00:00+08:00',
    by: 'p-wang',
    payload: { member: 'p-wang', signedAt: '2008-04-11' },
  },
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

/** The termination workflow from an active project: proposal, the team's answer, decision. */
export function terminationSteps(from: string): ProjectEvent[] {
  const day = 86400000;
  const at = (days: number) => new Date(Date.parse(from) + days * day).toISOString();
  return [
    {
      type: 'termination-proposed',
      at: at(1),
      by: 'p-center',
      payload: { proposal: { ...terminationProposal, respondBy: at(15).slice(0, 10) } },
    },
    {
      type: 'termination-answered',
      at: at(3),
      by: 'p-li',
      payload: { response: { proposal: 'tp-jinhuali', text: '同意终止' } },
    },
    { type: 'terminated', at: at(5), by: 'p-discipline', payload: { termination } },
  ];
}
