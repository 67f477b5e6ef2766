import { describe, expect, it } from 'vitest';
import { Rational } from '../math/rational.js';
import { pbListCostLimit } from './pb-list-cost-limit.js';
import type { PbBallotElection } from './pb-ballot-rules.js';

const r = (n: number) => Rational.of(n);
const election = (maxSumCost?: number): PbBallotElection => ({
  rules: { format: 'knapsack', ...(maxSumCost === undefined ? {} : { maxSumCost: r(maxSumCost) }) },
  budget: r(100),
  districtBudgets: { north: r(40) },
  projects: [],
});

describe('pbListCostLimit', () => {
  it('is the list’s budget by default: the city’s, or the district’s sub-budget', () => {
    expect(pbListCostLimit(election(), undefined)?.toString()).toBe('100');
    expect(pbListCostLimit(election(), 'north')?.toString()).toBe('40');
    expect(pbListCostLimit(election(), 'south')).toBeUndefined();
  });

  it('is the rules’ max_sum_cost when set, for every list', () => {
    expect(pbListCostLimit(election(30), undefined)?.toString()).toBe('30');
    expect(pbListCostLimit(election(30), 'north')?.toString()).toBe('30');
  });
});
