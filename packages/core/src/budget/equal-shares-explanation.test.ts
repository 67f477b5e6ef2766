import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectedInstances, fixtureElection } from '../../test/fixtures/pabulib/fixtures.js';
import { build, rawElectionArb } from '../../test/fixtures/pabulib/arbitrary-election.js';
import { Rational } from '../math/rational.js';
import type { ApprovalElection } from './approval-election.js';
import { equalShares, type EqualSharesOptions } from './equal-shares.js';
import { explainEqualShares, type EqualSharesExplanation } from './equal-shares-explanation.js';

const sum = (xs: Rational[]) => xs.reduce((a, b) => a.add(b), Rational.ZERO);

/** Everything an explanation promises, checked against the election and the outcome. */
function checkConsistent(
  election: ApprovalElection,
  options: EqualSharesOptions,
  x: EqualSharesExplanation,
) {
  const outcome = equalShares(election, options);
  expect([...x.rounds.map((r) => r.project), ...x.completionProjects]).toEqual(outcome.selected);
  expect(x.perVoterBudget.equals(outcome.perVoterBudget ?? Rational.ZERO)).toBe(true);
  let spent = Rational.ZERO;
  for (const r of x.rounds) {
    // The supporters pay exactly the cost; nobody pays more than the full share.
    const paid = sum(r.payments.map((p) => p.amount.mul(Rational.of(p.voters))));
    expect(paid.equals(r.cost)).toBe(true);
    expect(r.payments.reduce((n, p) => n + p.voters, 0)).toBe(r.supporters);
    for (const p of r.payments) expect(p.amount.greaterThan(r.fullShare)).toBe(false);
    spent = spent.add(r.cost);
    expect(r.spent.equals(spent)).toBe(true);
  }
  // Each ballot's spending adds up; everyone together spent what the rounds cost.
  let byVoters = Rational.ZERO;
  for (const s of x.voterShares) {
    expect(s.spent.add(s.left).equals(x.perVoterBudget)).toBe(true);
    expect(s.left.sign()).toBeGreaterThanOrEqual(0);
    expect(sum(s.paid.map((p) => p.amount)).equals(s.spent)).toBe(true);
    byVoters = byVoters.add(s.spent.mul(Rational.of(s.voters)));
  }
  expect(byVoters.equals(spent)).toBe(true);
  expect(x.unusedBudget.equals(x.budget.sub(spent))).toBe(true);
  // Every project is either bought in a round or explained.
  expect(x.rounds.length + x.unfunded.length).toBe(election.projectIds.length);
  for (const u of x.unfunded) {
    if (u.reason !== 'supporters-cannot-pay') continue;
    // When the rule stopped no unfunded project was affordable.
    expect(u.supportersMoney.lessThan(u.cost)).toBe(true);
    expect(u.shortfall.equals(u.cost.sub(u.supportersMoney))).toBe(true);
    if (x.perVoterBudget.isZero()) {
      expect(u.moreSupportersNeeded).toBeNull();
      continue;
    }
    const k = u.moreSupportersNeeded!;
    expect(Rational.of(k).mul(x.perVoterBudget).compare(u.shortfall)).toBeGreaterThanOrEqual(0);
    expect(
      Rational.of(k - 1)
        .mul(x.perVoterBudget)
        .lessThan(u.shortfall),
    ).toBe(true);
    if (u.lostTo) expect(u.lostTo.ownPrice.compare(u.lostTo.winnerPrice)).toBeGreaterThanOrEqual(0);
    expect(u.fitsUnusedBudget).toBe(u.cost.compare(x.unusedBudget) <= 0);
  }
}

