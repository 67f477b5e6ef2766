/**
 * `@qingyuan/core/pabulib`: Pabulib `.pb` files and the budget rules that allocate them, for a
 * program that only reads a `.pb` file and runs a rule (the `qingyuan allocate` command). The
 * root exports all of this too; this entry leaves out the document schemas and their
 * validation library, so a short-lived process loads far less code before it reads the file.
 * Every value here is the root's own (the same classes: `instanceof Rational` holds across).
 *
 * @example
 * import { approvalElectionFromPabulib, greedy, parsePabulib } from '@qingyuan/core/pabulib';
 *
 * const parsed = parsePabulib(bytes);
 * if (parsed.ok) {
 *   const election = approvalElectionFromPabulib(parsed.value, { metaLines: parsed.metaLines });
 *   if (election.ok) console.log(greedy(election.value).selected);
 * }
 *
 * @module pabulib
 */
export * from '../pabulib/pabulib-instance.js';
export * from '../pabulib/parse-pabulib.js';
export * from '../pabulib/write-pabulib.js';
export * from '../pabulib/with-selected-projects.js';
export {
  approvalElection,
  approvalElectionFromPabulib,
  type ApprovalElection,
  type ApprovalElectionInput,
  type ApprovalElectionResult,
  type BudgetRule,
  type BudgetViolation,
} from '../budget/approval-election.js';
export {
  budgetOutcomeToJSON,
  type BudgetOutcome,
  type BudgetOutcomeJSON,
} from '../budget/budget-outcome.js';
export { greedy } from '../budget/greedy.js';
export { equalShares, type EqualSharesCompletion } from '../budget/equal-shares.js';
export { sequentialPhragmen } from '../budget/sequential-phragmen.js';
export { Rational } from '../math/rational.js';
export { messagePair } from '../locale/localized-message.js';
export type { Locale } from '../locale/locale.js';
