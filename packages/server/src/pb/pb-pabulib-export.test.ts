import { expect, it } from 'vitest';
import { parsePabulib } from '@qingyuan/core';
import { pbOutcome } from './pb-outcome.js';
import { pbPabulibExport } from './pb-pabulib-export.js';

it('writes a counted knapsack election as a .pb file core reads back, outcome and paper ballots marked', () => {
  const sheet = {
    rules: { format: 'knapsack' as const, minLength: 1 },
    budget: 100,
    projects: [
      { id: 'a', cost: 60, categories: ['green', 'kids'] },
      { id: 'b', cost: 50 },
    ],
  };
  const ballots = [
    { voter: 'v-1', method: 'internet' as const, ballot: { projects: ['a'] } },
    { voter: 'paper-P-1', method: 'paper' as const, ballot: { projects: ['a', 'b'] } },
  ];
  const rule = { name: 'greedy' as const, utility: 'cost' as const };
  const text = pbPabulibExport({
    id: 'pb-2027',
    sheet,
    texts: {
      title: { en: 'Budget 2027', 'zh-CN': '2027 预算' },
      projects: [{ id: 'a', title: 'Trees' }],
    },
    rule,
    ballots,
    outcome: pbOutcome(
      sheet,
      ballots.map((b) => b.ballot),
      rule,
    ),
  });
  const parsed = parsePabulib(text);
  expect(parsed.ok).toBe(true);
  if (!parsed.ok) return;
  const { meta, projects, votes, voteType } = parsed.value;
  expect(voteType).toBe('approval');
  expect(meta).toMatchObject({
    description: 'Budget 2027',
    max_sum_cost: '100',
    min_length: '1',
    rule: 'greedy',
  });
  expect(
    projects.map((p) => [p.id, p.extra.name, p.extra.category, p.extra.votes, p.extra.selected]),
  ).toEqual([
    ['a', 'Trees', 'green,kids', '2', '1'],
    ['b', 'b', '', '1', '0'],
  ]);
  expect(votes.map((v) => [v.voterId, v.projects, v.extra.voting_method])).toEqual([
    ['v-1', ['a'], 'internet'],
    ['paper-P-1', ['a', 'b'], 'paper'],
  ]);
});
