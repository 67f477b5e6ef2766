import { Rational } from '../math/rational.js';
import type { ApprovalElection } from './approval-election.js';

/**
 * A budget rule was called with something that is not what it reads — a programmer's error,
 * thrown (not returned) with a message saying what was given and what to pass instead.
 *
 * @example
 * try {
 *   equalShares(parsed.value as never); // a Pabulib instance, not an election
 * } catch (error) {
 *   if (error instanceof BudgetRuleInputError) console.error(error.message);
 *   // equalShares: got a parsed Pabulib instance; build the election first: approvalElectionFromPabulib(instance).value
 * }
 */
export class BudgetRuleInputError extends TypeError {
  override readonly name = 'BudgetRuleInputError';

  constructor(
    /** The rule that was called (`greedy`, `equalShares`, `sequentialPhragmen`). */
    readonly rule: string,
    message: string,
  ) {
    super(`${rule}: ${message}`);
  }
}

/**
 * Checks that `value` is an {@link ApprovalElection} as {@link approvalElection} builds it
 * (each array present, of the right kind and length), in time linear in the number of
 * projects and ballot groups; throws {@link BudgetRuleInputError} naming what is wrong.
 *
 * @example
 * assertApprovalElection(election, 'greedy'); // returns, or throws BudgetRuleInputError
 */
export function assertApprovalElection(
  value: unknown,
  rule: string,
): asserts value is ApprovalElection {
  const fail = (what: string): never => {
    throw new BudgetRuleInputError(rule, what);
  };
  if (typeof value !== 'object' || value === null) {
    fail(
      `expected an ApprovalElection (from approvalElection() or approvalElectionFromPabulib()), got ${value === null ? 'null' : typeof value}`,
    );
  }
  const e = value as Record<string, unknown>;
  if ('ok' in e && ('value' in e || 'violations' in e)) {
    fail(
      'got a result object { ok, ... }; check result.ok and pass result.value (the election) instead',
    );
  }
  if ('votes' in e && 'projects' in e) {
    fail(
      'got a parsed Pabulib instance; build the election first: approvalElectionFromPabulib(instance).value',
    );
  }
  const ids = e.projectIds;
  if (!Array.isArray(ids)) {
    return fail(
      'expected an ApprovalElection (from approvalElection() or approvalElectionFromPabulib()); it has no projectIds array',
    );
  }
  const n = ids.length;
  const costs = e.costs;
  if (!Array.isArray(costs) || costs.length !== n || !costs.every((c) => c instanceof Rational)) {
    fail(`election.costs must hold ${n} exact Rational costs, one per project`);
  }
  if (!(e.budget instanceof Rational)) fail('election.budget must be an exact Rational');
  if (!Number.isSafeInteger(e.voterCount) || (e.voterCount as number) < 0) {
    fail('election.voterCount must be a whole number of voters');
  }
  for (const key of ['approvals', 'idRank'] as const) {
    const array = e[key];
    if (!(array instanceof Int32Array) || array.length !== n) {
      fail(`election.${key} must be an Int32Array with one entry per project (${n})`);
    }
  }
  const ballots = e.ballots;
  const weights = e.ballotWeights;
  if (!Array.isArray(ballots) || !ballots.every((b) => b instanceof Int32Array)) {
    fail('election.ballots must be an array of Int32Array (one per distinct approval set)');
  }
  if (!(weights instanceof Int32Array) || weights.length !== (ballots as unknown[]).length) {
    fail('election.ballotWeights must be an Int32Array with one weight per ballot group');
  }
  const approvers = e.approvers;
  if (
    !Array.isArray(approvers) ||
    approvers.length !== n ||
    !approvers.every((a) => a instanceof Int32Array)
  ) {
    fail(`election.approvers must hold ${n} Int32Array, one per project`);
  }
}
