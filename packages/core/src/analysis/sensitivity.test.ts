import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateFunds } from '../funding/allocate-funds.js';
import { Rational } from '../math/rational.js';
import type { ReviewMeeting } from '../meeting/review-meeting.js';
import { pilotBallots, pilotMeeting } from '../scoring/pilot-meeting.fixture.js';
import { orderProjects } from '../scoring/ranking-order.js';
import { weightSensitivity } from './sensitivity.js';
import { meetingWithBallotsArb } from '../scoring/tally-arbitraries.fixture.js';
import type { TallyResult } from '../scoring/tally-counts.js';
import { tally } from '../scoring/weighted-tally.js';

const meeting: ReviewMeeting = {
  ...pilotMeeting,
  recusal: 'none',
  voters: Array.from({ length: 3 }, (_, i) => ({ id: `v${i}` })),
  projects: pilotMeeting.projects.slice(0, 2),
};
// jinhuali: (3, 1, 1) → 1.8; yuhuayuan: (1, 3, 2) → 1.9
const t = (pb: boolean, f: boolean, s: boolean) => ({
  'public-benefit': pb,
  feasibility: f,
  sustainability: s,
});
const ballots = [
  {
    voter: 'v0',
    marks: { 'jinhuali-home': t(true, true, true), 'yuhuayuan-culture': t(true, true, true) },
  },
  {
    voter: 'v1',
    marks: { 'jinhuali-home': t(true, false, false), 'yuhuayuan-culture': t(false, true, true) },
  },
  {
    voter: 'v2',
    marks: { 'jinhuali-home': t(true, false, false), 'yuhuayuan-culture': t(false, true, false) },
  },
];

describe('weightSensitivity', () => {
  it('finds the exact relative change that lets the lower neighbour catch up', () => {
    const result = tally(meeting, ballots);
    expect(result.ranking.map((r) => r.exact.total)).toEqual(['19/10', '9/5']);
    const report = weightSensitivity(meeting, result);
    // d = (-2, 2, 1): margin 0.1, Σ w|d| = 0.8 + 0.6 + 0.3 = 1.7 → ε = 1/17
    expect(report.pairs).toEqual([
      {
        above: 'yuhuayuan-culture',
        below: 'jinhuali-home',
        rank: 1,
        margin: '1/10',
        threshold: '1/17',
        thresholdNumber: 1 / 17,
        weightsAtTie: { 'public-benefit': '36/85', feasibility: '24/85', sustainability: '24/85' },
      },
    ]);
    expect(report.ranking).toEqual({
      value: '1/17',
      number: 1 / 17,
      pair: ['yuhuayuan-culture', 'jinhuali-home'],
    });
    // at those weights the totals are equal
    const w = report.pairs[0]!.weightsAtTie!;
    const total = (s: number[]) =>
      s.reduce(
        (sum, x, c) => sum.add(Rational.of(x).mul(Rational.parse(Object.values(w)[c]!))),
        Rational.ZERO,
      );
    expect(total([3, 1, 1]).equals(total([1, 3, 2]))).toBe(true);
  });

  it('says when no positive weights can swap a pair', () => {
    const report = weightSensitivity(pilotMeeting, tally(pilotMeeting, pilotBallots));
    expect(report.pairs.map((p) => p.never)).toEqual(['dominated', 'dominated', 'dominated']);
    expect(report.ranking.value).toBeNull();
    const empty = tally(meeting, []);
    expect(weightSensitivity(meeting, empty).pairs[0]!.never).toBe('identical');
  });

  it('gives the funded set its own radius', () => {
    const result = tally(meeting, ballots);
    // fund fits one project: yuhuayuan (8,000) is funded, jinhuali (10,000) is not
    const funded = weightSensitivity(meeting, result, {
      fund: { amount: 1000000, currency: 'CNY' },
    });
    expect(funded.funded).toMatchObject({
      projects: ['yuhuayuan-culture'],
      value: '1/17',
      tight: true,
    });
    // a fund for both: nothing can change the funded set
    const both = weightSensitivity(meeting, result, { fund: { amount: 1800000, currency: 'CNY' } });
    expect(both.funded).toMatchObject({ value: null, tight: true });
  });
});

