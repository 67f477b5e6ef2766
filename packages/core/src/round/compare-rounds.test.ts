import { describe, expect, it } from 'vitest';
import type { FinancialAudit } from '../domain/financial-audit.js';
import {
  jinhualiSurvey,
  pilotApplications,
  pilotBallots,
  pilotDecision,
  pilotMeeting,
  pilotRound,
  subdistrictSurvey,
  yuhuayuanErliApplication,
} from '../examples/index.js';
import { compareRounds } from './compare-rounds.js';
import type { RoundDocuments } from './round-figures.js';

const yuan = (n: number) => ({ amount: n * 100, currency: 'CNY' });

const audit = (project: string, granted: number, actual: number): FinancialAudit => ({
  id: `fa-${project}`,
  project,
  granted: yuan(granted),
  lines: [{ line: 'all', budgeted: yuan(granted), actual: yuan(actual) }],
  auditedBy: ['p-caizheng'],
  auditedAt: '2008-01-10T10:00:00+08:00',
  conclusion: 'compliant',
});

const round2007: RoundDocuments = {
  round: pilotRound,
  applications: pilotApplications,
  meetings: [{ meeting: pilotMeeting, ballots: pilotBallots.slice(0, 5) }],
  decisions: [pilotDecision],
  surveys: [jinhualiSurvey, subdistrictSurvey],
  audits: [audit('jinhuali-home', 10000, 9800), audit('yuhuayuan-culture', 8000, 8000)],
};

// A made-up 2008 round: one application (Yuhuayuan Erli), all voters vote, funded at 8,000.
const round2008: RoundDocuments = {
  round: {
    ...pilotRound,
    id: 'qingyuan-2008',
    year: 2008,
    communities: ['yuhuayuan-erli', 'binhe-dongli'],
    surveys: ['qingyuan-needs-2007'],
    applications: ['yuhuayuan-erli-environment'],
    meetings: ['qingyuan-2008'],
    decisions: ['fd-2008'],
    funded: ['yuhuayuan-erli-environment'],
  },
  applications: [yuhuayuanErliApplication],
  meetings: [
    {
      meeting: { ...pilotMeeting, id: 'qingyuan-2008', voters: pilotMeeting.voters.slice(0, 2) },
      ballots: pilotBallots.slice(0, 2),
    },
  ],
  decisions: [
    {
      ...pilotDecision,
      id: 'fd-2008',
      meeting: 'qingyuan-2008',
      grants: [{ project: 'yuhuayuan-erli-environment', amount: yuan(8000) }],
    },
  ],
  surveys: [subdistrictSurvey],
  audits: [audit('yuhuayuan-erli-environment', 8000, 1850)],
};

describe('compareRounds', () => {
  it('counts each round: turnout, requested vs funded, needs that got a project, spending vs grants', () => {
    const { a, b } = compareRounds(round2007, round2008);
    expect(a).toMatchObject({
      round: 'qingyuan-2007',
      applications: 4,
      communitiesApplying: { part: 4, whole: 4, share: 1 },
      turnout: { part: 5, whole: 7 },
      requested: yuan(29000),
      funded: yuan(29000),
      fundedShare: { share: 1 },
      spending: yuan(17800),
      granted: yuan(18000),
    });
    // Needs found: 7 + 4 options of the subdistrict survey's needs questions, 3 + 3 of Jinhuali's;
    // the funded projects cite goods (Jinhuali), culture, domestic-training and childcare.
    expect(a.needsWithProject).toEqual({ part: 4, whole: 17, share: 4 / 17 });
    expect(b.needsWithProject).toEqual({ part: 1, whole: 11, share: 1 / 11 });
    expect(b.needsWithoutProject).not.toContainEqual({
      survey: 'qingyuan-needs-2007',
      question: 'q-needs',
      option: 'environment',
    });
    expect(b).toMatchObject({
      communitiesApplying: { part: 1, whole: 2, share: 0.5 },
      turnout: { part: 2, whole: 2, share: 1 },
      spendingShare: { part: 185000, whole: 800000 },
    });
  });

  it('gives the change from the first round to the second', () => {
    const { change } = compareRounds(round2007, round2008);
    expect(change.applications).toBe(-3);
    expect(change.turnout.share).toBeCloseTo(1 - 5 / 7);
    expect(change.requested).toEqual({ amount: -2100000, currency: 'CNY' });
    expect(change.funded).toEqual({ amount: -2100000, currency: 'CNY' });
    expect(change.needsWithProject.share).toBeCloseTo(1 / 11 - 4 / 17);
    expect(change.spendingShare.share).toBeCloseTo(1850 / 8000 - 17800 / 18000);
  });

  it('does not subtract amounts of different currencies, and has no share of nothing', () => {
    const euro = {
      ...round2008,
      round: {
        ...round2008.round,
        fund: { ...round2008.round.fund, amount: { amount: 1, currency: 'EUR' } },
      },
    };
    const { b, change } = compareRounds(round2007, euro);
    expect(change.requested).toBeNull();
    expect(b.fundedShare).toEqual({ part: 0, whole: 0, share: null });
  });
});
