import type { EvaluationReport } from '../domain/evaluation-report.js';
import type { ExecutionTeam } from '../domain/execution-team.js';
import type { Expense } from '../domain/expense.js';
import type { Money } from '../money/money.js';
import type { LocalizedText } from '../text/localized-text.js';
import type { ProjectEvent } from '../workflow/project-event.js';
import { jinhualiApplication } from './pilot-applications.js';

const yuan = (n: number): Money => ({ amount: Math.round(n * 100), currency: 'CNY' });
const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });
const project = 'jinhuali-home';

const team: ExecutionTeam = {
  id: 'team-jinhuali',
  project,
  members: [
    {
      participant: 'p-li',
      role: 'overall-lead',
      contract: { signed: true, signedAt: '2007-10-10' },
    },
    { participant: 'p-zhao', role: 'finance-lead', contract: { signed: false } },
    { participant: 'p-wang', role: 'member', contract: { signed: false } },
  ],
  rules: [t('每月第一个周一召开例会', 'Team meeting on the first Monday of each month')],
};

const expense = (
  id: string,
  line: string,
  item: LocalizedText,
  amount: number,
  paidOn: string,
  receipt: string,
  source?: Expense['source'],
): ProjectEvent => ({
  type: 'expense-recorded',
  at: `${paidOn}T18:00:00+08:00`,
  by: 'p-zhao',
  payload: {
    expense: {
      id,
      project,
      line,
      ...(source ? { source } : {}),
      item,
      amount: yuan(amount),
      paidOn,
      receipt: { number: receipt },
    },
  },
});

const evaluation = (
  id: string,
  stage: 'milestone' | 'final',
  reached: Record<string, number>,
  at: string,
): EvaluationReport => ({
  id,
  project,
  stage,
  ...(stage === 'milestone'
    ? { milestone: t('爱心超市开业一个月', 'A month of the supermarket') }
    : {}),
  indicators: [
    {
      indicator: 'i-visits',
      unit: t('人次', 'visits'),
      target: 200,
      reached: reached['i-visits']!,
    },
    {
      indicator: 'i-children',
      unit: t('名', 'children'),
      target: 20,
      reached: reached['i-children']!,
    },
    { indicator: 'i-mending', unit: t('件', 'items'), target: 150, reached: reached['i-mending']! },
  ],
  summary:
    stage === 'final'
      ? t('服务人次和缝补件数都超过目标', 'Visits and mended items both beyond target')
      : t(
          '爱心超市运转正常，缝补服务刚刚开始',
          'The supermarket runs well; mending has just begun',
        ),
  evaluatedBy: ['p-ngo'],
  evaluatedAt: at,
});

/**
 * The execution of Jinhuali's New Residents' Home from the funding on, as a project history
 * that replays to `closed` under every rule (with `pilotProjectContext`): approved on the
 * 2007 round's funding decision `fd-2007`, the team formed by its lead with only the lead's
 * own contract signed, the two other members signing theirs in person, the grant paid in two
 * tranches, the scope change the case study tells of (the love supermarket adds mending and
 * ironing, 裁裤边、修拉链、烫洗衣服) approved by the supervision group with its new plan
 * activity, indicator and budget line, an expense ledger with receipts (grant, in-kind
 * clothes and low-price-sales income), a stage and a final evaluation, the execution report,
 * the audit by the finance office, and closing. It keeps the case study's calendar: approved in
 * October 2007, carried out in October and November (2007年9月底至11月底), reported, audited,
 * evaluated and closed in December. Amounts, days and people are made up.
 *
 * @example
 * import { projectLifecycle, replay } from '@qingyuan/core';
 * import { jinhualiExecutionHistory, pilotProjectContext } from '@qingyuan/core/examples';
 * const result = replay(projectLifecycle, jinhualiExecutionHistory, pilotProjectContext);
 * result.ok && result.state.applicationVersions.length; // 1: the application before the change
 */
