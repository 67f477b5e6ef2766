import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rational } from '../math/rational.js';
import {
  abcInstances,
  expectedInstances,
  fixtureElection,
} from '../../test/fixtures/pabulib/fixtures.js';
import {
  build,
  rawElectionArb,
  referenceEqualShares,
  type RawElection,
} from '../../test/fixtures/pabulib/arbitrary-election.js';
import type { ApprovalElection } from './approval-election.js';
import { equalShares, equalSharesIndices } from './equal-shares.js';
import { greedy } from './greedy.js';

describe('Equal Shares on the Pabulib fixtures', () => {
  const rules = {
    mes_cost: { utility: 'cost', completion: 'none' },
    mes_card: { utility: 'cardinality', completion: 'none' },
    mes_cost_greedy: { utility: 'cost', completion: 'greedy' },
  } as const;
  for (const [file, expected] of Object.entries(expectedInstances)) {
    for (const [rule, options] of Object.entries(rules)) {
      it(`${rule} matches pabutools on ${file}`, () => {
        const outcome = equalShares(fixtureElection(file), options);
        const reference = expected.outcomes[rule as keyof typeof rules];
        expect(outcome.selected).toEqual(reference.order);
        expect(outcome.cost.toString()).toBe(String(reference.total_cost));
        expect(outcome.perVoterBudget!.toString()).toBe(
          Rational.parse(String(expected.parsed.budget))
            .div(Rational.of(expected.parsed.num_votes))
            .toString(),
        );
      });
    }
  }
});

describe('Equal Shares on the abcvoting instances', () => {
  for (const abc of abcInstances) {
    it(`matches pabutools' MES outcome on ${abc.name}`, () => {
      const outcome = equalShares(
        build({
          budget: Rational.of(abc.committeeSize),
          projects: Array.from({ length: abc.numCand }, (_, c) => ({
            id: String(c),
            cost: Rational.ONE,
          })),
          ballots: abc.profile.map((b) => b.map(String)),
        }),
      );
      expect(outcome.selected.map(Number).sort()).toEqual([...abc.mesOnly].sort());
      // abcvoting completes MES by Phragmén; MES alone is part of one of its committees.
      expect(
        abc.equalShares.some((committee) =>
          outcome.selected.every((id) => committee.includes(+id)),
        ),
      ).toBe(true);
    });
  }
});

