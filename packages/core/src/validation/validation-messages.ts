import type { Locale } from '../locale/locale.js';
import type { LocalizedMessage } from '../locale/localized-message.js';
import type { Catalogs } from '../locale/message-catalog.js';
import {
  sectionMissingQuestion,
  sectionOrder,
  sectionQuestionRepeated,
  showIfEarlier,
} from '../survey/survey-messages.js';
import {
  currencyCode,
  idFormat,
  localeRequired,
  minBelowMax,
  moneyInteger,
} from './check-messages.js';
import { dateOrder, signedDate } from './date-messages.js';
import { duplicateId, unknownReference } from './reference-messages.js';
import {
  renderValidationText,
  validationIssue,
  type ValidationText,
  type Values,
} from './validation-text.js';

export type { Values } from './validation-text.js';

const currencyMismatch: ValidationText<'currency-mismatch'> = {
  key: 'currency-mismatch',
  'zh-CN': '货币应为 {expected}，实际为 {actual}',
  en: 'Expected currency {expected}, got {actual}',
};

/** Every message of the catalogue, in its order. */
const texts = [
  idFormat,
  currencyCode,
  moneyInteger,
  localeRequired,
  minBelowMax,
  duplicateId,
  unknownReference,
  dateOrder,
  signedDate,
  showIfEarlier,
  sectionQuestionRepeated,
  sectionMissingQuestion,
  sectionOrder,
  currencyMismatch,
] as const;

/** The key of one of our own validation messages. */
type Key = (typeof texts)[number]['key'];

const catalogueIn = (locale: Locale) =>
  Object.fromEntries(texts.map((text) => [text.key, text[locale]])) as Record<Key, string>;

/**
 * The messages of our own rules, in zh-CN and English (zod's built-in issues are worded in
 * `issue-messages.ts`), as a catalogue with `{name}` placeholders like every other of the
 * toolkit: all of them, gathered from the modules that define each beside the documents that
 * raise it (`check-messages.ts`, `reference-messages.ts`, `date-messages.ts`,
 * `survey/survey-messages.ts`), so that `parseDocument` and core's schemas never load the whole
 * catalogue. A schema that raises one of them either sets the English text as its `message`
 * (for built-in checks such as `z.regex()`: only messages without placeholders), or raises a
 * custom issue that carries the message in both locales ({@link customIssue}). The English
 * text is what a plain `schema.parse()` shows; `parseDocument` shows the text of the requested
 * locale. In Chinese, `{list}` reads as the list's Chinese name.
 *
 * @example
 * validationMessage('duplicate-id', { id: 'v01', list: 'voters' }, 'en');
 * // 'Duplicate id "v01" in voters'
 */
export const validationMessages = {
  'zh-CN': catalogueIn('zh-CN'),
  en: catalogueIn('en'),
} as const satisfies Catalogs<string>;

/** The key of one of our own validation messages. */
export type ValidationMessageKey = keyof (typeof validationMessages)['en'];

/**
 * The Chinese names of the lists a `{list}` placeholder names (in English: the key itself), for
 * {@link validationMessage} and {@link customIssue}, which take a list by its key. Core's own
 * schemas give each list's name in both languages where they raise the message.
 */
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

/** The values with a list named by its key given in both languages. */
function withListName(values: Values): Values {
  const list = values['list'];
  return typeof list === 'string'
    ? { ...values, list: { 'zh-CN': listNamesZh[list] ?? list, en: list } }
    : values;
}

/** The message of a key, with its templates. */
const textOf = (key: ValidationMessageKey): ValidationText<ValidationMessageKey> =>
  texts.find((text) => text.key === key)!;

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
  return renderValidationText(textOf(key), withListName(values), locale);
}

/**
 * The `ctx.addIssue()` argument for a custom issue that `parseDocument` localizes: English
 * message (what a plain `parse()` shows), plus the key and values, and the message in both
 * locales (`params.message`), which `parseDocument` shows.
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
  params: { messageKey: ValidationMessageKey; values: Values; message: LocalizedMessage };
} {
  return validationIssue(textOf(key), withListName(values), path);
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
