import type { Locale } from '@qingyuan/core';

/** Maps any BCP 47 tag to a shipped locale: every `zh*` tag to zh-CN, anything else to en. */
export function toSupportedLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  return tag.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/**
 * The locale an element speaks: its own or its nearest ancestor's `lang` (across shadow
 * roots), then `<html lang>`, then `navigator.language`, then English. No global state, so a
 * widget embedded in a host page that localizes differently still resolves on its own.
 */
export function resolveLocale(element: Element): Locale {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return toSupportedLocale(lang)!;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return (
    toSupportedLocale(document.documentElement.lang) ??
    toSupportedLocale(globalThis.navigator?.language) ??
    'en'
  );
}
