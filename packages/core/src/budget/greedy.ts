import { Rational } from '../math/rational.js';
import type { ApprovalElection } from './approval-election.js';
import { budgetOutcomeOf, type BudgetOutcome } from './budget-outcome.js';

/** Options of {@link greedy}. */
export interface GreedyOptions {
  /**
   * Projects already funded (ids, kept first and in this order); greedy spends only what
   * they leave of the budget. This is how the utilitarian greedy completes another rule.
   */
  initial?: readonly string[];
}

/**
 * Greedy by approval count, the rule most cities use ("utilitarian greedy" with cost
 * satisfaction): scan the projects by number of approvals, most first, ties to the smaller id
 * in code-point order; add each project that still fits the remaining budget, skip the ones
 * that do not and keep scanning. Projects nobody approves come last and are still added if
 * they fit; a project costing 0 always fits. The outcome is exhaustive: no unselected project
 * fits in what is left.
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
  const initial = (options.initial ?? []).map((id) => {
    const p = election.projectIds.indexOf(id);
    if (p < 0) throw new RangeError(`greedy: initial project "${id}" is not in the election`);
    return p;
  });
  return budgetOutcomeOf(election, greedyIndices(election, initial));
}

/**
 * {@link greedy} on project indices: completes `initial` greedily and returns every selected
 * index in order (`initial` first). For rules that complete their own outcome.
 *
 * @example
 * greedyIndices(election, []).map((p) => election.projectIds[p]);
 */
export function greedyIndices(election: ApprovalElection, initial: readonly number[]): number[] {
  const { approvals, idRank, costs, budget } = election;
  const taken = new Uint8Array(costs.length);
  const selected = [...initial];
  let spent = Rational.ZERO;
  for (const p of initial) {
    taken[p] = 1;
    spent = spent.add(costs[p]!);
  }
  const order = Array.from(costs, (_, p) => p).sort(
    (a, b) => approvals[b]! - approvals[a]! || idRank[a]! - idRank[b]!,
  );
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
