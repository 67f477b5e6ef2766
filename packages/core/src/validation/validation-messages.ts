import type { Locale } from '../locale/locale.js';
import { formatMessage, type Catalogs } from '../locale/message-catalog.js';

/** The values a message fills in (an id, a list's name, …), by name. */
export type Values = Readonly<Record<string, unknown>>;

/**
 * The messages of our own rules, in zh-CN and English (zod's built-in issues are worded in
 * `issue-messages.ts`), as a catalogue with `{name}` placeholders like every other of the
 * toolkit. A schema that raises one of them either sets the English text as its `message`
 * (for built-in checks such as `z.regex()`: only messages without placeholders), or raises a
 * custom issue with `params: { messageKey, values }` (for refinements that need values such as
 * an id). The English text is what a plain `schema.parse()` shows; `parseDocument` shows the
 * text of the requested locale. In Chinese, `{list}` reads as the list's Chinese name.
 *
 * @example
 * validationMessage('duplicate-id', { id: 'v01', list: 'voters' }, 'en');
 * // 'Duplicate id "v01" in voters'
 */
export const validationMessages = {
  'zh-CN': {
    'id-format': '标识只能包含字母、数字、“.”、“_”、“:”或“-”，且不超过 128 个字符',
    'currency-code': '应为三个大写字母的 ISO 4217 货币代码，例如 "CNY"',
    'money-integer': '金额应为以最小货币单位（分）表示的整数，不能有小数：1 万元写作 1000000',
    'locale-required': '至少需要一种语言的文本',
    'min-below-max': '最小值应小于最大值',
    'duplicate-id': '{list}中的标识 "{id}" 重复',
    'unknown-reference': '引用了不存在的{list}标识 "{id}"',
    'date-order': '结束日期不能早于开始日期',
    'signed-date': '已签署的职责合同需要签署日期，未签署的不应有签署日期',
    'show-if-earlier': '显示条件只能引用前面的问题，"{id}" 不在本题之前',
    'section-question-repeated': '问题 "{id}" 已列在部分 "{section}" 中，不能重复列出',
    'section-missing-question':
      '问题 "{id}" 不在任何部分中：问卷分部分时，每个问题都要列入一个部分',
    'section-order': '各部分应按问卷顺序列出问题：此处应为 "{expected}"，而不是 "{id}"',
    'currency-mismatch': '货币应为 {expected}，实际为 {actual}',
  },
  en: {
    'id-format': 'Expected an id of letters, digits, ".", "_", ":" or "-" (at most 128)',
    'currency-code': 'Expected a three-letter ISO 4217 currency code such as "CNY"',
    'money-integer':
      'Expected a whole number of minor units (fen, cents), not a fraction: 10,000 yuan is 1000000',
    'locale-required': 'Expected at least one locale',
    'min-below-max': 'Expected min to be less than max',
    'duplicate-id': 'Duplicate id "{id}" in {list}',
    'unknown-reference': 'Unknown {list} id "{id}"',
    'date-order': 'Expected the end date not to be before the start',
    'signed-date': 'Expected a signing date exactly when the contract is signed',
    'show-if-earlier':
      'A show-if condition may only refer to an earlier question; "{id}" is not earlier',
    'section-question-repeated': 'Question "{id}" is already listed in section "{section}"',
    'section-missing-question':
      'Question "{id}" is in no section; when a survey has sections, each question must be in one',
    'section-order':
      'Sections must list the questions in survey order: expected "{expected}" here, not "{id}"',
    'currency-mismatch': 'Expected currency {expected}, got {actual}',
  },
} as const satisfies Catalogs<string>;

/** The key of one of our own validation messages. */
export type ValidationMessageKey = keyof (typeof validationMessages)['en'];

const listNamesZh: Record<string, string> = {
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

function listName(list: unknown, locale: Locale): string {
  const name = String(list);
  return locale === 'zh-CN' ? (listNamesZh[name] ?? name) : name;
}

/** Whether `key` names one of our own validation messages. */
export function isValidationMessageKey(key: unknown): key is ValidationMessageKey {
  return typeof key === 'string' && Object.hasOwn(validationMessages.en, key);
}

/**
 * The text of one of our validation messages in a locale.
 *
 * @example
 * validationMessage('date-order', {}, 'zh-CN'); // '结束日期不能早于开始日期'
 */
export function validationMessage(
  key: ValidationMessageKey,
  values: Values,
  locale: Locale,
): string {
  const params = Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      name === 'list' ? listName(value, locale) : String(value),
    ]),
  );
  return formatMessage(validationMessages[locale][key], params);
}

/**
 * The `ctx.addIssue()` argument for a custom issue that `parseDocument` localizes: English
 * message (what a plain `parse()` shows), plus the key and values to render other locales.
 *
 * @example
 * ctx.addIssue(customIssue('duplicate-id', { id: 'v01', list: 'voters' }, ['voters', 3, 'id']));
 */
export function customIssue(
  key: ValidationMessageKey,
  values: Values,
  path: PropertyKey[],
): {
  code: 'custom';
  message: string;
  path: PropertyKey[];
  params: { messageKey: ValidationMessageKey; values: Values };
} {
  return {
    code: 'custom',
    message: validationMessage(key, values, 'en'),
    path,
    params: { messageKey: key, values },
  };
}

/** The messages without placeholders, by English text (only these go into built-in checks). */
const byEnglishText = new Map<string, ValidationMessageKey>(
  (Object.entries(validationMessages.en) as [ValidationMessageKey, string][])
    .filter(([, text]) => !/\{\w+\}/.test(text))
    .map(([key, text]) => [text, key]),
);

/**
 * The key of a fixed (value-free) message from its English text, so the message a built-in
 * check was given (`.regex(re, { message })`) can be shown in another locale.
 *
 * @example
 * messageKeyOfEnglish('Expected at least one locale'); // 'locale-required'
 */
export function messageKeyOfEnglish(text: string): ValidationMessageKey | undefined {
  return byEnglishText.get(text);
}
