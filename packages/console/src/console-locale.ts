import { isLocale, type Locale } from '@qingyuan/core';

// The console's languages are core's `Locale`: zh-CN and en.

const key = 'qy-console-locale';

/**
 * The console's language: the one chosen with the switch in this tab (sessionStorage), else
 * `<html lang>` — which the box sets from the request's `Accept-Language` — else the
 * browser's language, else English.
 *
 * @example
 * initialLocale(); // 'zh-CN' for a browser that asks for Chinese first
 */
export function initialLocale(): Locale {
  const chosen = sessionStorage.getItem(key);
  if (isLocale(chosen)) return chosen;
  const lang = document.documentElement.lang || navigator.language || 'en';
  return lang.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/**
 * Remembers the language chosen with the switch (for this tab) and sets `<html lang>`, which
 * the elements read.
 *
 * @example
 * chooseLocale('en');
 */
export function chooseLocale(locale: Locale): void {
  sessionStorage.setItem(key, locale);
  document.documentElement.lang = locale;
}
