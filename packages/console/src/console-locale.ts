/** The two languages of the console. */
export type ConsoleLocale = 'zh-CN' | 'en';

const key = 'qy-console-locale';

/**
 * The console's language: the one chosen with the switch in this tab (sessionStorage), else
 * `<html lang>` — which the box sets from the request's `Accept-Language` — else the
 * browser's language, else English.
 *
 * @example
 * initialLocale(); // 'zh-CN' for a browser that asks for Chinese first
 */
export function initialLocale(): ConsoleLocale {
  const chosen = sessionStorage.getItem(key);
  if (chosen === 'zh-CN' || chosen === 'en') return chosen;
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
export function chooseLocale(locale: ConsoleLocale): void {
  sessionStorage.setItem(key, locale);
  document.documentElement.lang = locale;
}
