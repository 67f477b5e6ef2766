import type { Locale } from '@qingyuan/core';

/** One locale's messages: a template per key, with `{name}` placeholders. */
export type Catalog<K extends string> = Readonly<Record<K, string>>;

/** The shipped messages of a component: every key in every supported locale. */
export type Catalogs<K extends string> = Readonly<Record<Locale, Catalog<K>>>;

/**
 * What a host page may override, per locale; keys it leaves out keep the shipped text.
 *
 * @example
 * ballot.messages = { 'zh-CN': { submit: '投出选票' }, en: { submit: 'Cast my vote' } };
 */
export type MessageOverrides<K extends string = string> = Partial<
  Record<Locale, Partial<Record<K, string>>>
>;

/** Values substituted for `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Fills `{name}` placeholders of a template. Unknown placeholders stay as written, so a typo
 * in a host override is visible rather than silently blank.
 *
 * @example
 * formatMessage('{count} of {total} marked', { count: 2, total: 9 }); // '2 of 9 marked'
 */
export function formatMessage(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

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
