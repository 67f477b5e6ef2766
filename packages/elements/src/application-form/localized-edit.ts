import { localize, type LocalizedText } from '@qingyuan/core';

/**
 * The text of a document field to edit in one locale: a plain string, or the entry of that
 * locale (or its language) in a map — '' when the map has none, so an editor never types on
 * top of another language's text (show that one with {@link fallbackIn} as a hint instead).
 *
 * @example
 * textIn({ 'zh-CN': '货架', en: 'Shelves' }, 'en'); // 'Shelves'
 * textIn({ 'zh-CN': '货架' }, 'en'); // ''
 */
export function textIn(text: LocalizedText | undefined, locale: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const language = locale.split('-')[0]!.toLowerCase();
  const key = Object.hasOwn(text, locale)
    ? locale
    : Object.keys(text).find((k) => k.split('-')[0]!.toLowerCase() === language);
  return key === undefined ? '' : (text[key] ?? '');
}

/**
 * What a reader in this locale sees of a field (core's `localize` fallback chain), for a
 * placeholder when the locale's own entry is empty.
 *
 * @example
 * fallbackIn({ 'zh-CN': '货架' }, 'en'); // '货架'
 */
export function fallbackIn(text: LocalizedText | undefined, locale: string): string {
  return text === undefined ? '' : localize(text, locale);
}

/**
 * Replaces the text of one locale and keeps the others: editing the English title of a
 * bilingual application leaves its Chinese title as it was. A plain string stays a plain
 * string; clearing the last locale gives `undefined`.
 *
 * @example
 * editLocalized({ 'zh-CN': '货架', en: 'Shelf' }, 'en', 'Shelves'); // { 'zh-CN': '货架', en: 'Shelves' }
 * editLocalized('货架', 'zh-CN', '新货架'); // '新货架'
 */
export function editLocalized(
  text: LocalizedText | undefined,
  locale: string,
  value: string,
): LocalizedText | undefined {
  if (text === undefined || typeof text === 'string') return value === '' ? undefined : value;
  const next: Record<string, string> = { ...text };
  if (value === '') delete next[locale];
  else next[locale] = value;
  return Object.keys(next).length > 0 ? next : undefined;
}
