import { Rational } from '../math/rational.js';
import type { ApprovalElection } from './approval-election.js';
import { budgetOutcomeOf, type BudgetOutcome } from './budget-outcome.js';
import { assertApprovalElection, BudgetRuleInputError } from './budget-rule-input-error.js';
import { greedyIndices } from './greedy.js';
import {
  classesInUse,
  classesOf,
  countByClass,
  moveGroups,
  moveGroupsOf,
} from './group-classes.js';

/**
 * How much a voter gains from a selected project they approve: its cost (`cost`, the usual
 * choice for PB, "cost satisfaction") or 1 (`cardinality`).
 */
export type EqualSharesUtility = 'cost' | 'cardinality';

/**
 * What happens when Equal Shares leaves money unspent: `none`; `greedy` (greedy by approval
 * count, starting from the Equal Shares outcome, with what is left of the budget); `add1`
 * (re-run Equal Shares with the per-voter budget raised by `add1Step` while the outcome
 * still fits the real budget, as Wrocław and other cities do).
 */
export type EqualSharesCompletion = 'none' | 'greedy' | 'add1';

/** Options of {@link equalShares}. */
export interface EqualSharesOptions {
  /** Default `cost`. */
  utility?: EqualSharesUtility;
  /** Default `none`. */
  completion?: EqualSharesCompletion;
  /** The per-voter increment of the `add1` completion. Default 1 (one unit of the budget's currency). */
  add1Step?: Rational;
}

/**
 * The Method of Equal Shares (Peters, Pierczyński & Skowron, "Proportional participatory
 * budgeting with additive utilities", NeurIPS 2021) on approval ballots, exact.
 *
 * Every voter starts with an equal part of the budget, `budget / voters`. A project can be
 * bought when its approvers together still hold its cost; it is then paid by its approvers
 * as equally as their money allows: each pays `min(money left, ρ·u)`, where `u` is the
 * voter's utility for it (its cost, or 1) and ρ — the price per unit of utility — is the
 * smallest value that collects exactly the cost. Each round buys the project with the smallest
 * ρ (ties: the smaller id in code-point order) until no project can be bought. Projects
 * nobody approves are never bought; with `cost` utility a project costing 0 gives no utility
 * and is never bought, with `cardinality` an approved project costing 0 is selected before
 * the first round. Then the chosen completion runs (see {@link EqualSharesCompletion}).
 *
 * `add1` is defined as: starting from the per-voter budget `b = budget / voters`, while the
 * current outcome is not exhaustive (some unselected project that Equal Shares could buy
 * still fits in what is left of the real budget), compute Equal Shares with `b + add1Step`;
 * if its cost exceeds the real budget stop, else take it and continue. The outcome never
 * costs more than the budget.
 *
 * @example
 * const result = approvalElection({
 *   budget: 100,
 *   projects: [{ id: 'a', cost: 60 }, { id: 'b', cost: 40 }, { id: 'c', cost: 40 }],
 *   ballots: [['a'], ['a'], ['a'], ['b'], ['c']],
 * });
 * if (result.ok) equalShares(result.value).selected; // ['a']: b and c each need 40, their voter holds 20
 */
export function equalShares(
  election: ApprovalElection,
  options: EqualSharesOptions = {},
): BudgetOutcome {
  assertApprovalElection(election, 'equalShares');
  const utility = options.utility ?? 'cost';
  const completion = options.completion ?? 'none';
  if (utility !== 'cost' && utility !== 'cardinality') {
    throw new BudgetRuleInputError(
      'equalShares',
      `utility must be 'cost' or 'cardinality', got ${String(utility)}`,
    );
  }
  if (completion !== 'none' && completion !== 'greedy' && completion !== 'add1') {
    throw new BudgetRuleInputError(
      'equalShares',
      `completion must be 'none', 'greedy' or 'add1', got ${String(completion)}`,
    );
  }
  if (options.add1Step !== undefined && !(options.add1Step instanceof Rational)) {
    throw new BudgetRuleInputError('equalShares', 'add1Step must be an exact Rational');
  }
  if (election.voterCount === 0) {
    return completion === 'greedy'
      ? budgetOutcomeOf(election, greedyIndices(election, []))
      : budgetOutcomeOf(election, []);
  }
  const perVoter = election.budget.div(Rational.of(election.voterCount));
  let selected = equalSharesIndices(election, utility, perVoter);
  if (completion === 'greedy') {
    return budgetOutcomeOf(election, greedyIndices(election, selected), perVoter);
  }
  if (completion === 'none') return budgetOutcomeOf(election, selected, perVoter);

  const step = options.add1Step ?? Rational.ONE;
  if (step.sign() <= 0) throw new RangeError('equalShares: add1Step must be positive');
  const buyable = buyableProjects(election, utility);
  let current = perVoter;
  while (!isExhaustive(election, selected, buyable)) {
    const next = current.add(step);
    const candidate = equalSharesIndices(election, utility, next);
    if (costOf(election, candidate).compare(election.budget) > 0) break;
    selected = candidate;
    current = next;
  }
  return budgetOutcomeOf(election, selected, current);
}

