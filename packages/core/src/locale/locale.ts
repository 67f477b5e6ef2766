/**
 * The locales every message of the toolkit ships in: Simplified Chinese and English. Every
 * function that words something for people takes one of these, the same way
 * (`{ locale }` in an options object, or a trailing `locale` argument), and English is the
 * default.
 *
 * @example
 * const locale: Locale = navigator.language.startsWith('zh') ? 'zh-CN' : 'en';
 */
export type Locale = 'zh-CN' | 'en';

/**
 * The shipped locales, in a fixed order (zh-CN first, as the project's first language).
 *
 * @example
 * locales.includes('en'); // true
 */
export const locales: readonly Locale[] = ['zh-CN', 'en'];

/**
 * Whether a value is one of the shipped {@link Locale}s.
 *
 * @example
 * isLocale('zh-CN'); // true
 * isLocale('fr'); // false
 */
export function isLocale(value: unknown): value is Locale {
  return value === 'zh-CN' || value === 'en';
}
