import { describe, expect, it } from 'vitest';
import expectedAnalytics from '../../test/fixtures/pabulib/expected-analytics.json';
import { fixtureElection, pbFiles } from '../../test/fixtures/pabulib/fixtures.js';
import { build } from '../../test/fixtures/pabulib/arbitrary-election.js';
import { Rational } from '../math/rational.js';
import { equalShares } from './equal-shares.js';
import { greedy } from './greedy.js';
import { outcomeAnalytics, outcomeAnalyticsToJSON } from './outcome-analytics.js';
import { BudgetRuleInputError } from './budget-rule-input-error.js';

interface ExpectedFigures {
  selected: string[];
  non_empty_handed: string;
  avg_sat_cost: string;
  avg_sat_card: string;
  gini_cost: string;
  gini_card: string;
}
const instances = expectedAnalytics.instances as unknown as Record<
  string,
  { voters: number; rules: Record<'greedy_cost' | 'mes_cost', ExpectedFigures> }
>;

describe("outcome analytics against pabutools' figures", () => {
  it('covers every open fixture', () => {
    expect(Object.keys(instances).sort()).toEqual(Object.keys(pbFiles).sort());
  });
  for (const [file, expected] of Object.entries(instances)) {
    for (const [rule, figures] of Object.entries(expected.rules)) {
      it(`${rule} on ${file}`, () => {
        const election = fixtureElection(file);
        const outcome =
          rule === 'greedy_cost' ? greedy(election) : equalShares(election, { utility: 'cost' });
        expect([...outcome.selected].sort()).toEqual([...figures.selected].sort());
        const a = outcomeAnalyticsToJSON(outcomeAnalytics(election, outcome.selected));
        expect(a.voters).toBe(expected.voters);
        // Compare exact values: pabutools writes 0 as "0/1" and 1 as "1/1".
        const same = (ours: string, theirs: string) =>
          expect(`${Rational.parse(ours).toString()}`).toBe(Rational.parse(theirs).toString());
        same(a.nonEmptyHanded, figures.non_empty_handed);
        same(a.avgSatCost, figures.avg_sat_cost);
        same(a.avgSatCard, figures.avg_sat_card);
        same(a.giniCost, figures.gini_cost);
        same(a.giniCard, figures.gini_card);
      });
    }
  }
});

describe('outcomeAnalytics', () => {
  const election = build({
    budget: Rational.of(100),
    projects: [
      { id: 'a', cost: Rational.of(60) },
      { id: 'b', cost: Rational.of(40) },
      { id: 'c', cost: Rational.of(10) },
    ],
    ballots: [['a', 'c'], ['b'], [], ['a']],
  });

  it('computes each figure by hand on a small election', () => {
    const a = outcomeAnalytics(election, ['a', 'c']);
    // Satisfactions: cost 70, 0, 0, 60; cardinality 2, 0, 0, 1.
    expect(a.nonEmptyHanded.toString()).toBe('1/2');
    expect(a.avgSatCost.toString()).toBe('65/2');
    expect(a.avgSatCard.toString()).toBe('3/4');
    // Sorted 0, 0, 60, 70: (5 − 2·(2·60 + 1·70)/130)/4 = 27/52.
    expect(a.giniCost.toString()).toBe('27/52');
    // Sorted 0, 0, 1, 2: (5 − 2·(2 + 2)/3)/4 = 7/12.
    expect(a.giniCard.toString()).toBe('7/12');
  });

  it('gives zeros for an empty outcome and for an election without voters', () => {
    const none = outcomeAnalytics(election, []);
    expect(none.nonEmptyHanded.isZero() && none.giniCost.isZero()).toBe(true);
    const empty = build({
      budget: Rational.of(1),
      projects: [{ id: 'x', cost: Rational.ONE }],
      ballots: [],
    });
    expect(outcomeAnalyticsToJSON(outcomeAnalytics(empty, ['x']))).toMatchObject({
      voters: 0,
      nonEmptyHanded: '0',
      avgSatCost: '0',
      giniCard: '0',
    });
  });

  it('throws a typed error for a project not in the election', () => {
    expect(() => outcomeAnalytics(election, ['zz'])).toThrow(BudgetRuleInputError);
  });
});
