import * as z from 'zod/mini';

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
