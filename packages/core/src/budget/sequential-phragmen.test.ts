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
  referencePhragmen,
} from '../../test/fixtures/pabulib/arbitrary-election.js';
import { compareProjectIds } from './compare-project-ids.js';
import { sequentialPhragmen } from './sequential-phragmen.js';

describe('sequential Phragmén on the Pabulib fixtures', () => {
  for (const [file, expected] of Object.entries(expectedInstances)) {
    it(`matches pabutools on ${file}`, () => {
      const outcome = sequentialPhragmen(fixtureElection(file));
      const reference = expected.outcomes.seqphragmen;
      // pabutools lists this rule's projects sorted by id; ours are in selection order.
      expect([...outcome.selected].sort(compareProjectIds)).toEqual(reference.order);
      expect(outcome.cost.toString()).toBe(String(reference.total_cost));
    });
  }
});

describe('sequential Phragmén on the abcvoting instances', () => {
  for (const abc of abcInstances) {
    it(`gives one of abcvoting's committees on ${abc.name}`, () => {
      const outcome = sequentialPhragmen(
        build({
          budget: Rational.of(abc.committeeSize),
          projects: Array.from({ length: abc.numCand }, (_, c) => ({
            id: String(c),
            cost: Rational.ONE,
          })),
          ballots: abc.profile.map((b) => b.map(String)),
        }),
      );
      const approved = new Set(abc.profile.flat());
      // abcvoting pads committees with candidates nobody approves; pabutools never picks those.
      const committees = abc.seqphragmen.map((c) =>
        c
          .filter((x) => approved.has(x))
          .map(String)
          .sort(compareProjectIds)
          .join(','),
      );
      expect(committees).toContain([...outcome.selected].sort(compareProjectIds).join(','));
    });
  }
});

describe('sequential Phragmén', () => {
  it('spreads loads and stops (does not skip) at the first project that no longer fits', () => {
    const outcome = sequentialPhragmen(
      build({
        budget: Rational.of(3),
        projects: [
          { id: 'x', cost: Rational.of(2) },
          { id: 'y', cost: Rational.of(19, 10) },
          { id: 'z', cost: Rational.of(1) },
        ],
        // Round 1: x and z tie at load 1 → x (v1 and v2 now carry 1 each).
        // Round 2: y at 19/10 beats z at (1 + 1)/1 = 2, but y does not fit: stop, although
        // z would still fit.
        ballots: [['x', 'z'], ['x'], ['y']],
      }),
    );
    expect(outcome.selected).toEqual(['x']);
    expect(outcome.cost.toString()).toBe('2');
  });

  it('stops when a project tied with the chosen one does not fit', () => {
    const outcome = sequentialPhragmen(
      build({
        budget: Rational.of(3),
        projects: [
          { id: 'x', cost: Rational.of(2) },
          { id: 'y', cost: Rational.of(1) },
          { id: 'z', cost: Rational.of(2) },
        ],
        // Round 2: y and z tie at load 1... y fits, z would not (2 + 2 > 3): stop before y.
        ballots: [['x'], ['x'], ['y'], ['z'], ['z']],
      }),
    );
    expect(outcome.selected).toEqual(['x']);
  });

  it('drops projects that cost more than the budget and never picks unapproved ones', () => {
    const outcome = sequentialPhragmen(
      build({
        budget: Rational.of(5),
        projects: [
          { id: 'big', cost: Rational.of(6) },
          { id: 'small', cost: Rational.of(5) },
          { id: 'nobody', cost: Rational.ZERO },
        ],
        ballots: [['big'], ['big'], ['small']],
      }),
    );
    expect(outcome.selected).toEqual(['small']);
  });

  it('agrees with a per-voter reference implementation, in selection order', () => {
    fc.assert(
      fc.property(rawElectionArb, (raw) => {
        const outcome = sequentialPhragmen(build(raw));
        expect(outcome.selected).toEqual(referencePhragmen(raw));
        expect(outcome.cost.compare(raw.budget)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
