import type { Locale } from '../locale/locale.js';
import type { LocalizedMessage } from '../locale/localized-message.js';
import { formatMessage } from '../locale/message-catalog.js';

/**
 * The values a message fills in (an id, a list's name, …), by name: each one text for every
 * locale, or one per locale (`{ 'zh-CN': '投票人', en: 'voters' }`, as a list's name).
 */
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

/** A value in one locale: its text there when it has one per locale, else the value itself. */
function valueIn(value: unknown, locale: Locale): string {
  const localized = value as Partial<LocalizedMessage> | null;
  return typeof localized?.[locale] === 'string' ? localized[locale] : String(value);
}

/**
 * A validation message in one locale, its placeholders filled (a value given per locale, such
 * as a list's name, in that locale).
 *
 * @example
 * renderValidationText(duplicateId, { id: 'v01', list: { 'zh-CN': '投票人', en: 'voters' } }, 'zh-CN');
 * // '投票人中的标识 "v01" 重复'
 */
export function renderValidationText(text: ValidationText, values: Values, locale: Locale): string {
  const params = Object.fromEntries(
    Object.entries(values).map(([name, value]) => [name, valueIn(value, locale)]),
  );
  return formatMessage(text[locale], params);
}

/**
 * The `ctx.addIssue()` argument for a custom issue that `parseDocument` shows in the requested
 * locale: the English text (what a plain `parse()` shows), plus the key, the values (each in
 * English) and the message in both locales (`params.message`), so `parseDocument` needs no
 * catalogue of its own.
 *
 * @example
 * ctx.addIssue(validationIssue(duplicateId, { id: 'v01', list: { 'zh-CN': '投票人', en: 'voters' } }, ['voters', 3, 'id']));
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
  const english = Object.fromEntries(
    Object.entries(values).map(([name, value]) => [name, valueIn(value, 'en')]),
  );
  return {
    code: 'custom',
    message: message.en,
    path,
    params: { messageKey: text.key, values: english, message },
  };
}
