import { Rational } from '../math/rational.js';
import type { ApprovalElection } from './approval-election.js';
import { budgetOutcomeOf, type BudgetOutcome } from './budget-outcome.js';
import { assertApprovalElection } from './budget-rule-input-error.js';
import { countByClass, putGroupsIn } from './group-classes.js';

/**
 * Sequential Phragmén for participatory budgeting, exact. Buying a project puts a load of
 * money on its approvers; every voter's load starts at 0. Each round selects the project for
 * which spreading its cost over its approvers gives the smallest common load,
 * `(sum of its approvers' loads + cost) / approvals` (ties: the smaller id in code-point
 * order), and sets each approver's load to that value. Projects nobody approves are never
 * selected, and projects costing more than the whole budget are dropped at the start. The
 * rule stops — it does not skip — as soon as the selected project, or any project tied with
 * it, no longer fits in the budget (as pabutools does). `selected` is in selection order.
 *
 * @example
 * const result = approvalElection({
 *   budget: 4,
 *   projects: [{ id: 'a', cost: 2 }, { id: 'b', cost: 2 }, { id: 'c', cost: 1 }],
 *   ballots: [['a', 'b'], ['a', 'b'], ['c']],
 * });
 * // a, b and c tie at load 1: a; then c (load 1) beats b (load 2); b no longer fits: stop.
 * if (result.ok) sequentialPhragmen(result.value).selected; // ['a', 'c']
 */
export function sequentialPhragmen(election: ApprovalElection): BudgetOutcome {
  assertApprovalElection(election, 'sequentialPhragmen');
  const { approvers, approvals, ballotWeights, costs, idRank, budget } = election;
  const candidates: number[] = [];
  for (let p = 0; p < costs.length; p++) {
    if (approvals[p]! > 0 && costs[p]!.compare(budget) <= 0) candidates.push(p);
  }
  // Exact integers over one common denominator `scale`: a load or cost below is `x / scale`.
  // A selection sets loads to `sum / approvals`; the scale is then multiplied by
  // `approvals / gcd(approvals, sum)` so the new load is an integer too. No fractions.
  let scale = 1n;
  for (const p of candidates) scale = lcm(scale, costs[p]!.denominator);
  const cost = costs.map((c) => (c.numerator * scale) / c.denominator);
  const loadValue: bigint[] = [0n];
  const loadCount: number[] = [0];
  const groupLoad = new Int32Array(ballotWeights.length);
  const selected: number[] = [];
  let spent = Rational.ZERO;
  const touched: number[] = [];

  // The load p would put on its approvers, as the exact fraction num/den (scale included).
  type Load = { num: bigint; den: bigint };
  const cmp = (a: Load, b: Load) => {
    const x = a.num * b.den;
    const y = b.num * a.den;
    return x < y ? -1 : x > y ? 1 : 0;
  };
  const loadOf = (p: number): bigint => {
    countByClass(approvers[p]!, groupLoad, ballotWeights, loadCount, touched);
    let sum = cost[p]!;
    for (const l of touched) {
      if (l !== 0) sum += loadValue[l]! * BigInt(loadCount[l]!);
      loadCount[l] = 0;
    }
    return sum;
  };

  // Loads only grow, so a project's load in an earlier round is a lower bound: scan the
  // projects by it and stop once it exceeds the smallest load found this round.
  const lowerBound: Load[] = candidates.map(() => ({ num: 0n, den: 1n }));
  let live = candidates.map((p, i) => ({ p, i }));
  const tied: number[] = [];
  for (;;) {
    live.sort((a, b) => cmp(lowerBound[a.i]!, lowerBound[b.i]!) || idRank[a.p]! - idRank[b.p]!);
    let min: Load | null = null;
    let minSum = 0n;
    tied.length = 0;
    for (const { p, i } of live) {
      if (min !== null && cmp(lowerBound[i]!, min) > 0) break;
      const sum = loadOf(p);
      const load = { num: sum, den: BigInt(approvals[p]!) * scale };
      lowerBound[i] = load;
      const order = min === null ? -1 : cmp(load, min);
      if (order < 0) {
        min = load;
        minSum = sum;
        tied.length = 0;
        tied.push(p);
      } else if (order === 0) {
        tied.push(p);
      }
    }
    if (min === null) break;
    if (tied.some((p) => spent.add(costs[p]!).compare(budget) > 0)) break;
    let pick = tied[0]!;
    for (const p of tied) if (idRank[p]! < idRank[pick]!) pick = p;
    if (pick !== tied[0]) minSum = loadOf(pick);
    live = live.filter(({ p }) => p !== pick);
    selected.push(pick);
    spent = spent.add(costs[pick]!);

    const count = BigInt(approvals[pick]!);
    const g = gcd(count, minSum);
    const factor = count / g;
    if (factor !== 1n) {
      scale *= factor;
      for (let p = 0; p < cost.length; p++) cost[p]! *= factor;
      for (let l = 1; l < loadValue.length; l++) loadValue[l]! *= factor;
    }
    const l = loadValue.length;
    loadValue.push(minSum / g);
    loadCount.push(0);
    putGroupsIn(approvers[pick]!, groupLoad, l);
  }
  return budgetOutcomeOf(election, selected);
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function lcm(a: bigint, b: bigint): bigint {
  return (a / gcd(a, b)) * b;
}
