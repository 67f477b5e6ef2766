import { describe, expect, it } from 'vitest';
import type { Rational } from '../math/rational.js';
import { parsePabulib } from '../pabulib/parse-pabulib.js';
import { approvalElection, type ApprovalElection } from './approval-election.js';
import { BudgetRuleInputError } from './budget-rule-input-error.js';
import { equalShares } from './equal-shares.js';
import { greedy } from './greedy.js';
import { sequentialPhragmen } from './sequential-phragmen.js';

const TEXT =
  'META\nkey;value\nbudget;10\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;5\nVOTES\nvoter_id;vote\nv;1\n';

const rules: [string, (e: ApprovalElection) => unknown][] = [
  ['greedy', (e) => greedy(e)],
  ['equalShares', (e) => equalShares(e)],
  ['sequentialPhragmen', (e) => sequentialPhragmen(e)],
];

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('budget rules called with the wrong object', () => {
  const parsed = parsePabulib(TEXT);
  const built = approvalElection({
    budget: 10,
    projects: [{ id: '1', cost: 5 }],
    ballots: [['1']],
  });

  for (const [name, rule] of rules) {
    it(`${name} answers a BudgetRuleInputError saying what to pass`, () => {
      if (!parsed.ok || !built.ok) throw new Error('fixtures');
      const instance = thrown(() => rule(parsed.value as unknown as ApprovalElection));
      expect(instance).toBeInstanceOf(BudgetRuleInputError);
      expect((instance as Error).message).toBe(
        `${name}: got a parsed Pabulib instance; build the election first: approvalElectionFromPabulib(instance).value`,
      );
      expect((thrown(() => rule(built as unknown as ApprovalElection)) as Error).message).toBe(
        `${name}: got a result object { ok, ... }; check result.ok and pass result.value (the election) instead`,
      );
      for (const wrong of [undefined, null, 42, {}, { projectIds: ['1'] }]) {
        const error = thrown(() => rule(wrong as unknown as ApprovalElection));
        expect(error, String(wrong)).toBeInstanceOf(BudgetRuleInputError);
        expect((error as BudgetRuleInputError).rule).toBe(name);
      }
      const broken = { ...built.value, costs: [5] };
      expect((thrown(() => rule(broken as unknown as ApprovalElection)) as Error).message).toBe(
        `${name}: election.costs must hold 1 exact Rational costs, one per project`,
      );
      expect(rule(built.value)).toBeTruthy();
    });
  }

  it('refuses unknown options with the values allowed', () => {
    if (!built.ok) throw new Error('fixture');
    const e = built.value;
    expect(() => greedy(e, { utility: 'approvals' as never })).toThrow(
      "greedy: utility must be 'cost' or 'cardinality', got approvals",
    );
    expect(() => equalShares(e, { completion: 'add2' as never })).toThrow(BudgetRuleInputError);
    expect(() => equalShares(e, { add1Step: 1 as unknown as Rational })).toThrow(
      'equalShares: add1Step must be an exact Rational',
    );
  });
});
