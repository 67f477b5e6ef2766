import type { LocalizedMessage } from '../locale/localized-message.js';

/**
 * One broken rule: which rule (a stable id a UI can look up in the `rules` catalog, or a
 * document check's code such as `duplicate-id` or `too_small`), what is wrong in both
 * languages, and where (path into the document, event or argument). The one result item of
 * the SDK: rule checks, funding, overrides and invalid documents all answer with it. A
 * function that knows its rules narrows `Rule` (`Violation<'fund-amount' | …>`); readers of
 * other formats may add fields (a `.pb` reader adds `line`).
 *
 * @example
 * const violation: Violation<'fund-amount'> = {
 *   rule: 'fund-amount',
 *   message: { 'zh-CN': '资金总额必须是非负整数', en: 'The fund must be a non-negative integer' },
 *   path: ['fund', 'amount'],
 * };
 */
export interface Violation<Rule extends string = string> {
  readonly rule: Rule;
  readonly message: LocalizedMessage;
  readonly path: readonly (string | number)[];
}

/**
 * The outcome of a rule check: every violation at once, never just the first.
 *
 * @example
 * const result: RuleCheck = validateResponse(survey, response);
 * if (!result.ok) for (const v of result.violations) console.log(v.rule, v.message.en);
 */
export type RuleCheck<Rule extends string = string> =
  { readonly ok: true } | { readonly ok: false; readonly violations: readonly Violation<Rule>[] };

/**
 * Builds a {@link RuleCheck} from a list of violations: `ok` when the list is empty.
 *
 * @example
 * toRuleCheck([]); // { ok: true }
 */
export function toRuleCheck<Rule extends string>(
  violations: readonly Violation<Rule>[],
): RuleCheck<Rule> {
  return violations.length === 0 ? { ok: true } : { ok: false, violations };
}
