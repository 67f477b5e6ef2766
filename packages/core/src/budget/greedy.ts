import { Rational } from '../math/rational.js';
import type { ApprovalElection } from './approval-election.js';
import { budgetOutcomeOf, type BudgetOutcome } from './budget-outcome.js';
import { assertApprovalElection, BudgetRuleInputError } from './budget-rule-input-error.js';

/**
 * What greedy ranks the projects by: `cost` (pabutools' cost satisfaction: a voter gains a
 * project's cost, so the welfare per unit of cost is the number of approvals — greedy by
 * approvals, the default) or `cardinality` (a voter gains 1 per approved project, so the
 * welfare per unit of cost is approvals divided by cost).
 */
export type GreedyUtility = 'cost' | 'cardinality';

/** Options of {@link greedy}. */
export interface GreedyOptions {
  /**
   * Projects already funded (ids, kept first and in this order); greedy spends only what
   * they leave of the budget. This is how the utilitarian greedy completes another rule.
   */
  initial?: readonly string[];
  /** Default `cost` (by approvals). */
  utility?: GreedyUtility;
}

/**
 * Greedy utilitarian welfare: scan the projects by the welfare they bring per unit of cost,
 * highest first, ties to the smaller id in code-point order; add each project that still
 * fits the remaining budget, skip the ones that do not and keep scanning. The outcome is
 * exhaustive: no unselected project fits in what is left.
 *
 * - `utility: 'cost'` (default, the rule most cities use): welfare per cost is the number of
 *   approvals, so greedy goes by approvals. Projects nobody approves come last.
 * - `utility: 'cardinality'`: welfare per cost is approvals / cost, so cheap popular projects
 *   go first. An approved project costing 0 ranks first (infinite ratio); projects nobody
 *   approves rank last (ratio 0, also when they cost 0).
 *
 * A project costing 0 always fits. A wrong argument (not an election, an unknown utility)
 * throws {@link BudgetRuleInputError}.
 *
 * @example
 * const result = approvalElection({
 *   budget: 100,
 *   projects: [{ id: 'a', cost: 60 }, { id: 'b', cost: 50 }, { id: 'c', cost: 40 }],
 *   ballots: [['a', 'b'], ['a'], ['b', 'c'], ['b']],
 * });
 * if (result.ok) greedy(result.value).selected; // ['b', 'c'] (b has 3 approvals, then a does not fit)
 */
export function greedy(election: ApprovalElection, options: GreedyOptions = {}): BudgetOutcome {
  assertApprovalElection(election, 'greedy');
  const utility = options.utility ?? 'cost';
  if (utility !== 'cost' && utility !== 'cardinality') {
    throw new BudgetRuleInputError(
      'greedy',
      `utility must be 'cost' or 'cardinality', got ${String(utility)}`,
    );
  }
  const initial = (options.initial ?? []).map((id) => {
    const p = election.projectIds.indexOf(id);
    if (p < 0) throw new RangeError(`greedy: initial project "${id}" is not in the election`);
    return p;
  });
  return budgetOutcomeOf(election, greedyIndices(election, initial, utility));
}

/**
 * {@link greedy} on project indices: completes `initial` greedily and returns every selected
 * index in order (`initial` first). For rules that complete their own outcome.
 *
 * @example
 * greedyIndices(election, []).map((p) => election.projectIds[p]);
 */
export function greedyIndices(
  election: ApprovalElection,
  initial: readonly number[],
  utility: GreedyUtility = 'cost',
): number[] {
  const { approvals, idRank, costs, budget } = election;
  const taken = new Uint8Array(costs.length);
  const selected = [...initial];
  let spent = Rational.ZERO;
  for (const p of initial) {
    taken[p] = 1;
    spent = spent.add(costs[p]!);
  }
  const order = Array.from(costs, (_, p) => p);
  if (utility === 'cost') {
    order.sort((a, b) => approvals[b]! - approvals[a]! || idRank[a]! - idRank[b]!);
  } else {
    // approvals / cost, exactly: +∞ for an approved free project, 0 for an unapproved one.
    const rank = (p: number) => (approvals[p] === 0 ? 0 : costs[p]!.isZero() ? 2 : 1);
    order.sort((a, b) => {
      const ra = rank(a);
      const rb = rank(b);
      if (ra !== rb) return rb - ra;
      if (ra === 1) {
        const byRatio = Rational.of(approvals[b]!)
          .mul(costs[a]!)
          .compare(Rational.of(approvals[a]!).mul(costs[b]!));
        if (byRatio !== 0) return byRatio;
      }
      return idRank[a]! - idRank[b]!;
    });
  }
  let left = budget.sub(spent);
  for (const p of order) {
    if (taken[p]) continue;
    const cost = costs[p]!;
    if (cost.compare(left) <= 0) {
      selected.push(p);
      left = left.sub(cost);
    }
  }
  return selected;
}
