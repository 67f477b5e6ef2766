import { describe, expect, it } from 'vitest';
import type { PbBallotElectionJSON } from '@qingyuan/core';
import { exactJSON, pbExplanations, pbLists, pbOutcome } from './pb-outcome.js';

const sheet: PbBallotElectionJSON = {
  rules: { format: 'cumulative', maxSumPoints: 5 },
  budget: 100,
  districtBudgets: { north: 30 },
  projects: [
    { id: 'a', cost: 60 },
    { id: 'b', cost: 50 },
    { id: 'n1', cost: 30, district: 'north' },
    { id: 'n2', cost: '25/2', district: 'north' },
  ],
};

describe('the outcome of a PB election', () => {
  it('counts each list with its own budget and voters, reading points as approvals', () => {
    const ballots = [
      { district: 'north', projects: ['a', 'n2'], points: [4, 1] },
      { projects: ['a'], points: [5] },
      { projects: ['b'], points: [5] },
    ];
    const lists = pbLists(sheet, ballots);
    expect(lists.map((l) => [l.district, l.election.voterCount])).toEqual([
      [null, 3],
      ['north', 1],
    ]);
    const [city, north] = pbOutcome(sheet, ballots, { name: 'greedy', utility: 'cost' });
    expect(city).toMatchObject({
      selected: ['a'],
      cost: 60,
      unspent: 40,
      approvals: { a: 2, b: 1 },
    });
    expect(north).toMatchObject({ budget: 30, selected: ['n2'], cost: '25/2', unspent: '35/2' });
    expect(north!.analytics).toMatchObject({ voters: 1, nonEmptyHanded: '1' });
  });

  it('explains Equal Shares per list, numbers exact', () => {
    const ballots = [
      { projects: ['a'], points: [5] },
      { projects: ['a'], points: [5] },
    ];
    const [city] = pbExplanations(sheet, ballots, {
      name: 'equal-shares',
      utility: 'cost',
      completion: 'none',
    });
    const shown = exactJSON(city!.explanation) as { rounds: { project: string; cost: unknown }[] };
    expect(shown.rounds).toHaveLength(1);
    expect(shown.rounds[0]).toMatchObject({ project: 'a', cost: 60 });
  });
});