describe('Equal Shares', () => {
  // 6 voters, 10 each. a: 4 voters can pay 60 → 15 each (ρ = 1/4 per unit of cost).
  // b: 2 voters hold 20, too little for 30. c: costs 12 for the 2 b-voters → 6 each (ρ = 1/2).
  const raw = {
    budget: Rational.of(60),
    projects: [
      { id: 'a', cost: Rational.of(40) },
      { id: 'b', cost: Rational.of(30) },
      { id: 'c', cost: Rational.of(12) },
      { id: 'unloved', cost: Rational.of(1) },
    ],
    ballots: [['a'], ['a'], ['a'], ['a'], ['b', 'c'], ['b', 'c']],
  };

  it('buys projects by their price per unit of utility, paid equally', () => {
    const outcome = equalShares(build(raw));
    expect(outcome.selected).toEqual(['a', 'c']);
    expect(outcome.cost.toString()).toBe('52');
    expect(outcome.perVoterBudget!.toString()).toBe('10');
  });

  it('lets poorer approvers pay what they have and the others cover the rest', () => {
    // 12 each. x costs 12 → 6 from each of v1, v2 (ρ = 6); y would need 19/3 each: x first.
    // Then v1 and v2 hold 6, v3 holds 12: y (19) → v1 and v2 pay their 6, v3 pays 7.
    const outcome = equalShares(
      build({
        budget: Rational.of(36),
        projects: [
          { id: 'x', cost: Rational.of(12) },
          { id: 'y', cost: Rational.of(19) },
        ],
        ballots: [['x', 'y'], ['x', 'y'], ['y']],
      }),
      { utility: 'cardinality' },
    );
    expect(outcome.selected).toEqual(['x', 'y']);
  });

  it('breaks equal prices by id in code-point order', () => {
    const tie = build({
      budget: Rational.of(10),
      projects: [
        { id: '9', cost: Rational.of(5) },
        { id: '10', cost: Rational.of(5) },
      ],
      ballots: [['9'], ['10']],
    });
    expect(equalShares(tie).selected).toEqual(['10', '9']);
  });

  it('with cardinality utility selects approved free projects first; with cost never', () => {
    const free = build({
      budget: Rational.of(10),
      projects: [
        { id: 'p', cost: Rational.of(10) },
        { id: 'free', cost: Rational.ZERO },
        { id: 'ignored', cost: Rational.ZERO },
      ],
      ballots: [['p', 'free'], ['p']],
    });
    expect(equalShares(free, { utility: 'cardinality' }).selected).toEqual(['free', 'p']);
    expect(equalShares(free).selected).toEqual(['p']);
  });

  it('completes with greedy by approval count from the MES outcome', () => {
    const outcome = equalShares(build(raw), { completion: 'greedy' });
    expect(outcome.selected).toEqual(['a', 'c', 'unloved']);
    expect(greedy(build(raw), { initial: ['a', 'c'] }).selected).toEqual(outcome.selected);
  });

  it('agrees with a per-voter reference implementation, in selection order', () => {
    fc.assert(
      fc.property(rawElectionArb, fc.constantFrom('cost', 'cardinality'), (r, utility) => {
        expect(equalShares(build(r), { utility }).selected).toEqual(
          referenceEqualShares(r, utility),
        );
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it('agrees with the reference at any per-voter budget, exact ties included', () => {
    // add1 runs the pass at budgets other than budget/n. Per-voter budgets that are a cost
    // divided by a small count make a voter's money exactly equal to a share, and equal costs
    // make exactly equal ρ: both must come out as the definition says (a guard for any faster
    // pass, e.g. one that prices in floating point and falls back to exact arithmetic).
    const perVoterArb = (r: RawElection) =>
      fc.oneof(
        fc
          .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 7 }))
          .map(([n, d]) => Rational.of(n, d)),
        fc
          .tuple(fc.constantFrom(...r.projects.map((p) => p.cost)), fc.integer({ min: 1, max: 6 }))
          .map(([cost, k]) => cost.div(Rational.of(k))),
      );
    fc.assert(
      fc.property(
        rawElectionArb
          .filter((r) => r.ballots.length > 0)
          .chain((r) => fc.tuple(fc.constant(r), perVoterArb(r))),
        fc.constantFrom('cost', 'cardinality'),
        ([r, perVoter], utility) => {
          const e = build(r);
          expect(equalSharesIndices(e, utility, perVoter).map((p) => e.projectIds[p])).toEqual(
            referenceEqualShares(r, utility, perVoter),
          );
        },
      ),
      { numRuns: 600 },
    );
  }, 120_000);

  it('never exceeds the budget and ignores the order of voters and projects', () => {
    fc.assert(
      fc.property(
        rawElectionArb,
        fc.constantFrom('cost', 'cardinality'),
        fc.constantFrom('none', 'greedy', 'add1'),
        (r, utility, completion) => {
          const outcome = equalShares(build(r), { utility, completion });
          expect(outcome.cost.compare(r.budget)).toBeLessThanOrEqual(0);
          const permuted = {
            ...r,
            projects: [...r.projects].reverse(),
            ballots: [...r.ballots].reverse(),
          };
          expect(equalShares(build(permuted), { utility, completion })).toEqual(outcome);
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);
});

describe('Equal Shares with the add1 completion', () => {
  // add1's invariants (there is no reference outcome): it is MES at the per-voter budget it
  // reports; that budget is budget/n plus a whole number of steps; the outcome fits; and
  // either it is exhaustive or one more step would cost more than the budget.
  function checkAdd1(e: ApprovalElection, utility: 'cost' | 'cardinality', step = Rational.ONE) {
    const outcome = equalShares(e, { utility, completion: 'add1', add1Step: step });
    const start = e.budget.div(Rational.of(e.voterCount));
    const b = outcome.perVoterBudget!;
    const steps = b.sub(start).div(step);
    expect(steps.denominator).toBe(1n);
    expect(steps.sign()).toBeGreaterThanOrEqual(0);
    const indices = equalSharesIndices(e, utility, b);
    expect(outcome.selected).toEqual(indices.map((p) => e.projectIds[p]));
    expect(outcome.cost.compare(e.budget)).toBeLessThanOrEqual(0);
    const left = e.budget.sub(outcome.cost);
    const exhaustive = e.projectIds.every(
      (id, p) =>
        outcome.selected.includes(id) ||
        e.approvals[p] === 0 ||
        (utility === 'cost' && e.costs[p]!.isZero()) ||
        e.costs[p]!.greaterThan(left),
    );
    if (!exhaustive) {
      const next = equalSharesIndices(e, utility, b.add(step));
      const cost = next.reduce((acc, p) => acc.add(e.costs[p]!), Rational.ZERO);
      expect(cost.greaterThan(e.budget)).toBe(true);
    }
    return { outcome, steps: Number(steps.numerator) };
  }

  it('raises the per-voter budget while the outcome still fits', () => {
    // 10 each: a (30 from 4 voters) only; c (20) needs v6 alone to hold 20, b (25) v5 to
    // hold 25. At 20 each (10 steps) c is bought too: 50 spent, b no longer fits: exhaustive.
    const { outcome, steps } = checkAdd1(build(raw()), 'cost');
    expect(equalShares(build(raw())).selected).toEqual(['a']);
    expect(steps).toBe(10);
    expect(outcome.selected).toEqual(['a', 'c']);
    expect(outcome.perVoterBudget!.toString()).toBe('20');
    expect(outcome.cost.toString()).toBe('50');
  });

  it('keeps its invariants on random elections', () => {
    fc.assert(
      fc.property(
        rawElectionArb.filter((r) => r.ballots.length > 0),
        fc.constantFrom('cost', 'cardinality'),
        fc.constantFrom(Rational.ONE, Rational.of(1, 2), Rational.of(3)),
        (r, utility, step) => {
          checkAdd1(build(r), utility, step);
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);

  it('keeps its invariants on every Pabulib fixture and never spends less than MES', () => {
    // A step of 10 (currency units per voter) keeps the run short; the invariants hold for any.
    for (const file of Object.keys(expectedInstances)) {
      const e = fixtureElection(file);
      const { outcome } = checkAdd1(e, 'cost', Rational.of(10));
      expect(outcome.cost.compare(equalShares(e).cost), file).toBeGreaterThanOrEqual(0);
    }
  }, 120_000);

  it('refuses a step that is not positive', () => {
    expect(() =>
      equalShares(build(raw()), { completion: 'add1', add1Step: Rational.ZERO }),
    ).toThrow(RangeError);
  });

  function raw() {
    return {
      budget: Rational.of(60),
      projects: [
        { id: 'a', cost: Rational.of(30) },
        { id: 'b', cost: Rational.of(25) },
        { id: 'c', cost: Rational.of(20) },
      ],
      ballots: [['a'], ['a'], ['a'], ['a'], ['b'], ['c']],
    };
  }
});
