import type { ValidationText } from './validation-text.js';

/**
 * The messages core gives zod's built-in checks (`z.regex(re, { message })`, a `refine`):
 * fixed texts, without placeholders. A check carries the English text, which `parseDocument`
 * finds here ({@link checkTextOfEnglish}) to show it in the requested locale.
 *
 * @example
 * z.string().check(z.regex(/^[A-Z]{3}$/, { message: currencyCode.en }));
 */
export const idFormat: ValidationText<'id-format'> = {
  key: 'id-format',
  'zh-CN': '标识只能包含字母、数字、“.”、“_”、“:”或“-”，且不超过 128 个字符',
  en: 'Expected an id of letters, digits, ".", "_", ":" or "-" (at most 128)',
};

/** A currency code that is not three capital letters. */
export const currencyCode: ValidationText<'currency-code'> = {
  key: 'currency-code',
  'zh-CN': '应为三个大写字母的 ISO 4217 货币代码，例如 "CNY"',
  en: 'Expected a three-letter ISO 4217 currency code such as "CNY"',
};

/** An amount of money with a fraction of its minor unit. */
export const moneyInteger: ValidationText<'money-integer'> = {
  key: 'money-integer',
  'zh-CN': '金额应为以最小货币单位（分）表示的整数，不能有小数：1 万元写作 1000000',
  en: 'Expected a whole number of minor units (fen, cents), not a fraction: 10,000 yuan is 1000000',
};

/** A localized text with no locale at all. */
export const localeRequired: ValidationText<'locale-required'> = {
  key: 'locale-required',
  'zh-CN': '至少需要一种语言的文本',
  en: 'Expected at least one locale',
};

/** A range whose minimum is not below its maximum. */
export const minBelowMax: ValidationText<'min-below-max'> = {
  key: 'min-below-max',
  'zh-CN': '最小值应小于最大值',
  en: 'Expected min to be less than max',
};

const checkTexts = [idFormat, currencyCode, moneyInteger, localeRequired, minBelowMax];

/**
 * The message of a built-in check from its English text, if it is one of core's.
 *
 * @example
 * checkTextOfEnglish('Expected at least one locale')?.key; // 'locale-required'
 */
export function checkTextOfEnglish(text: string): ValidationText | undefined {
  return checkTexts.find((candidate) => candidate.en === text);
}