describe('explainEqualShares', () => {
  // 5 voters, 20 each. Round 1: a costs its 3 voters 20 each (ρ = 20/60 = 1/3); c would cost
  // its 2 voters 6 each (ρ = 1/2), d its one voter 20 (ρ = 1); b's 2 voters hold 40 of 50.
  // Round 2: the a–c–d voter has nothing left, so the b–c voter pays all of c; d is out of reach.
  const election = build({
    budget: Rational.of(100),
    projects: [
      { id: 'a', cost: Rational.of(60) },
      { id: 'b', cost: Rational.of(50) },
      { id: 'c', cost: Rational.of(12) },
      { id: 'd', cost: Rational.of(20) },
      { id: 'nobody', cost: Rational.of(5) },
    ],
    ballots: [['a'], ['a', 'c', 'd'], ['a'], ['b'], ['b', 'c']],
  });

  it('records rounds, payments, effective votes and every unfunded project', () => {
    const x = explainEqualShares(election);
    expect(x.rounds.map((r) => r.project)).toEqual(['a', 'c']);
    const [a, c] = x.rounds;
    expect(a!.price.toString()).toBe('1/3');
    expect(a!.payments).toEqual([{ amount: Rational.of(20), voters: 3 }]);
    expect(a!.effectiveVotes.toString()).toBe('3');
    // Only one of c's two supporters could pay: its effective vote count is 1.
    expect(c!.fullShare.toString()).toBe('12');
    expect(c!.payments).toEqual([
      { amount: Rational.of(12), voters: 1 },
      { amount: Rational.ZERO, voters: 1 },
    ]);
    expect(c!.effectiveVotes.toString()).toBe('1');
    const b = x.unfunded.find((u) => u.project === 'b')!;
    // b's voters hold 20 + 8 at the end: 22 short, two more full shares of 20 needed.
    expect(b).toMatchObject({
      reason: 'supporters-cannot-pay',
      supporters: 2,
      moreSupportersNeeded: 2,
      lostTo: null,
    });
    expect(b.supportersMoney.toString()).toBe('28');
    expect(b.shortfall.toString()).toBe('22');
    const d = x.unfunded.find((u) => u.project === 'd')!;
    expect(d.lostTo).toMatchObject({ round: 1, project: 'a' });
    expect(d.lostTo!.ownPrice.toString()).toBe('1');
    expect(d.lostTo!.winnerPrice.toString()).toBe('1/3');
    expect(d.supportersMoney.toString()).toBe('0');
    expect(x.unusedBudget.toString()).toBe('28');
    expect(b.fitsUnusedBudget).toBe(false);
    expect(x.unfunded.find((u) => u.project === 'nobody')).toMatchObject({
      reason: 'no-supporters',
      lostTo: null,
      fitsUnusedBudget: true,
    });
    const bc = x.voterShares.find((s) => s.approved.join() === 'b,c')!;
    expect(bc.paid).toEqual([{ project: 'c', round: 2, amount: Rational.of(12) }]);
    expect(bc.left.toString()).toBe('8');
    checkConsistent(election, {}, x);
  });

  it('lists what the greedy completion bought afterwards', () => {
    const x = explainEqualShares(election, { completion: 'greedy' });
    // 28 left: b (50) does not fit, d (20) does, then the unapproved 5 with the last 8.
    expect(x.completionProjects).toEqual(['d', 'nobody']);
    expect(x.unfunded.find((u) => u.project === 'nobody')!.boughtByCompletion).toBe(true);
    expect(x.unfunded.find((u) => u.project === 'b')!.boughtByCompletion).toBe(false);
    checkConsistent(election, { completion: 'greedy' }, x);
  });

  it('is consistent with equalShares on random elections, for every utility and completion', () => {
    fc.assert(
      fc.property(
        rawElectionArb,
        fc.constantFrom('cost', 'cardinality'),
        fc.constantFrom('none', 'greedy', 'add1'),
        (raw, utility, completion) => {
          const e = build(raw);
          const options = { utility, completion } as const;
          checkConsistent(e, options, explainEqualShares(e, options));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('explainEqualShares on the Pabulib fixtures', () => {
  for (const file of Object.keys(expectedInstances)) {
    it(`buys exactly the outcome, in order, on ${file}`, () => {
      const election = fixtureElection(file);
      for (const options of [
        { utility: 'cost', completion: 'none' },
        { utility: 'cardinality', completion: 'none' },
        { utility: 'cost', completion: 'greedy' },
      ] as const) {
        const x = explainEqualShares(election, options);
        checkConsistent(election, options, x);
      }
      // And the order pabutools recorded.
      const x = explainEqualShares(election);
      expect(x.rounds.map((r) => r.project)).toEqual(
        expectedInstances[file]!.outcomes.mes_cost.order,
      );
    });
  }
});
