import { formatMessage, type Catalogs, type Locale, type MessageParams } from '@qingyuan/core';

// The catalogue form (`Catalogs`, `{name}` placeholders, `formatMessage`) is core's, the one of
// the toolkit; what the elements add is the host page's overrides.

/**
 * What a host page may override, per locale; keys it leaves out keep the shipped text.
 *
 * @example
 * ballot.messages = { 'zh-CN': { submit: '投出选票' }, en: { submit: 'Cast my vote' } };
 */
export type MessageOverrides<K extends string = string> = Partial<
  Record<Locale, Partial<Record<K, string>>>
>;

/**
 * Picks the message for a key: the host's override for the locale, else the shipped text.
 *
 * @example
 * translate(ballotMessages, { en: { submit: 'Vote' } }, 'en', 'submit'); // 'Vote'
 */
export function translate<K extends string>(
  catalogs: Catalogs<K>,
  overrides: MessageOverrides<K> | undefined,
  locale: Locale,
  key: K,
  params?: MessageParams,
): string {
  const override = overrides?.[locale]?.[key];
  const template = typeof override === 'string' ? override : catalogs[locale][key];
  return formatMessage(template, params);
}

/**
 * Reads the `messages` attribute: a JSON object of per-locale overrides. Anything that is not
 * such an object is ignored with a console warning (a host typo must not break the widget).
 *
 * @example
 * parseMessageOverrides('{"en":{"submit":"Vote"}}'); // { en: { submit: 'Vote' } }
 */
export function parseMessageOverrides(value: string | null): MessageOverrides | undefined {
  if (value === null || value.trim() === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
      return parsed as MessageOverrides;
    }
  } catch {
    // fall through to the warning
  }
  console.warn('[qingyuan] ignoring the messages attribute: expected JSON like {"en":{...}}');
  return undefined;
}
