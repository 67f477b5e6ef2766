import { parseDocument, toWhere } from '@qingyuan/core';
import { UsageError } from '../io.js';
import type { Locale } from '@qingyuan/core';

/**
 * Checks an already-read JSON value against one of core's document schemas; a failure is a
 * UsageError naming the file, the JSON path and what was expected (and how many more
 * problems there are), in the requested language. `at` is where the value sits in the file
 * (for one item of a list).
 *
 * @example
 * const decision = documentFrom('decision.json', value, FundingDecisionSchema, 'zh-CN');
 * // bad: UsageError('decision.json: grants[0].amount.amount: 应为整数 …')
 */
export function documentFrom<S extends Parameters<typeof parseDocument>[0]>(
  file: string,
  value: unknown,
  schema: S,
  lang: Locale,
  at: readonly (string | number)[] = [],
): Extract<ReturnType<typeof parseDocument<S>>, { ok: true }>['value'] {
  const parsed = parseDocument(schema, value, { locale: lang });
  if (parsed.ok) return parsed.value;
  const first = parsed.issues[0]!;
  const others = parsed.issues.length - 1;
  const more =
    others === 0 ? '' : lang === 'zh-CN' ? `（另有 ${others} 处）` : ` (and ${others} more)`;
  const where = toWhere([...at, ...first.path]) || (lang === 'zh-CN' ? '（文档）' : '(document)');
  throw new UsageError(`${file}: ${where}: ${first.message}${more}`);
}