/** All corners of the box of relative radius ε around w. */
function corners(weights: readonly Rational[], epsilon: Rational): Rational[][] {
  let out: Rational[][] = [[]];
  for (const w of weights) {
    out = out.flatMap((prefix) => [
      [...prefix, w.mul(Rational.ONE.add(epsilon))],
      [...prefix, w.mul(Rational.ONE.sub(epsilon))],
    ]);
  }
  return out;
}

function scored(m: ReviewMeeting, result: TallyResult) {
  return result.ranking.map((row) => ({
    id: row.project,
    requested: m.projects.find((p) => p.id === row.project)!.requested.amount,
    scores: m.criteria.map((c) => Rational.parse(row.exact.criteria[c.id]!.score)),
  }));
}

/** Brute force: does some corner of the ε-box put a lower project strictly above a higher one? */
function someSwap(m: ReviewMeeting, result: TallyResult, epsilon: Rational): boolean {
  const rows = scored(m, result);
  return corners(
    m.criteria.map((c) => Rational.parse(c.weight)),
    epsilon,
  ).some((w) => {
    const totals = rows.map((r) =>
      r.scores.reduce((s, x, c) => s.add(x.mul(w[c]!)), Rational.ZERO),
    );
    return totals.some((hi, i) => totals.slice(i + 1).some((lo) => lo.greaterThan(hi)));
  });
}

describe('weightSensitivity against brute force', () => {
  it('the ranking radius is where some corner of the weight box first swaps two projects', () => {
    fc.assert(
      fc.property(meetingWithBallotsArb, ({ meeting: m, ballots: b }) => {
        const result = tally(m, b);
        const radius = weightSensitivity(m, result).ranking.value;
        const almostOne = Rational.of(999999, 1000000);
        if (radius === null) {
          expect(someSwap(m, result, almostOne)).toBe(false);
          return;
        }
        const r = Rational.parse(radius);
        const below = r.mul(Rational.of(999999, 1000000));
        const above = r.isZero() ? Rational.of(1, 1000000) : r.mul(Rational.of(1000001, 1000000));
        if (!r.isZero()) expect(someSwap(m, result, below)).toBe(false);
        if (above.lessThan(Rational.ONE)) expect(someSwap(m, result, above)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('no weights inside the funded radius change the funded set', () => {
    fc.assert(
      fc.property(
        meetingWithBallotsArb,
        fc.integer({ min: 100, max: 900 }),
        fc.array(
          fc.tuple(
            fc.double({ min: -1, max: 1, noNaN: true }),
            fc.double({ min: -1, max: 1, noNaN: true }),
            fc.double({ min: -1, max: 1, noNaN: true }),
          ),
          { maxLength: 5 },
        ),
        ({ meeting: m, ballots: b }, amount, interior) => {
          const result = tally(m, b);
          const fund = { amount, currency: 'CNY' };
          const report = weightSensitivity(m, result, { fund });
          const radius = report.funded!.value;
          const epsilon =
            radius === null
              ? Rational.of(999, 1000)
              : Rational.parse(radius).mul(Rational.of(999, 1000));
          const weights = m.criteria.map((c) => Rational.parse(c.weight));
          const points = [
            ...corners(weights, epsilon),
            ...interior.map((xs) =>
              weights.map((w, c) =>
                w.mul(Rational.ONE.add(epsilon.mul(Rational.parse(xs[c]!.toFixed(6))))),
              ),
            ),
          ];
          const rows = scored(m, result);
          for (const w of points) {
            const order = orderProjects(rows, w).map((r) => r.id);
            const allocation = allocateFunds(
              order.map((id) => ({
                project: id,
                requested: m.projects.find((p) => p.id === id)!.requested,
              })),
              fund,
            );
            if (!allocation.ok) throw new Error('unexpected');
            const set = allocation.allocation.grants
              .filter((g) => g.granted > 0)
              .map((g) => g.project)
              .sort();
            expect(set).toEqual([...report.funded!.projects].sort());
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
