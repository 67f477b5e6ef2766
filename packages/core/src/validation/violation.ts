/** A message in zh-CN and English, as carried by every rule violation. */
export interface RuleMessage {
  readonly 'zh-CN': string;
  readonly en: string;
}

/**
 * One broken business rule: which rule (a stable id a UI can look up in the `rules`
 * catalog), what is wrong in both languages, and where (path into the document or event).
 */
export interface Violation {
  readonly rule: string;
  readonly message: RuleMessage;
  readonly path: readonly (string | number)[];
}

/**
 * The outcome of a rule check: every violation at once, never just the first.
 *
 * @example
 * const result: RuleCheck = validateResponse(survey, response);
 * if (!result.ok) for (const v of result.violations) console.log(v.rule, v.message.en);
 */
export type RuleCheck =
  { readonly ok: true } | { readonly ok: false; readonly violations: readonly Violation[] };

/**
 * Builds a {@link RuleCheck} from a list of violations: `ok` when the list is empty.
 *
 * @example
 * toRuleCheck([]); // { ok: true }
 */
export function toRuleCheck(violations: readonly Violation[]): RuleCheck {
  return violations.length === 0 ? { ok: true } : { ok: false, violations };
}
