import type {
  FundingDecision,
  ProjectContext,
  ResultsSummarySheet,
  Round,
  Vetting,
} from '@qingyuan/core';
import {
  pilotBodies,
  pilotDecision,
  pilotMeeting,
  pilotRanking,
  pilotRound,
  pilotSummarySheet,
  pilotVettings,
} from '@qingyuan/core/examples';
import { yuan, yuhuayuanErliApplication } from './pilot-applications.js';
import { demoParticipants } from './project-histories.js';

/**
 * The 2008 round of the demo (made up): Yuhuayuan Erli's waste-sorting project, vetted by the
 * service center, reviewed at the 2008 meeting and funded at its request (the demo then shows the
 * supervision group terminating it).
 */
export const round2008: Round = {
  id: 'qingyuan-2008',
  subdistrict: 'qingyuan',
  year: 2008,
  communities: ['yuhuayuan-erli', 'binhe-dongli'],
  fund: { amount: yuan(20000), source: pilotRound.fund.source },
  surveys: ['qingyuan-needs-2007'],
  applications: ['yuhuayuan-erli-environment'],
  meetings: ['qingyuan-2008'],
  decisions: ['fd-2008'],
  funded: ['yuhuayuan-erli-environment'],
};

const meeting2008 = {
  ...pilotMeeting,
  id: 'qingyuan-2008',
  title: {
    'zh-CN': '2008 年清源街道社区项目评审会',
    en: 'Qingyuan Subdistrict review meeting 2008',
  },
  projects: [
    {
      id: yuhuayuanErliApplication.id,
      title: yuhuayuanErliApplication.title,
      community: yuhuayuanErliApplication.community,
      requested: yuhuayuanErliApplication.budget.total,
    },
  ],
};
const ranking2008 = [{ project: 'yuhuayuan-erli-environment', rank: 1 }];

const vetting2008: Vetting = {
  id: 'vet-yuhuayuan-erli-environment',
  round: 'qingyuan-2008',
  application: 'yuhuayuan-erli-environment',
  body: 'qingyuan-service-center',
  by: 'p-center',
  at: '2008-03-25T10:00:00+08:00',
  outcome: 'accepted',
  reasons: [],
};

const sheet2008: ResultsSummarySheet = {
  ...pilotSummarySheet,
  id: 'sheet-2008',
  meeting: 'qingyuan-2008',
  rows: meeting2008.projects.map(({ id, title, community, requested }) => ({
    project: id,
    title,
    community,
    requested,
    rank: 1,
  })),
  preparedAt: '2008-04-08T18:00:00+08:00',
  signOff: { body: 'qingyuan-supervision', by: 'p-jiwei', at: '2008-04-10T10:00:00+08:00' },
};

const decision2008: FundingDecision = {
  ...pilotDecision,
  id: 'fd-2008',
  meeting: 'qingyuan-2008',
  fund: round2008.fund.amount,
  decidedAt: '2008-04-18T10:00:00+08:00',
  grants: [{ project: 'yuhuayuan-erli-environment', amount: yuan(8000) }],
};

/**
 * What core's project rules read in the demo: the bodies, the demo's participants (their roles:
 * residents on the teams, the service center, the street leader and expert), and the rounds' documents — the 2007
 * pilot round of `@qingyuan/core/examples` and the demo's 2008 round — so every approval follows a
 * published meeting's funding decision.
 */
export const demoContext: ProjectContext = {
  bodies: pilotBodies,
  rounds: [pilotRound, round2008],
  meetings: [
    {
      status: 'funding-decided',
      meeting: pilotMeeting,
      ranking: pilotRanking,
      funding: pilotDecision,
    },
    {
      status: 'funding-decided',
      meeting: meeting2008,
      ranking: ranking2008,
      funding: decision2008,
    },
  ],
  vettings: [...pilotVettings, vetting2008],
  summarySheets: [pilotSummarySheet, sheet2008],
  participants: demoParticipants,
};
