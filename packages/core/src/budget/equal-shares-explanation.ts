import { Rational } from '../math/rational.js';
import type { ApprovalElection } from './approval-election.js';
import { assertApprovalElection } from './budget-rule-input-error.js';
import {
  equalShares,
  type EqualSharesCompletion,
  type EqualSharesOptions,
  type EqualSharesUtility,
} from './equal-shares.js';
import { greedyIndices } from './greedy.js';

/** `voters` supporters each paid `amount` for a project. */
export interface EqualSharesPayment {
  amount: Rational;
  voters: number;
}

/** One round of Equal Shares: the project bought and how its supporters paid. */
export interface EqualSharesRound {
  /** 1-based. Approved free projects (cardinality utility) are bought first, at price 0. */
  round: number;
  project: string;
  cost: Rational;
  /** ρ, the price per unit of utility the round was won with (the smallest of the round). */
  price: Rational;
  /** What a supporter who could afford it paid: ρ·u (ρ·cost with cost utility, ρ with cardinality). */
  fullShare: Rational;
  /** How many voters approve the project. */
  supporters: number;
  /** The payments, grouped by amount, largest first (poorer supporters paid all they had). */
  payments: EqualSharesPayment[];
  /**
   * The effective vote count: `cost / fullShare`, the number of supporters it would take if
   * each paid the full share (supporters who paid less count for a fraction). The supporter
   * count for a free project.
   */
  effectiveVotes: Rational;
  /** Money spent by the voters after this round, all rounds so far. */
  spent: Rational;
}

/** Why a project was not bought. */
export type EqualSharesUnfundedReason =
  /** Nobody approves it. */
  | 'no-supporters'
  /** With cost utility a project costing 0 brings no utility and is never bought. */
  | 'no-utility'
  /** Its supporters together hold less than its cost (they spent on other projects, or never had it). */
  | 'supporters-cannot-pay';

/** A project Equal Shares did not buy, and why. */
export interface EqualSharesUnfunded {
  project: string;
  cost: Rational;
  reason: EqualSharesUnfundedReason;
  /** How many voters approve it. */
  supporters: number;
  /** What its supporters had at the start (their equal shares together). */
  supportersStartMoney: Rational;
  /** What its supporters still held when the rule stopped. */
  supportersMoney: Rational;
  /** `cost − supportersMoney` (0 when nothing was missing). */
  shortfall: Rational;
  /**
   * How many more supporters, each with a full starting share (`perVoterBudget`), it would have
   * needed to be affordable when the rule stopped: `⌈shortfall / perVoterBudget⌉`; null when
   * the per-voter budget is 0.
   */
  moreSupportersNeeded: number | null;
  /**
   * The last round in which its supporters could still pay for it, its price ρ then and the
   * project that won that round with a lower (or equal, smaller id) price; null when it was
   * never affordable.
   */
  lostTo: { round: number; project: string; winnerPrice: Rational; ownPrice: Rational } | null;
  /** Whether it costs no more than the budget Equal Shares left unspent. */
  fitsUnusedBudget: boolean;
  /** Bought afterwards by the greedy completion (from the unspent budget, not from shares). */
  boughtByCompletion: boolean;
}

/** What the voters with one approval set (one ballot) paid with their shares. */
export interface EqualSharesVoterShare {
  /** The approved project ids, in election order. */
  approved: string[];
  /** How many voters cast exactly this ballot. */
  voters: number;
  /** What each of them paid, per project, in round order. */
  paid: { project: string; round: number; amount: Rational }[];
  /** What each of them spent in all. */
  spent: Rational;
  /** What each of them had left. */
  left: Rational;
}

/**
 * Equal Shares explained as data: the rounds with prices and payments, every unfunded project
 * with the reason, and every ballot's spending. Exact. The purchases (then the greedy
 * completion's projects) are the outcome's `selected`, in order.
 */
export interface EqualSharesExplanation {
  utility: EqualSharesUtility;
  completion: EqualSharesCompletion;
  budget: Rational;
  voters: number;
  /** The share each voter started with (budget / voters, or more after `add1`). */
  perVoterBudget: Rational;
  rounds: EqualSharesRound[];
  /** Projects the greedy completion bought afterwards, in order. */
  completionProjects: string[];
  /** Every project not bought in a round, in election order. */
  unfunded: EqualSharesUnfunded[];
  /** `budget −` the cost of the projects bought in rounds. */
  unusedBudget: Rational;
  /** One entry per distinct ballot. */
  voterShares: EqualSharesVoterShare[];
}

