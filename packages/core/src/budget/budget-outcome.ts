import * as z from 'zod/mini';
import { Rational } from '../math/rational.js';
import type { ApprovalElection } from './approval-election.js';

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

/** An exact number in JSON: an integer, or a `"p/q"` string (also for integers beyond 2^53). */
export const ExactNumberSchema = z
  .union([z.int(), z.string().check(z.regex(/^-?\d+(\/[1-9]\d*)?$/))])
  .register(z.globalRegistry, {
    id: 'ExactNumber',
    description: 'An integer, or an exact fraction written "p/q".',
  });

/** An exact number in JSON. */
export type ExactNumber = z.infer<typeof ExactNumberSchema>;

/**
 * The JSON document `qingyuan allocate` prints: `{ "selected": [ids], "cost": n, "budget": n }`.
 *
 * @example
 * BudgetOutcomeSchema.parse({ selected: ['658'], cost: 21064, budget: 21064 });
 */
export const BudgetOutcomeSchema = z
  .object({
    selected: z.array(z.string()),
    cost: ExactNumberSchema,
    budget: ExactNumberSchema,
    perVoterBudget: z.optional(ExactNumberSchema),
  })
  .register(z.globalRegistry, {
    id: 'BudgetOutcome',
    description: 'Projects selected by a participatory-budgeting rule, with exact cost and budget.',
  });

/** The JSON form of a {@link BudgetOutcome}. */
export type BudgetOutcomeJSON = z.infer<typeof BudgetOutcomeSchema>;

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
