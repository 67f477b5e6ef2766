import type { Locale } from '@qingyuan/core';

/**
 * A localized text of a saved document (the browser's restored form state) in `locale`, else the
 * first language it has; '' when there is none.
 *
 * @example
 * textIn({ en: 'Done' }, 'zh-CN'); // 'Done'
 */
export function textIn(value: unknown, locale: Locale): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const map = value as Record<string, unknown>;
    const found = map[locale] ?? Object.values(map)[0];
    return typeof found === 'string' ? found : '';
  }
  return '';
}
