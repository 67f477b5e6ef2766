import type { Locale } from '../locale/locale.js';

/** The values a message template fills in (an id, a count, …), by name. */
export type Values = Readonly<Record<string, unknown>>;

/** A message of our own rules in both languages, filled in from its values. */
export interface MessageTemplate {
  /** The Chinese text. */
  readonly 'zh-CN': (values: Values) => string;
  /** The English text. */
  readonly en: (values: Values) => string;
  /** A fixed message takes no values, so its English text identifies it. */
  readonly fixed?: boolean;
}

const template = (
  zh: (values: Values) => string,
  en: (values: Values) => string,
): MessageTemplate => ({ 'zh-CN': zh, en });

const fixed = (zh: string, en: string): MessageTemplate => ({
  'zh-CN': () => zh,
  en: () => en,
  fixed: true,
});

/**
 * The messages of our own rules, in zh-CN and English (zod's built-in issues are worded in
 * `issue-messages.ts`). A schema that raises one of them either sets the English text as its
 * `message` (for built-in checks such as `z.regex()`), or raises a custom issue with
 * `params: { messageKey, values }` (for refinements that need values such as an id). The
 * English text is what a plain `schema.parse()` shows; `parseDocument` shows the text of the
 * requested locale.
 *
 * @example
 * validationMessages['duplicate-id'].en({ id: 'v01', list: 'voters' });
 * // 'Duplicate id "v01" in voters'
 */
export const validationMessages = {
  'id-format': fixed(
    '标识只能包含字母、数字、“.”、“_”、“:”或“-”，且不超过 128 个字符',
    'Expected an id of letters, digits, ".", "_", ":" or "-" (at most 128)',
  ),
  'currency-code': fixed(
    '应为三个大写字母的 ISO 4217 货币代码，例如 "CNY"',
    'Expected a three-letter ISO 4217 currency code such as "CNY"',
  ),
  'money-integer': fixed(
    '金额应为以最小货币单位（分）表示的整数，不能有小数：1 万元写作 1000000',
    'Expected a whole number of minor units (fen, cents), not a fraction: 10,000 yuan is 1000000',
  ),
  'locale-required': fixed('至少需要一种语言的文本', 'Expected at least one locale'),
  'min-below-max': fixed('最小值应小于最大值', 'Expected min to be less than max'),
  'duplicate-id': template(
    (v) => `${listName(v['list'], 'zh-CN')}中的标识 "${String(v['id'])}" 重复`,
    (v) => `Duplicate id "${String(v['id'])}" in ${String(v['list'])}`,
  ),
  'unknown-reference': template(
    (v) => `引用了不存在的${listName(v['list'], 'zh-CN')}标识 "${String(v['id'])}"`,
    (v) => `Unknown ${String(v['list'])} id "${String(v['id'])}"`,
  ),
  'date-order': fixed(
    '结束日期不能早于开始日期',
    'Expected the end date not to be before the start',
  ),
  'signed-date': fixed(
    '已签署的职责合同需要签署日期，未签署的不应有签署日期',
    'Expected a signing date exactly when the contract is signed',
  ),
  'show-if-earlier': template(
    (v) => `显示条件只能引用前面的问题，"${String(v['id'])}" 不在本题之前`,
    (v) =>
      `A show-if condition may only refer to an earlier question; "${String(v['id'])}" is not earlier`,
  ),
  'section-question-repeated': template(
    (v) => `问题 "${String(v['id'])}" 已列在部分 "${String(v['section'])}" 中，不能重复列出`,
    (v) => `Question "${String(v['id'])}" is already listed in section "${String(v['section'])}"`,
  ),
  'section-missing-question': template(
    (v) => `问题 "${String(v['id'])}" 不在任何部分中：问卷分部分时，每个问题都要列入一个部分`,
    (v) =>
      `Question "${String(v['id'])}" is in no section; when a survey has sections, each question must be in one`,
  ),
  'section-order': template(
    (v) =>
      `各部分应按问卷顺序列出问题：此处应为 "${String(v['expected'])}"，而不是 "${String(v['id'])}"`,
    (v) =>
      `Sections must list the questions in survey order: expected "${String(v['expected'])}" here, not "${String(v['id'])}"`,
  ),
  'currency-mismatch': template(
    (v) => `货币应为 ${String(v['expected'])}，实际为 ${String(v['actual'])}`,
    (v) => `Expected currency ${String(v['expected'])}, got ${String(v['actual'])}`,
  ),
} as const satisfies Record<string, MessageTemplate>;

/** The key of one of our own validation messages. */
export type ValidationMessageKey = keyof typeof validationMessages;

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
  return typeof key === 'string' && Object.hasOwn(validationMessages, key);
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
  return validationMessages[key][locale](values);
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

const byEnglishText = new Map<string, ValidationMessageKey>(
  (Object.keys(validationMessages) as ValidationMessageKey[])
    .filter((key) => (validationMessages[key] as MessageTemplate).fixed === true)
    .map((key) => [validationMessages[key].en({}), key]),
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
