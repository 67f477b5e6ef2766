import { describe, expect, it } from 'vitest';
import { Rational } from '../math/rational.js';
import { BudgetOutcomeSchema } from './budget-outcome-schema.js';
import { budgetOutcomeToJSON, exactNumberToJSON } from './budget-outcome.js';

describe('budgetOutcomeToJSON', () => {
  it('writes integers as numbers and other values as exact "p/q" strings', () => {
    const json = budgetOutcomeToJSON({
      selected: ['2', '5'],
      cost: Rational.of(295110),
      budget: Rational.of(7, 2),
      perVoterBudget: Rational.of(10n ** 20n),
    });
    expect(json).toEqual({
      selected: ['2', '5'],
      cost: 295110,
      budget: '7/2',
      perVoterBudget: '100000000000000000000',
    });
    expect(BudgetOutcomeSchema.parse(json)).toEqual(json);
  });

  it('keeps exactness for integers beyond 2^53', () => {
    expect(exactNumberToJSON(Rational.of(2n ** 53n + 1n))).toBe('9007199254740993');
    expect(exactNumberToJSON(Rational.of(-3))).toBe(-3);
  });

  it('rejects numbers that are not exact', () => {
    expect(BudgetOutcomeSchema.safeParse({ selected: [], cost: 1.5, budget: 2 }).success).toBe(
      false,
    );
    expect(BudgetOutcomeSchema.safeParse({ selected: [], cost: '1/0', budget: 2 }).success).toBe(
      false,
    );
  });
});