/**
 * The projects Equal Shares buys when every voter starts with `perVoterBudget`, as indices in
 * the order bought, without completion and without checking the election's budget (the money
 * the voters hold is the limit).
 *
 * @example
 * equalSharesIndices(election, 'cost', election.budget.div(Rational.of(election.voterCount)));
 */
export function equalSharesIndices(
  election: ApprovalElection,
  utility: EqualSharesUtility,
  perVoterBudget: Rational,
): number[] {
  const { approvers, approvals, ballotWeights, costs, idRank } = election;
  const selected: number[] = [];
  const candidates: number[] = [];
  for (const p of buyableProjects(election, utility)) {
    if (costs[p]!.isZero()) selected.push(p);
    else candidates.push(p);
  }
  selected.sort((a, b) => idRank[a]! - idRank[b]!);
  if (candidates.length === 0) return selected;

  // Exact integers over one common denominator `scale`: every amount of money below is
  // `value / scale`. After a purchase the new amounts have denominator `remaining · scale`,
  // so the scale is multiplied by `remaining` and every amount with it: no gcd, no fractions.
  let scale = perVoterBudget.denominator;
  for (const p of candidates) scale = lcm(scale, costs[p]!.denominator);
  const cost = costs.map((c) => (c.numerator * scale) / c.denominator);
  // Voters with equal money form a class; each ballot group points at its class. Each round
  // renumbers the classes in increasing order of money and merges equal ones.
  let classMoney: bigint[] = [(perVoterBudget.numerator * scale) / perVoterBudget.denominator];
  const classCount: number[] = [0];
  const groupClass = new Int32Array(ballotWeights.length);
  let sortedCount = 1;

  const touched: number[] = [];
  // How much each approver of p pays, as the fraction `need / remaining` of money units
  // (those holding less pay all they have); null when p's approvers cannot pay for it.
  const shareOf = (p: number): { need: bigint; remaining: number } | null => {
    countByClass(approvers[p]!, groupClass, ballotWeights, classCount, touched);
    if (touched.length > 1) touched.sort((a, b) => a - b);
    let need = cost[p]!;
    let remaining = approvals[p]!;
    let found = false;
    for (const c of touched) {
      if (!found) {
        const money = classMoney[c]!;
        if (need <= money * BigInt(remaining)) found = true;
        else {
          need -= money * BigInt(classCount[c]!);
          remaining -= classCount[c]!;
        }
      }
      classCount[c] = 0;
    }
    return found ? { need, remaining } : null;
  };

  // ρ (price per unit of utility) as an exact fraction num/den, independent of the scale.
  type Price = { num: bigint; den: bigint };
  const less = (a: Price, b: Price) => a.num * b.den < b.num * a.den;
  const cmp = (a: Price, b: Price) => {
    const x = a.num * b.den;
    const y = b.num * a.den;
    return x < y ? -1 : x > y ? 1 : 0;
  };
  // ρ of a project never falls as voters spend, so last round's ρ is a lower bound: scan the
  // projects by it and stop once it exceeds the best ρ found this round.
  const lowerBound: Price[] = candidates.map(() => ({ num: 0n, den: 1n }));
  let live = candidates.map((p, i) => ({ p, i }));
  for (;;) {
    // Keep only the classes some voters are in, numbered in increasing order of money, equal
    // amounts merged. Classes below `sortedCount` are in order already (rescaling keeps the
    // order) and so are the ones the last purchase added (same payment from sorted amounts):
    // one merge of the two runs.
    const used = classesInUse(groupClass, classMoney.length);
    const renumber = new Int32Array(classMoney.length);
    const merged: bigint[] = [];
    for (let i = 0, j = sortedCount; i < sortedCount || j < classMoney.length;) {
      const c =
        j >= classMoney.length || (i < sortedCount && classMoney[i]! <= classMoney[j]!) ? i++ : j++;
      if (!used[c]) continue;
      const money = classMoney[c]!;
      if (merged.length === 0 || merged[merged.length - 1] !== money) merged.push(money);
      renumber[c] = merged.length - 1;
    }
    moveGroups(groupClass, renumber);
    classMoney = merged;
    sortedCount = merged.length;
    classCount.length = classMoney.length;
    classCount.fill(0);
    live.sort((a, b) => cmp(lowerBound[a.i]!, lowerBound[b.i]!) || idRank[a.p]! - idRank[b.p]!);

    let best = -1;
    let bestPrice: Price | null = null;
    let bestShare: { need: bigint; remaining: number } | null = null;
    const unaffordable = new Set<number>();
    for (const { p, i } of live) {
      if (bestPrice !== null && less(bestPrice, lowerBound[i]!)) break;
      const share = shareOf(p);
      if (share === null) {
        unaffordable.add(p);
        continue;
      }
      const den = BigInt(share.remaining) * (utility === 'cost' ? cost[p]! : scale);
      const price = { num: share.need, den };
      lowerBound[i] = price;
      const order = bestPrice === null ? -1 : cmp(price, bestPrice);
      if (order < 0 || (order === 0 && idRank[p]! < idRank[best]!)) {
        best = p;
        bestPrice = price;
        bestShare = share;
      }
    }
    if (best < 0 || bestShare === null) break;
    live = live.filter(({ p }) => p !== best && !unaffordable.has(p));
    selected.push(best);

    // Each approver pays `need / remaining` units: rescale by `remaining / g` (g = their gcd)
    // so that every payment is the integer `need / g` in the new units.
    const { need: fullNeed, remaining } = bestShare;
    const g = gcd(BigInt(remaining), fullNeed);
    const factor = BigInt(remaining) / g;
    const need = fullNeed / g;
    if (factor !== 1n) {
      scale *= factor;
      for (let p = 0; p < cost.length; p++) cost[p]! *= factor;
      classMoney = classMoney.map((money) => money * factor);
    }
    const next = new Int32Array(classMoney.length).fill(-1);
    const paying = classesOf(approvers[best]!, groupClass, next);
    for (const c of paying) {
      const money = classMoney[c]!;
      next[c] = classMoney.length;
      classMoney.push(money > need ? money - need : 0n);
    }
    moveGroupsOf(approvers[best]!, groupClass, next);
  }
  return selected;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function lcm(a: bigint, b: bigint): bigint {
  return (a / gcd(a, b)) * b;
}

/** Projects Equal Shares can ever buy: approved by someone, and with cost utility, not free. */
function buyableProjects(election: ApprovalElection, utility: EqualSharesUtility): number[] {
  const result: number[] = [];
  for (let p = 0; p < election.costs.length; p++) {
    if (election.approvals[p]! === 0) continue;
    if (utility === 'cost' && election.costs[p]!.isZero()) continue;
    result.push(p);
  }
  return result;
}

function costOf(election: ApprovalElection, selected: readonly number[]): Rational {
  let cost = Rational.ZERO;
  for (const p of selected) cost = cost.add(election.costs[p]!);
  return cost;
}

function isExhaustive(
  election: ApprovalElection,
  selected: readonly number[],
  buyable: readonly number[],
): boolean {
  const left = election.budget.sub(costOf(election, selected));
  const taken = new Set(selected);
  return buyable.every((p) => taken.has(p) || election.costs[p]!.compare(left) > 0);
}
