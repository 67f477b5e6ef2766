import type { Catalogs } from '@qingyuan/core';

/**
 * One catalogue of the messages of two, per locale (keys of `b` win): for an element that loads
 * part of its text with a module it loads on demand.
 *
 * @example
 * joinCatalogs({ en: { a: 'A' }, 'zh-CN': { a: '甲' } }, { en: { b: 'B' }, 'zh-CN': { b: '乙' } });
 * // { en: { a: 'A', b: 'B' }, 'zh-CN': { a: '甲', b: '乙' } }
 */
export function joinCatalogs<A extends string, B extends string>(
  a: Catalogs<A>,
  b: Catalogs<B>,
): Catalogs<A | B> {
  return { en: { ...a.en, ...b.en }, 'zh-CN': { ...a['zh-CN'], ...b['zh-CN'] } };
}