export const jinhualiExecutionHistory: ProjectEvent[] = [
  {
    type: 'application-saved',
    at: '2007-09-17T09:00:00+08:00',
    by: 'p-li',
    payload: { application: jinhualiApplication },
  },
  { type: 'submitted', at: '2007-09-21T09:00:00+08:00', by: 'p-li' },
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
    payload: { granted: yuan(10000), decision: 'fd-2007' },
  },
  { type: 'team-formed', at: '2007-10-10T10:00:00+08:00', by: 'p-li', payload: { team } },
  {
    type: 'contract-signed',
    at: '2007-10-10T10:30:00+08:00',
    by: 'p-zhao',
    payload: { member: 'p-zhao', signedAt: '2007-10-10' },
  },
  {
    type: 'contract-signed',
    at: '2007-10-11T16:00:00+08:00',
    by: 'p-wang',
    payload: { member: 'p-wang', signedAt: '2007-10-11' },
  },
  {
    type: 'disbursed',
    at: '2007-10-12T10:00:00+08:00',
    by: 'p-center',
    payload: {
      disbursement: {
        id: 'd-jinhuali-1',
        project,
        tranche: 1,
        amount: yuan(6000),
        paidOn: '2007-10-12',
      },
    },
  },
  { type: 'execution-started', at: '2007-10-15T09:00:00+08:00', by: 'p-li' },
  expense(
    'x-shelves',
    'b-shelves',
    t('货架 4 组', 'Four shelving units'),
    4800,
    '2007-10-16',
    'No.0012345',
  ),
  expense('x-toys', 'b-toys', t('玩具和图书', 'Toys and books'), 3900, '2007-10-22', 'No.0012388'),
  expense(
    'x-clothes',
    'c-clothes',
    t('学校和社区捐赠的衣物（折价）', 'Clothes given by schools and residents (valued)'),
    2000,
    '2007-10-27',
    '捐赠登记 2007-10',
    'in-kind',
  ),
  {
    type: 'change-requested',
    at: '2007-10-29T10:00:00+08:00',
    by: 'p-li',
    payload: {
      change: {
        id: 'chg-mending',
        project,
        reason: t(
          '新居民对裁裤边、修拉链、烫洗衣服也很需要，爱心超市相应增加这些服务',
          'Migrant residents also need trousers taken up, zips mended and clothes ironed; the supermarket adds these services',
        ),
        plan: [
          ...jinhualiApplication.plan,
          {
            id: 'a-mending',
            title: t('缝补熨烫服务', 'Mending and ironing'),
            start: '2007-11-05',
            end: '2007-11-30',
          },
        ],
        indicators: [
          ...jinhualiApplication.indicators,
          {
            id: 'i-mending',
            description: t('缝补熨烫件数', 'Items mended or ironed'),
            unit: t('件', 'items'),
            target: 150,
          },
        ],
        budget: {
          total: yuan(10000),
          lines: [
            { id: 'b-shelves', item: t('货架', 'Shelves'), amount: yuan(5000) },
            { id: 'b-toys', item: t('玩具', 'Toys'), amount: yuan(4000) },
            {
              id: 'b-mending',
              item: t('缝纫机和熨斗', 'Sewing machine and iron'),
              amount: yuan(1000),
            },
          ],
          contributions: jinhualiApplication.budget.contributions ?? [],
        },
        requestedAt: '2007-10-29T10:00:00+08:00',
      },
    },
  },
  {
    type: 'change-decided',
    at: '2007-11-02T15:00:00+08:00',
    by: 'p-jiwei',
    payload: {
      decision: {
        change: 'chg-mending',
        body: 'qingyuan-supervision',
        approved: true,
        reference: '监审〔2007〕5号',
      },
    },
  },
  {
    type: 'disbursed',
    at: '2007-11-05T10:00:00+08:00',
    by: 'p-center',
    payload: {
      disbursement: {
        id: 'd-jinhuali-2',
        project,
        tranche: 2,
        amount: yuan(4000),
        paidOn: '2007-11-05',
      },
    },
  },
  expense(
    'x-mending',
    'b-mending',
    t('缝纫机一台、熨斗两个', 'A sewing machine, two irons'),
    950,
    '2007-11-06',
    'No.0020211',
  ),
  {
    type: 'stage-evaluated',
    at: '2007-11-16T15:00:00+08:00',
    by: 'p-ngo',
    payload: {
      evaluation: evaluation(
        'ev-jinhuali-m1',
        'milestone',
        { 'i-visits': 150, 'i-children': 15, 'i-mending': 40 },
        '2007-11-16T15:00:00+08:00',
      ),
    },
  },
  expense(
    'x-detergent',
    'c-sales',
    t('用低价出售收入购买洗衣液', 'Detergent paid from the sales income'),
    1300,
    '2007-11-26',
    'No.0031002',
    'low-price-sales',
  ),
  {
    type: 'report-submitted',
    at: '2007-12-03T09:00:00+08:00',
    by: 'p-li',
    payload: {
      report: {
        id: 'er-jinhuali',
        project,
        period: { start: '2007-10-15', end: '2007-11-30' },
        activities: [
          { activity: 'a-supermarket', status: 'done', participants: 360 },
          { activity: 'a-paradise', status: 'done', participants: 22 },
          { activity: 'a-mending', status: 'done', participants: 176 },
        ],
        summary: t(
          '爱心超市每周营业，小小乐园接待儿童 22 名，缝补熨烫 176 件',
          'The supermarket opened every week, the little paradise took in 22 children, 176 items mended or ironed',
        ),
        submittedBy: 'p-li',
        submittedAt: '2007-12-03T09:00:00+08:00',
      },
    },
  },
  {
    type: 'audit-recorded',
    at: '2007-12-12T10:00:00+08:00',
    by: 'p-caizheng',
    payload: {
      audit: {
        id: 'fa-jinhuali',
        project,
        granted: yuan(10000),
        lines: [
          { line: 'b-shelves', budgeted: yuan(5000), actual: yuan(4800) },
          { line: 'b-toys', budgeted: yuan(4000), actual: yuan(3900) },
          { line: 'b-mending', budgeted: yuan(1000), actual: yuan(950) },
          { line: 'c-clothes', source: 'in-kind', budgeted: yuan(2000), actual: yuan(2000) },
          { line: 'c-sales', source: 'low-price-sales', budgeted: yuan(1500), actual: yuan(1300) },
        ],
        auditedBy: ['p-caizheng'],
        auditedAt: '2007-12-12T10:00:00+08:00',
        conclusion: 'compliant',
      },
    },
  },
  {
    type: 'evaluation-recorded',
    at: '2007-12-17T15:00:00+08:00',
    by: 'p-ngo',
    payload: {
      evaluation: evaluation(
        'ev-jinhuali',
        'final',
        { 'i-visits': 240, 'i-children': 22, 'i-mending': 176 },
        '2007-12-17T15:00:00+08:00',
      ),
    },
  },
  { type: 'closed', at: '2007-12-21T10:00:00+08:00', by: 'p-center' },
];
