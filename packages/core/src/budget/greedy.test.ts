import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rational } from '../math/rational.js';
import { expectedInstances, fixtureElection } from '../../test/fixtures/pabulib/fixtures.js';
import { build, rawElectionArb } from '../../test/fixtures/pabulib/arbitrary-election.js';
import { greedy } from './greedy.js';

describe('greedy on the Pabulib fixtures', () => {
  for (const [file, expected] of Object.entries(expectedInstances)) {
    it(`matches pabutools on ${file}`, () => {
      const outcome = greedy(fixtureElection(file));
      const reference = expected.outcomes.greedy_cost;
      expect(outcome.selected).toEqual(reference.order);
      expect(outcome.cost.toString()).toBe(String(reference.total_cost));
      expect(outcome.budget.toString()).toBe(String(expected.parsed.budget));
    });
  }
});

describe('greedy', () => {
  const election = build({
    budget: Rational.of(100),
    projects: [
      { id: 'a', cost: Rational.of(60) },
      { id: 'b', cost: Rational.of(50) },
      { id: 'c', cost: Rational.of(40) },
      { id: 'd', cost: Rational.of(10) },
      { id: 'free', cost: Rational.ZERO },
    ],
    ballots: [['a', 'b'], ['a'], ['b', 'c'], ['b', 'free']],
  });

  it('takes projects by approvals, skips what does not fit, then scans unapproved ones', () => {
    // b (3) fits, a (2) does not, c (1) fits, free (1) fits, d (0 approvals) still fits.
    const outcome = greedy(election);
    expect(outcome.selected).toEqual(['b', 'c', 'free', 'd']);
    expect(outcome.cost.toString()).toBe('100');
  });

  it('breaks equal approval counts by id in code-point order ("10" before "9")', () => {
    const tie = build({
      budget: Rational.of(5),
      projects: [
        { id: '9', cost: Rational.of(5) },
        { id: '10', cost: Rational.of(5) },
      ],
      ballots: [['9', '10']],
    });
    expect(greedy(tie).selected).toEqual(['10']);
  });

  it('completes an initial allocation with what is left of the budget', () => {
    expect(greedy(election, { initial: ['a'] }).selected).toEqual(['a', 'c', 'free']);
    expect(() => greedy(election, { initial: ['nope'] })).toThrow(RangeError);
  });

  it('never exceeds the budget and is exhaustive', () => {
    fc.assert(
      fc.property(rawElectionArb, (raw) => {
        const e = build(raw);
        const outcome = greedy(e);
        expect(outcome.cost.compare(e.budget)).toBeLessThanOrEqual(0);
        const left = e.budget.sub(outcome.cost);
        for (const p of raw.projects) {
          if (!outcome.selected.includes(p.id)) expect(p.cost.greaterThan(left)).toBe(true);
        }
      }),
    );
  }, 60_000);

  it('does not depend on the order of voters or projects', () => {
    fc.assert(
      fc.property(rawElectionArb, fc.nat(), (raw, seed) => {
        const shuffled = {
          ...raw,
          projects: rotate(raw.projects, seed),
          ballots: rotate(raw.ballots, seed).map((b) => [...b].reverse()),
        };
        expect(greedy(build(shuffled))).toEqual(greedy(build(raw)));
      }),
    );
  }, 60_000);
});

function rotate<T>(items: T[], by: number): T[] {
  if (items.length === 0) return items;
  const k = by % items.length;
  return [...items.slice(k), ...items.slice(0, k)].reverse();
}

describe('greedy with cardinality utility (approvals per unit of cost)', () => {
  it('ranks by approvals / cost, exactly, and skips what no longer fits', () => {
    // a: 4 approvals / 80 = 1/20; b: 3 / 30 = 1/10; c: 2 / 25 = 2/25; d: 1 / 40 = 1/40.
    const election = build({
      budget: Rational.of(100),
      projects: [
        { id: 'a', cost: Rational.of(80) },
        { id: 'b', cost: Rational.of(30) },
        { id: 'c', cost: Rational.of(25) },
        { id: 'd', cost: Rational.of(40) },
      ],
      ballots: [
        ['a', 'b', 'c'],
        ['a', 'b'],
        ['a', 'b', 'c'],
        ['a', 'd'],
      ],
    });
    expect(greedy(election).selected).toEqual(['a']);
    // b (1/10), c (2/25), then a (1/20) does not fit in 45, d (1/40) does.
    expect(greedy(election, { utility: 'cardinality' }).selected).toEqual(['b', 'c', 'd']);
    expect(greedy(election, { utility: 'cardinality' }).cost.toString()).toBe('95');
  });

  it('breaks equal ratios by id and puts approved free projects first, unapproved last', () => {
    const election = build({
      budget: Rational.of(11),
      projects: [
        { id: 'x2', cost: Rational.of(4) },
        { id: 'x1', cost: Rational.of(2) },
        { id: 'free', cost: Rational.ZERO },
        { id: 'nobody', cost: Rational.of(1) },
        { id: 'frac', cost: Rational.of(7, 2) },
      ],
      // x2: 2/4 = 1/2, x1: 1/2 (tie: x1 first), frac: 1/(7/2) = 2/7, free: ∞.
      ballots: [
        ['x2', 'free'],
        ['x2', 'x1', 'frac'],
      ],
    });
    expect(greedy(election, { utility: 'cardinality' }).selected).toEqual([
      'free',
      'x1',
      'x2',
      'frac',
      'nobody',
    ]);
  });

  it('equals greedy by approvals when every project costs the same (property)', () => {
    fc.assert(
      fc.property(rawElectionArb, (raw) => {
        const unit = build({
          ...raw,
          projects: raw.projects.map((p) => ({ ...p, cost: Rational.ONE })),
        });
        expect(greedy(unit, { utility: 'cardinality' }).selected).toEqual(greedy(unit).selected);
      }),
      { numRuns: 100 },
    );
  });

  it('is exhaustive and never exceeds the budget (property)', () => {
    fc.assert(
      fc.property(rawElectionArb, (raw) => {
        const election = build(raw);
        const outcome = greedy(election, { utility: 'cardinality' });
        expect(outcome.cost.compare(election.budget)).toBeLessThanOrEqual(0);
        const left = election.budget.sub(outcome.cost);
        election.projectIds.forEach((id, p) => {
          if (!outcome.selected.includes(id)) {
            expect(election.costs[p]!.compare(left)).toBe(1);
          }
        });
      }),
      { numRuns: 100 },
    );
  });
});
