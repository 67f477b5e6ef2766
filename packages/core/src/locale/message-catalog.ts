import type { Locale } from './locale.js';
import type { LocalizedMessage } from './localized-message.js';

/** One locale's messages: a template per key, with `{name}` placeholders. */
export type Catalog<K extends string> = Readonly<Record<K, string>>;

/**
 * The messages of a component, a screen or a set of rules: every key in every shipped
 * {@link Locale}. The one catalogue form of the toolkit — core's validation messages, the
 * elements, the organizer console and the demo all write theirs so.
 *
 * @example
 * const words: Catalogs<'hello'> = { 'zh-CN': { hello: '你好，{name}' }, en: { hello: 'Hello, {name}' } };
 */
export type Catalogs<K extends string> = Readonly<Record<Locale, Catalog<K>>>;

/** Values substituted for `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Fills `{name}` placeholders of a template. Unknown placeholders stay as written, so a typo
 * in a template or an override is visible rather than silently blank.
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
 * A key's message in one locale, its placeholders filled.
 *
 * @example
 * messageIn(words, 'en', 'hello', { name: 'Wang' }); // 'Hello, Wang'
 */
export function messageIn<K extends string>(
  catalogs: Catalogs<K>,
  locale: Locale,
  key: K,
  params?: MessageParams,
): string {
  return formatMessage(catalogs[locale][key], params);
}

/**
 * A key's message in every locale at once, its placeholders filled: what a rule's violation
 * carries.
 *
 * @example
 * localizedMessage(words, 'hello', { name: 'Wang' }); // { 'zh-CN': '你好，Wang', en: 'Hello, Wang' }
 */
export function localizedMessage<K extends string>(
  catalogs: Catalogs<K>,
  key: K,
  params?: MessageParams,
): LocalizedMessage {
  return {
    'zh-CN': formatMessage(catalogs['zh-CN'][key], params),
    en: formatMessage(catalogs.en[key], params),
  };
}
