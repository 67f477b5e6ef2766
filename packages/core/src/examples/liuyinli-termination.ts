import type { Application } from '../domain/application.js';
import type { Money } from '../money/money.js';
import type { LocalizedText } from '../text/localized-text.js';
import type { ProjectEvent } from '../workflow/project-event.js';

const yuan = (n: number): Money => ({ amount: Math.round(n * 100), currency: 'CNY' });
const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });
const project = 'liuyinli-reading';

/**
 * The application of the reading corner of Liuyinli 柳荫里, a FICTIONAL community: the case
 * study reports no termination of a real project, so the termination example is made up
 * whole (community, people, amounts).
 *
 * @example
 * import { liuyinliApplication } from '@qingyuan/core/examples';
 * liuyinliApplication.budget.total; // { amount: 800000, currency: 'CNY' }
 */
export const liuyinliApplication: Application = {
  id: project,
  community: 'liuyinli',
  title: t('社区读书角', 'Community reading corner'),
  purpose: t(
    '在居委会活动室开设读书角，志愿者值班借阅',
    'A reading corner in the committee room, run by volunteers',
  ),
  needs: [
    {
      id: 'n-reading',
      description: t(
        '老人和孩子没有就近读书的地方',
        'Nowhere nearby for the elderly and children to read',
      ),
      findings: [],
    },
  ],
  plan: [
    {
      id: 'a-books',
      title: t('购书并编目', 'Buy and catalogue books'),
      start: '2007-10-15',
      end: '2007-10-31',
    },
    {
      id: 'a-lending',
      title: t('每周三次志愿者值班借阅', 'Volunteer lending three times a week'),
      start: '2007-11-01',
      end: '2007-11-30',
    },
  ],
  indicators: [
    {
      id: 'i-loans',
      description: t('每月借阅册次', 'Loans a month'),
      unit: t('册次', 'loans'),
      target: 120,
    },
  ],
  team: [
    { name: '顾老师', participant: 'p-gu', role: 'overall-lead' },
    { name: '方大姐', participant: 'p-fang', role: 'finance-lead' },
  ],
  beneficiaries: [
    { group: t('社区老人', 'Elderly residents'), count: 80, vulnerable: 'elderly' },
    { group: t('社区儿童', 'Children'), count: 60, vulnerable: 'children' },
  ],
  budget: {
    total: yuan(8000),
    lines: [
      { id: 'b-books', item: t('图书', 'Books'), amount: yuan(6000) },
      { id: 'b-shelves', item: t('书架', 'Bookshelves'), amount: yuan(2000) },
    ],
  },
};

/**
 * A termination that went through the whole workflow, on the fictional Liuyinli reading
 * corner, reviewed and funded in its own made-up round (`liuyinliRound`, decision
 * `fd-2007-liuyinli`): after the first tranche and the first purchases the volunteers left; the service
 * center proposes to terminate with its reason and a reply deadline, the team answers within
 * it, the supervision group decides, and the unspent 2,500 yuan (4,000 disbursed minus 1,500
 * spent) is refunded. It follows the pilot round's calendar (the case study's): applied for and
 * reviewed at the end of September 2007, funded in October, terminated and refunded before the
 * end of November.
 *
 * @example
 * import { projectLifecycle, replay } from '@qingyuan/core';
 * import { liuyinliTerminationHistory, pilotProjectContext } from '@qingyuan/core/examples';
 * const result = replay(projectLifecycle, liuyinliTerminationHistory, pilotProjectContext);
 * result.ok && result.state.refund?.amount; // { amount: 250000, currency: 'CNY' }
 */
export const liuyinliTerminationHistory: ProjectEvent[] = [
  {
    type: 'application-saved',
    at: '2007-09-18T09:00:00+08:00',
    by: 'p-gu',
    payload: { application: liuyinliApplication },
  },
  { type: 'submitted', at: '2007-09-24T09:00:00+08:00', by: 'p-gu' },
  {
    type: 'review-started',
    at: '2007-09-28T14:00:00+08:00',
    by: 'p-center',
    payload: { meeting: 'qingyuan-2007-liuyinli' },
  },
  {
    type: 'approved',
    at: '2007-10-09T10:00:00+08:00',
    by: 'p-center',
    payload: { granted: yuan(8000), decision: 'fd-2007-liuyinli' },
  },
  {
    type: 'team-formed',
    at: '2007-10-11T10:00:00+08:00',
    by: 'p-gu',
    payload: {
      team: {
        id: 'team-liuyinli',
        project,
        members: [
          {
            participant: 'p-gu',
            role: 'overall-lead',
            contract: { signed: true, signedAt: '2007-10-11' },
          },
          { participant: 'p-fang', role: 'finance-lead', contract: { signed: false } },
        ],
      },
    },
  },
  {
    type: 'contract-signed',
    at: '2007-10-12T09:00:00+08:00',
    by: 'p-fang',
    payload: { member: 'p-fang', signedAt: '2007-10-12' },
  },
  {
    type: 'disbursed',
    at: '2007-10-12T15:00:00+08:00',
    by: 'p-center',
    payload: {
      disbursement: {
        id: 'd-liuyinli-1',
        project,
        tranche: 1,
        amount: yuan(4000),
        paidOn: '2007-10-12',
      },
    },
  },
  { type: 'execution-started', at: '2007-10-15T09:00:00+08:00', by: 'p-gu' },
  {
    type: 'expense-recorded',
    at: '2007-10-19T17:00:00+08:00',
    by: 'p-fang',
    payload: {
      expense: {
        id: 'x-books-1',
        project,
        line: 'b-books',
        item: t('第一批图书 120 册', 'First 120 books'),
        amount: yuan(1500),
        paidOn: '2007-10-19',
        receipt: { number: 'No.0040417', issuer: t('新华书店', 'Xinhua Bookstore') },
      },
    },
  },
  {
    type: 'termination-proposed',
    at: '2007-11-12T10:00:00+08:00',
    by: 'p-center',
    payload: {
      proposal: {
        id: 'tp-liuyinli',
        project,
        proposer: 'service-center',
        reason: t(
          '读书角原定 11 月 1 日开始借阅，至今未开放，值班志愿者已全部离开',
          'Lending was due to begin on 1 November; the reading corner has not opened, and every volunteer has left',
        ),
        respondBy: '2007-11-23',
      },
    },
  },
  {
    type: 'termination-answered',
    at: '2007-11-20T19:00:00+08:00',
    by: 'p-gu',
    payload: {
      response: {
        proposal: 'tp-liuyinli',
        text: t(
          '志愿者都已返乡或上班，小组无力继续，同意终止；已购图书捐给社区活动室',
          'The volunteers went home or back to work; the team cannot go on and agrees; the books go to the community room',
        ),
      },
    },
  },
  {
    type: 'terminated',
    at: '2007-11-27T15:00:00+08:00',
    by: 'p-jiwei',
    payload: {
      termination: {
        id: 'term-liuyinli',
        project,
        proposal: 'tp-liuyinli',
        reason: t(
          '执行小组无力继续，项目无法完成',
          'The team cannot go on; the project cannot be completed',
        ),
        decision: {
          body: 'qingyuan-supervision',
          decidedAt: '2007-11-27T15:00:00+08:00',
          reference: '监审〔2007〕7号',
        },
      },
    },
  },
  {
    type: 'refund-recorded',
    at: '2007-11-30T10:00:00+08:00',
    by: 'p-center',
    payload: {
      refund: {
        id: 'r-liuyinli',
        project,
        amount: yuan(2500),
        paidOn: '2007-11-30',
        reference: '退〔2007〕2号',
      },
    },
  },
];
