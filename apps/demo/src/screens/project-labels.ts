import { localize, type LocalizedText, type Locale } from '@qingyuan/core';
import { participantNames } from '../data/project-histories.js';

/** The execution-team roles in both languages. */
export const roleNames: Record<'overall-lead' | 'finance-lead' | 'member', LocalizedText> = {
  'overall-lead': { 'zh-CN': '总负责人', en: 'Overall lead' },
  'finance-lead': { 'zh-CN': '财务负责人', en: 'Finance lead' },
  member: { 'zh-CN': '成员', en: 'Member' },
};

/**
 * A participant's name in the locale, or the id when the demo does not know it.
 *
 * @example
 * personName('p-li-guifang', 'en'); // 'Li Guifang (Jinhuali committee director)'
 */
export function personName(id: string, locale: Locale): string {
  const name = participantNames[id];
  return name ? localize(name, locale) : id;
}

/**
 * A date or an instant as a calendar date in the locale.
 *
 * @example
 * formatDay('2007-10-11', 'en'); // 'Oct 11, 2007'
 */
export function formatDay(value: string, locale: Locale): string {
  const date = new Date(value.length === 10 ? `${value}T12:00:00+08:00` : value);
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'Asia/Shanghai',
  }).format(date);
}
