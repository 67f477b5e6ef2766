import type { ProjectContext, ProjectEvent } from '@qingyuan/core';
import {
  pilotBodies,
  pilotDecision,
  pilotMeeting,
  pilotParticipants,
  pilotRanking,
  pilotRound,
  pilotSummarySheet,
  pilotVettings,
} from '@qingyuan/core/examples';
import { pilotApplication } from '../application-form/application-form.fixture.js';

/** The governance bodies of the examples (street office, service center, supervision group…). */
export { pilotBodies };

/**
 * The 2007 round's documents from `@qingyuan/core/examples` that the review and funding rules
 * read — the `documents` of `<qy-project-status>` — test and story data.
 *
 * @example
 * html`<qy-project-status .history=${pilotHistory(4)} .bodies=${pilotBodies} .documents=${pilotDocuments}></qy-project-status>`;
 */
export const pilotDocuments: Omit<ProjectContext, 'bodies' | 'drafts'> = {
  rounds: [pilotRound],
  meetings: [
    {
      status: 'funding-decided',
      meeting: pilotMeeting,
      ranking: pilotRanking,
      funding: pilotDecision,
    },
  ],
  vettings: pilotVettings,
  summarySheets: [pilotSummarySheet],
  participants: pilotParticipants,
};

/**
 * The first events of Jinhuali's New Residents' Home in the 2007 round, up to `upTo` of them:
 * saved, submitted, reviewed, approved by the funding decision `fd-2007` — test and story data.
 *
 * @example
 * html`<qy-project-status .history=${pilotHistory(4)} .bodies=${pilotBodies} .documents=${pilotDocuments}></qy-project-status>`;
 */
export function pilotHistory(upTo = 4): ProjectEvent[] {
  const events: ProjectEvent[] = [
    {
      type: 'application-saved',
      at: '2007-09-17T09:00:00+08:00',
      by: 'p-li',
      payload: { application: pilotApplication() },
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
      payload: { granted: { amount: 1_000_000, currency: 'CNY' }, decision: 'fd-2007' },
    },
  ];
  return events.slice(0, upTo);
}

/**
 * {@link pilotDocuments} with a funding decision that passes Jinhuali over (recorded as a
 * departure from the ranking), so its history can end in `rejected` — test and story data.
 *
 * @example
 * html`<qy-project-status .history=${[...pilotHistory(3), pilotRejection]} .bodies=${pilotBodies} .documents=${passedOverDocuments}></qy-project-status>`;
 */
export const passedOverDocuments: Omit<ProjectContext, 'bodies' | 'drafts'> = {
  ...pilotDocuments,
  meetings: [
    {
      status: 'funding-decided',
      meeting: pilotMeeting,
      ranking: pilotRanking,
      funding: {
        ...pilotDecision,
        grants: pilotDecision.grants.filter((grant) => grant.project !== 'jinhuali-home'),
        departures: [
          { project: 'jinhuali-home', by: 'p-center', reason: '申请方撤回，改为下一轮申请' },
        ],
      },
    },
  ],
};

/** Jinhuali's rejection by the decision of {@link passedOverDocuments}. */
export const pilotRejection: ProjectEvent = {
  type: 'rejected',
  at: '2007-10-09T10:00:00+08:00',
  by: 'p-center',
  payload: { decision: 'fd-2007' },
};

/**
 * The public view a ballot box publishes of Jinhuali's project mid-execution (core's
 * `PublicProjectView`, as `GET …/rounds/{round}/projects/{project}/public` answers): the money,
 * the budget lines, an indicator measured by a stage evaluation, the expense lines (no
 * receipts), a scope change with roles only and no termination — test and story data.
 *
 * @example
 * html`<qy-project-status .history=${boxPublicView()}></qy-project-status>`;
 */
export function boxPublicView(): Record<string, unknown> {
  const cny = (amount: number) => ({ amount, currency: 'CNY' });
  return {
    ...olderBoxPublicView(),
    expenses: [
      {
        id: 'x-shelves',
        paidOn: '2007-10-16',
        amount: cny(480_000),
        line: 'b-shelves',
        item: { 'zh-CN': '货架 4 组', en: 'Four shelving units' },
        beyondGrant: false,
      },
      {
        id: 'x-toys',
        paidOn: '2007-10-22',
        amount: cny(390_000),
        line: 'b-toys',
        item: { 'zh-CN': '玩具和图书', en: 'Toys and books' },
        beyondGrant: false,
      },
    ],
    changes: [
      {
        id: 'chg-mending',
        reason: { 'zh-CN': '外来居民也需要缝补服务', en: 'Migrant residents also need mending' },
        amends: ['budget'],
        requestedAt: '2007-10-29T10:00:00+08:00',
        requestedBy: 'overall-lead',
        status: 'approved',
        decidedBy: 'supervision-group',
        decidedAt: '2007-11-02T15:00:00+08:00',
        reference: '监审〔2007〕5号',
      },
    ],
    termination: null,
  };
}

/**
 * {@link boxPublicView} as a ballot box older than the expense lines, scope changes and
 * termination steps of the public view publishes it: the money and the indicators only.
 *
 * @example
 * html`<qy-project-status .history=${olderBoxPublicView()}></qy-project-status>`;
 */
export function olderBoxPublicView(): Record<string, unknown> {
  const cny = (amount: number) => ({ amount, currency: 'CNY' });
  return {
    round: 'qingyuan-2007',
    project: 'jinhuali-home',
    title: { 'zh-CN': '金华里新居民之家', en: 'New Residents’ Home' },
    community: 'jinhuali',
    status: 'in-execution',
    stage: { 'zh-CN': '执行中', en: 'In execution' },
    grant: cny(1_000_000),
    budget: cny(1_000_000),
    disbursed: cny(600_000),
    spent: cny(870_000),
    lines: [
      {
        line: 'b-shelves',
        item: { 'zh-CN': '货架', en: 'Shelves' },
        budget: cny(500_000),
        spent: cny(480_000),
      },
      {
        line: 'b-toys',
        item: { 'zh-CN': '玩具', en: 'Toys' },
        budget: cny(500_000),
        spent: cny(390_000),
      },
    ],
    indicators: [
      {
        id: 'i-visits',
        description: { 'zh-CN': '爱心超市每月服务人次', en: 'Monthly supermarket visits' },
        unit: { 'zh-CN': '人次', en: 'visits' },
        target: 200,
        reached: 150,
        measuredBy: 'stage',
      },
    ],
    team: [{ role: 'overall-lead', members: 1 }],
    terminated: false,
  };
}

/**
 * Liuyinli's history up to its termination proposal, then the supervision group declining it
 * (the project carries on) — test and story data.
 *
 * @example
 * html`<qy-project-status .history=${declinedTermination(liuyinliTerminationHistory)}></qy-project-status>`;
 */
export function declinedTermination(history: readonly ProjectEvent[]): ProjectEvent[] {
  const proposed = history.findIndex((e) => e.type === 'termination-proposed');
  return [
    ...history.slice(0, proposed + 1),
    {
      type: 'termination-declined',
      at: '2007-11-18T15:00:00+08:00',
      by: 'p-jiwei',
      payload: {
        decision: {
          proposal: 'tp-liuyinli',
          body: 'qingyuan-supervision',
          reason: { 'zh-CN': '新志愿者已经报名', en: 'New volunteers have signed up' },
        },
      },
    },
  ];
}
