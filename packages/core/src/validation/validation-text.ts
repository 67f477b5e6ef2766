import type { Locale } from '../locale/locale.js';
import type { LocalizedMessage } from '../locale/localized-message.js';
import { formatMessage } from '../locale/message-catalog.js';

/** The values a message fills in (an id, a list's name, …), by name. */
export type Values = Readonly<Record<string, unknown>>;

/**
 * One of core's validation messages: its key (the issue's `code` in `parseDocument`) and its
 * template in each locale, with `{name}` placeholders. Each is defined beside the documents
 * that raise it (`check-messages.ts`, `reference-messages.ts`, …), so a bundle that validates
 * some documents carries only their messages; `validationMessages` gathers them all.
 *
 * @example
 * const dateOrder: ValidationText<'date-order'> = { key: 'date-order', 'zh-CN': '结束日期不能早于开始日期', en: 'Expected the end date not to be before the start' };
 */
export interface ValidationText<K extends string = string> {
  readonly key: K;
  readonly 'zh-CN': string;
  readonly en: string;
}

/** The Chinese names of the lists a `{list}` placeholder names (in English: the key itself). */
const listNamesZh: Readonly<Record<string, string>> = {
  criteria: '评审标准',
  projects: '项目',
  voters: '投票人',
  questions: '问题',
  options: '选项',
  members: '成员',
  lines: '预算条目',
  activities: '活动',
  indicators: '指标',
  needs: '需求',
  grants: '资助',
  attributes: '受访者属性',
  sections: '问卷部分',
  tieBreak: '决胜顺序',
  castingVotes: '决定票',
  communities: '社区',
  participants: '参与者',
  topics: '议题',
  groups: '分组',
  ideas: '点子',
  notes: '讨论记录',
  resources: '社区资源',
  curriculum: '课程单元',
  attendance: '出席记录',
};

/**
 * A validation message in one locale, its placeholders filled; in Chinese, `{list}` reads as
 * the list's Chinese name.
 *
 * @example
 * renderValidationText(duplicateId, { id: 'v01', list: 'voters' }, 'zh-CN'); // '投票人中的标识 "v01" 重复'
 */
export function renderValidationText(text: ValidationText, values: Values, locale: Locale): string {
  const params = Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      name === 'list' && locale === 'zh-CN'
        ? (listNamesZh[String(value)] ?? String(value))
        : String(value),
    ]),
  );
  return formatMessage(text[locale], params);
}

/**
 * The `ctx.addIssue()` argument for a custom issue that `parseDocument` shows in the requested
 * locale: the English text (what a plain `parse()` shows), plus the key, the values and the
 * message in both locales (`params.message`), so `parseDocument` needs no catalogue of its own.
 *
 * @example
 * ctx.addIssue(validationIssue(duplicateId, { id: 'v01', list: 'voters' }, ['voters', 3, 'id']));
 */
export function validationIssue<K extends string>(
  text: ValidationText<K>,
  values: Values,
  path: PropertyKey[],
): {
  code: 'custom';
  message: string;
  path: PropertyKey[];
  params: { messageKey: K; values: Values; message: LocalizedMessage };
} {
  const message = {
    'zh-CN': renderValidationText(text, values, 'zh-CN'),
    en: renderValidationText(text, values, 'en'),
  };
  return {
    code: 'custom',
    message: message.en,
    path,
    params: { messageKey: text.key, values, message },
  };
}
