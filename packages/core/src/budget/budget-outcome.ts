import { Rational } from '../math/rational.js';
import type { ApprovalElection } from './approval-election.js';
import type { BudgetOutcomeJSON, ExactNumber } from './budget-outcome-schema.js';

/**
 * The result of an allocation rule: the selected project ids (in the order the rule chose
 * them), their total cost and the budget, all exact.
 *
 * @example
 * const outcome = greedy(election);
 * outcome.cost.toString(); // '747594'
 */
export interface BudgetOutcome {
  selected: string[];
  cost: Rational;
  budget: Rational;
  /**
   * Method of Equal Shares only: the budget each voter held in the run that gave the
   * outcome (`budget / voters`, or more after the `add1` completion).
   */
  perVoterBudget?: Rational;
}

// The JSON schemas live in their own module (budget-outcome-schema.ts, exported by the
// package root beside this one), so code that runs the rules without validating JSON (a
// bundled web component, `@qingyuan/core/pabulib`) does not pull zod in.
export type { BudgetOutcomeJSON, ExactNumber } from './budget-outcome-schema.js';

/**
 * An exact number for JSON: a number when it is an integer JavaScript holds exactly,
 * otherwise the string `"p/q"` (or `"n"` for a huge integer).
 *
 * @example
 * exactNumberToJSON(Rational.of(7, 2)); // '7/2'
 * exactNumberToJSON(Rational.of(12)); // 12
 */
export function exactNumberToJSON(value: Rational): ExactNumber {
  if (value.denominator === 1n) {
    const n = Number(value.numerator);
    if (Number.isSafeInteger(n)) return n;
  }
  return value.toString();
}

/**
 * The JSON document of an outcome, numbers exact.
 *
 * @example
 * JSON.stringify(budgetOutcomeToJSON(greedy(election))); // '{"selected":["2","5"],"cost":295110,"budget":295110}'
 */
export function budgetOutcomeToJSON(outcome: BudgetOutcome): BudgetOutcomeJSON {
  return {
    selected: [...outcome.selected],
    cost: exactNumberToJSON(outcome.cost),
    budget: exactNumberToJSON(outcome.budget),
    ...(outcome.perVoterBudget
      ? { perVoterBudget: exactNumberToJSON(outcome.perVoterBudget) }
      : {}),
  };
}

/**
 * The outcome of selecting the projects at `selected` (indices into the election, in the
 * order chosen): ids, exact total cost and the budget.
 *
 * @example
 * budgetOutcomeOf(election, [0, 2]).selected; // [election.projectIds[0], election.projectIds[2]]
 */
export function budgetOutcomeOf(
  election: ApprovalElection,
  selected: readonly number[],
  perVoterBudget?: Rational,
): BudgetOutcome {
  let cost = Rational.ZERO;
  for (const p of selected) cost = cost.add(election.costs[p]!);
  return {
    selected: selected.map((p) => election.projectIds[p]!),
    cost,
    budget: election.budget,
    ...(perVoterBudget ? { perVoterBudget } : {}),
  };
}
