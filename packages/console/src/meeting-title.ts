import type { Locale } from '@qingyuan/core';

/**
 * A meeting's title in `locale` (else its other language, else its id).
 *
 * @example
 * titleOf({ 'zh-CN': '评审会', en: 'Review meeting' }, 'm-1', 'en'); // 'Review meeting'
 */
export function titleOf(
  title: Record<string, string> | string | null | undefined,
  id: string,
  locale: Locale,
): string {
  if (typeof title === 'string') return title;
  if (title === null || title === undefined) return id;
  return title[locale] ?? title.en ?? title['zh-CN'] ?? Object.values(title)[0] ?? id;
}
