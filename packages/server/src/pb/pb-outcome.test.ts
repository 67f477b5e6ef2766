import { describe, expect, it } from 'vitest';
import type { PbBallotElectionJSON } from '@qingyuan/core';
import { exactJSON, pbExplanations, pbLists, pbOutcome, pbRepresentation } from './pb-outcome.js';

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

  it('checks EJR and PJR exactly: satisfied by Equal Shares, violated by greedy with the group named, and says when too large', () => {
    // Seven voters want a, b, c; four want d; three units to spend. The four could pay for d.
    const committee: PbBallotElectionJSON = {
      rules: { format: 'approval' },
      budget: 3,
      projects: ['a', 'b', 'c', 'd'].map((id) => ({ id, cost: 1 })),
    };
    const ballots = [
      ...Array.from({ length: 7 }, () => ({ projects: ['a', 'b', 'c'] })),
      ...Array.from({ length: 4 }, () => ({ projects: ['d'] })),
    ];
    const [greedyList] = pbOutcome(committee, ballots, { name: 'greedy', utility: 'cost' });
    expect(greedyList!.selected).toEqual(['a', 'b', 'c']);
    expect(greedyList!.representation.map((c) => [c.property, c.status])).toEqual([
      ['ejr', 'violated'],
      ['pjr', 'violated'],
    ]);
    expect(greedyList!.representation[0]!.witness).toMatchObject({ projects: ['d'], voters: 4 });
    expect(greedyList!.representation[0]!.message!['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    const [shares] = pbOutcome(committee, ballots, {
      name: 'equal-shares',
      utility: 'cost',
      completion: 'none',
    });
    expect(shares!.selected).toContain('d');
    expect(shares!.representation).toEqual([
      { property: 'ejr', utility: 'cost', status: 'satisfied' },
      { property: 'pjr', utility: 'cost', status: 'satisfied' },
    ]);
    const [list] = pbLists(committee, ballots);
    const tooLarge = pbRepresentation(list!.election, ['a'], { name: 'sequential-phragmen' }, 1);
    expect(tooLarge.map((c) => c.status)).toEqual(['too-large', 'too-large']);
    expect(tooLarge[0]!.message!.en).toMatch(/1/);
  });
});
