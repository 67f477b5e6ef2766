import {
  allocateFunds,
  checkRound,
  fundingDecisionFrom,
  type FundingDecision,
  type ResultsSummarySheet,
  type Round,
} from '@qingyuan/core';
import { pilotMeeting, pilotRound } from '@qingyuan/core/examples';
import { describe, expect, it } from 'vitest';
import { fundingStage, fundLeft, roundMeetingIds } from './round-funding.js';

const yuan = (n: number) => ({ amount: n * 100, currency: 'CNY' });
const second = 'qingyuan-2007-review-2';
const binhe = { project: 'binhe-dongli-189', requested: yuan(5000) };

/** A decision made the way the box makes it: core's allocation of `fund` down `candidates`. */
function decide(
  id: string,
  meeting: string,
  candidates: { project: string; requested: { amount: number; currency: string } }[],
  fund: { amount: number; currency: string },
): FundingDecision {
  const allocated = allocateFunds(candidates, fund);
  if (!allocated.ok) throw new Error('not allocated');
  const made = fundingDecisionFrom(allocated.allocation, [], {
    id,
    meeting,
    decidedBy: ['p-center'],
    decidedAt: '2007-10-09T10:00:00+08:00',
  });
  if (!made.ok) throw new Error('not decided');
  return made.decision;
}

/** The demo's round: 25,000 yuan, the pilots' meeting decided, a second meeting. */
const round: Round = {
  ...pilotRound,
  fund: { ...pilotRound.fund, amount: yuan(25000) },
  communities: [...pilotRound.communities, 'binhe-dongli'],
  meetings: ['qingyuan-2007', second],
  decisions: ['fd-2007'],
};
const pilots = pilotMeeting.projects.map((p) => ({ project: p.id, requested: p.requested }));
const first = decide('fd-2007', 'qingyuan-2007', pilots, round.fund.amount);
const firstGranted = first.grants.reduce((sum, g) => sum + g.amount.amount, 0);

describe('fundLeft', () => {
  it('leaves the whole fund to the first meeting', () => {
    expect(fundLeft({ ...round, decisions: [] }, [], 'qingyuan-2007')).toEqual({
      fund: yuan(25000),
      earlier: [],
      left: yuan(25000),
    });
  });

  it('takes what the earlier decisions granted off the fund for a meeting still to decide', () => {
    const left = fundLeft(round, [first], second);
    expect(left.earlier).toEqual([
      { meeting: 'qingyuan-2007', decision: 'fd-2007', granted: firstGranted },
    ]);
    expect(left.left).toEqual({ amount: 2500000 - firstGranted, currency: 'CNY' });
  });

  it('counts for a decided meeting only the decisions recorded before its own', () => {
    const next = decide('fd-2', second, [binhe], fundLeft(round, [first], second).left);
    const both = { ...round, decisions: ['fd-2007', 'fd-2'] };
    expect(fundLeft(both, [next, first], 'qingyuan-2007').left).toEqual(yuan(25000));
    expect(fundLeft(both, [next, first], second).earlier.map((e) => e.decision)).toEqual([
      'fd-2007',
    ]);
  });

  it('never goes below nothing', () => {
    const over = { ...first, grants: [{ project: 'x', amount: yuan(30000) }] };
    expect(fundLeft(round, [over], second).left).toEqual(yuan(0));
  });

  it('is what core’s checkRound holds the second decision to', () => {
    // A fund 1,000 yuan above the first decision's grants: Binhe Dongli's 5,000 fit the whole
    // fund but not what is left, and a second decision made from the whole fund overspends.
    const tight: Round = {
      ...round,
      fund: { ...round.fund, amount: { amount: firstGranted + 100000, currency: 'CNY' } },
    };
    const fromLeft = decide('fd-2', second, [binhe], fundLeft(tight, [first], second).left);
    const fromAll = decide('fd-2', second, [binhe], tight.fund.amount);
    expect(fromLeft.grants.find((g) => g.project === binhe.project)?.amount.amount ?? 0).toBe(0);
    expect(fromAll.grants.find((g) => g.project === binhe.project)?.amount.amount).toBe(500000);
    const check = (d: FundingDecision) => {
      const decisions = [first, d];
      const funded = decisions.flatMap((x) =>
        x.grants.filter((g) => g.amount.amount > 0).map((g) => g.project),
      );
      return checkRound({ ...tight, decisions: decisions.map((x) => x.id), funded }, { decisions });
    };
    expect(check(fromLeft).ok).toBe(true);
    const over = check(fromAll);
    expect(over.ok ? [] : over.violations.map((v) => v.rule)).toContain('round.within-fund');
  });
});

describe('fundingStage', () => {
  const sheet = (signed: boolean): ResultsSummarySheet => ({
    id: `${second}-sheet`,
    meeting: second,
    rows: [],
    preparedBy: 'p-center',
    preparedAt: '2007-09-27T18:00:00+08:00',
    ...(signed
      ? {
          signOff: { body: 'qingyuan-supervision', by: 'p-jiwei', at: '2007-09-28T10:00:00+08:00' },
        }
      : {}),
  });

  it('follows the meeting from voting to the decision', () => {
    expect(fundingStage('open', [], [], second)).toBe('not-closed');
    expect(fundingStage('closed', [], [], second)).toBe('publish');
    expect(fundingStage('published', [], [], second)).toBe('sign');
    expect(fundingStage('published', [sheet(false)], [], second)).toBe('sign');
    expect(fundingStage('published', [sheet(true)], [], second)).toBe('decide');
    expect(
      fundingStage('funding-decided', [sheet(true)], [{ ...first, meeting: second }], second),
    ).toBe('decided');
  });

  it('is per meeting: another meeting’s sheet and decision do not count', () => {
    expect(fundingStage('published', [{ ...sheet(true), meeting: 'x' }], [first], second)).toBe(
      'sign',
    );
  });
});

describe('roundMeetingIds', () => {
  it('keeps the round’s order and puts the seeded meeting first when the round lacks it', () => {
    expect(roundMeetingIds(['r', 'r-review-2'], 'r')).toEqual(['r', 'r-review-2']);
    expect(roundMeetingIds(['r-review-2'], 'r')).toEqual(['r', 'r-review-2']);
  });
});
