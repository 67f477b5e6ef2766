import type { Locale } from '@qingyuan/core';

// The demo's languages are core's `Locale`: Simplified Chinese first, English as the switch.

/** A message catalog with the same keys in both languages. */
export type DemoCatalog<K extends string> = Record<Locale, Record<K, string>>;

/**
 * Looks a message up and fills `{name}` placeholders.
 *
 * @example
 * msg({ 'zh-CN': { hi: '你好 {who}' }, en: { hi: 'Hi {who}' } }, 'en', 'hi', { who: 'v01' }); // 'Hi v01'
 */
export function msg<K extends string>(
  catalog: DemoCatalog<K>,
  locale: Locale,
  key: K,
  params: Record<string, string | number> = {},
): string {
  return catalog[locale][key].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(params[name] ?? `{${name}}`),
  );
}