/**
 * Runs the Method of Equal Shares on an approval election and records why it chose what it
 * chose (see {@link EqualSharesExplanation}). Same options and same outcome as
 * {@link equalShares}: with `add1` the rounds are those of the final per-voter budget.
 *
 * @example
 * const result = approvalElection({
 *   budget: 100,
 *   projects: [{ id: 'a', cost: 60 }, { id: 'b', cost: 50 }],
 *   ballots: [['a'], ['a'], ['a'], ['b'], ['b']],
 * });
 * if (result.ok) {
 *   const x = explainEqualShares(result.value);
 *   x.rounds[0]!.project; // 'a': its 3 voters pay their 20 each
 *   x.unfunded[0]!.shortfall.toString(); // '10': b's 2 voters hold 40 of its 50
 *   x.unfunded[0]!.moreSupportersNeeded; // 1
 * }
 */
export function explainEqualShares(
  election: ApprovalElection,
  options: EqualSharesOptions = {},
): EqualSharesExplanation {
  assertApprovalElection(election, 'explainEqualShares');
  const utility = options.utility ?? 'cost';
  const completion = options.completion ?? 'none';
  // equalShares checks the options and gives the per-voter budget of the outcome (add1).
  const outcome = equalShares(election, options);
  const { projectIds, costs, approvals, approvers, ballots, ballotWeights, idRank, budget } =
    election;
  const perVoter = outcome.perVoterBudget ?? Rational.ZERO;
  const u = (p: number) => (utility === 'cost' ? costs[p]! : Rational.ONE);

  // Voters with the same money form a class; each ballot group points at its class.
  const classMoney: Rational[] = [perVoter];
  const groupClass = new Int32Array(ballots.length);
  const paid: { project: string; round: number; amount: Rational }[][] = ballots.map(() => []);
  const rounds: EqualSharesRound[] = [];
  const taken = new Uint8Array(projectIds.length);
  let spent = Rational.ZERO;
  const lostTo = new Map<number, { round: number; ownPrice: Rational }>();

  // Classes with the same money are merged after each purchase, so their number stays small
  // (the distinct amounts left), whatever the number of ballots.
  const mergeEqualClasses = () => {
    const canonical = new Map<string, number>();
    const remap = new Int32Array(classMoney.length).fill(-1);
    const merged: Rational[] = [];
    for (let g = 0; g < groupClass.length; g++) {
      const c = groupClass[g]!;
      if (remap[c] === -1) {
        const key = classMoney[c]!.toString();
        let next = canonical.get(key);
        if (next === undefined) {
          next = merged.length;
          merged.push(classMoney[c]!);
          canonical.set(key, next);
        }
        remap[c] = next;
      }
      groupClass[g] = remap[c]!;
    }
    classMoney.length = 0;
    classMoney.push(...merged);
  };

  const pay = (p: number, fullShare: Rational, price: Rational) => {
    const byAmount = new Map<string, EqualSharesPayment>();
    // Per class: the class it moves to, what each of its voters pays and that amount's entry.
    const moved = new Map<number, { next: number; amount: Rational; entry: EqualSharesPayment }>();
    const round = rounds.length + 1;
    const project = projectIds[p]!;
    for (const g of approvers[p]!) {
      const c = groupClass[g]!;
      let move = moved.get(c);
      if (move === undefined) {
        const money = classMoney[c]!;
        const amount = money.lessThan(fullShare) ? money : fullShare;
        const key = amount.toString();
        let entry = byAmount.get(key);
        if (entry === undefined) {
          entry = { amount, voters: 0 };
          byAmount.set(key, entry);
        }
        move = { next: classMoney.length, amount, entry };
        classMoney.push(money.sub(amount));
        moved.set(c, move);
      }
      groupClass[g] = move.next;
      move.entry.voters += ballotWeights[g]!;
      paid[g]!.push({ project, round, amount: move.amount });
    }
    mergeEqualClasses();
    spent = spent.add(costs[p]!);
    taken[p] = 1;
    rounds.push({
      round: rounds.length + 1,
      project: projectIds[p]!,
      cost: costs[p]!,
      price,
      fullShare,
      supporters: approvals[p]!,
      payments: [...byAmount.values()].sort((a, b) => b.amount.compare(a.amount)),
      effectiveVotes: fullShare.isZero() ? Rational.of(approvals[p]!) : costs[p]!.div(fullShare),
      spent,
    });
  };

  const candidates: number[] = [];
  const free: number[] = [];
  for (let p = 0; p < projectIds.length; p++) {
    if (approvals[p] === 0 || (utility === 'cost' && costs[p]!.isZero())) continue;
    (costs[p]!.isZero() ? free : candidates).push(p);
  }
  if (election.voterCount > 0) {
    free.sort((a, b) => idRank[a]! - idRank[b]!);
    for (const p of free) pay(p, Rational.ZERO, Rational.ZERO);
  }
  let live = election.voterCount > 0 ? candidates : [];
  for (;;) {
    let best = -1;
    let bestPrice: Rational | null = null;
    let bestShare = Rational.ZERO;
    const prices = new Map<number, Rational>();
    for (const p of live) {
      const share = equalShareOf(approvers[p]!, ballotWeights, groupClass, classMoney, costs[p]!);
      if (share === null) continue;
      const price = share.div(u(p));
      prices.set(p, price);
      const order = bestPrice === null ? -1 : price.compare(bestPrice);
      if (order < 0 || (order === 0 && idRank[p]! < idRank[best]!)) {
        best = p;
        bestPrice = price;
        bestShare = share;
      }
    }
    if (best < 0 || bestPrice === null) break;
    for (const [p, price] of prices) {
      if (p !== best) lostTo.set(p, { round: rounds.length + 1, ownPrice: price });
    }
    pay(best, bestShare, bestPrice);
    live = live.filter((p) => prices.has(p) && p !== best);
  }

  let bought = Rational.ZERO;
  for (const round of rounds) bought = bought.add(round.cost);
  const unusedBudget = budget.sub(bought);
  const inRounds = rounds.map((r) => projectIds.indexOf(r.project));
  const completionProjects =
    completion === 'greedy'
      ? greedyIndices(election, inRounds)
          .slice(inRounds.length)
          .map((p) => projectIds[p]!)
      : [];
  const byCompletion = new Set(completionProjects);

  const unfunded: EqualSharesUnfunded[] = [];
  for (let p = 0; p < projectIds.length; p++) {
    if (taken[p]) continue;
    const perClass = new Map<number, number>();
    for (const g of approvers[p]!) {
      const c = groupClass[g]!;
      perClass.set(c, (perClass.get(c) ?? 0) + ballotWeights[g]!);
    }
    let money = Rational.ZERO;
    for (const [c, voters] of perClass) money = money.add(classMoney[c]!.mul(Rational.of(voters)));
    const cost = costs[p]!;
    const shortfall = money.lessThan(cost) ? cost.sub(money) : Rational.ZERO;
    const lost = lostTo.get(p);
    unfunded.push({
      project: projectIds[p]!,
      cost,
      reason:
        approvals[p] === 0
          ? 'no-supporters'
          : utility === 'cost' && cost.isZero()
            ? 'no-utility'
            : 'supporters-cannot-pay',
      supporters: approvals[p]!,
      supportersStartMoney: perVoter.mul(Rational.of(approvals[p]!)),
      supportersMoney: money,
      shortfall,
      moreSupportersNeeded: perVoter.isZero() ? null : ceil(shortfall.div(perVoter)),
      lostTo: lost
        ? {
            round: lost.round,
            project: rounds[lost.round - 1]!.project,
            winnerPrice: rounds[lost.round - 1]!.price,
            ownPrice: lost.ownPrice,
          }
        : null,
      fitsUnusedBudget: cost.compare(unusedBudget) <= 0,
      boughtByCompletion: byCompletion.has(projectIds[p]!),
    });
  }

  const spentOf = classMoney.map((left) => perVoter.sub(left));
  const voterShares = ballots.map((ballot, g) => ({
    approved: Array.from(ballot, (p) => projectIds[p]!),
    voters: ballotWeights[g]!,
    paid: paid[g]!,
    spent: spentOf[groupClass[g]!]!,
    left: classMoney[groupClass[g]!]!,
  }));

  return {
    utility,
    completion,
    budget,
    voters: election.voterCount,
    perVoterBudget: perVoter,
    rounds,
    completionProjects,
    unfunded,
    unusedBudget,
    voterShares,
  };
}

/**
 * The smallest amount `s` with `Σ min(money, s) = cost` over the approvers of a project, or
 * null when they hold less than its cost together.
 */
function equalShareOf(
  groups: Int32Array,
  weights: Int32Array,
  groupClass: Int32Array,
  classMoney: readonly Rational[],
  cost: Rational,
): Rational | null {
  const counts = new Map<number, number>();
  for (const g of groups) {
    const c = groupClass[g]!;
    counts.set(c, (counts.get(c) ?? 0) + weights[g]!);
  }
  const classes = [...counts.keys()].sort((a, b) => classMoney[a]!.compare(classMoney[b]!));
  let need = cost;
  let remaining = 0;
  for (const c of classes) remaining += counts.get(c)!;
  for (const c of classes) {
    const money = classMoney[c]!;
    const count = counts.get(c)!;
    if (need.compare(money.mul(Rational.of(remaining))) <= 0) {
      return need.div(Rational.of(remaining));
    }
    need = need.sub(money.mul(Rational.of(count)));
    remaining -= count;
  }
  return null;
}

function ceil(x: Rational): number {
  return Number((x.numerator + x.denominator - 1n) / x.denominator);
}
