import type { Locale } from '@qingyuan/core';

/**
 * A recorded time (ISO 8601) as people read it in `locale`, in the browser's time zone; a text
 * that is no time is shown as it is.
 *
 * @example
 * formatTime('2008-03-21T09:00:00+08:00', 'en'); // '21 Mar 2008, 09:00' (in Beijing)
 */
export function formatTime(at: string, locale: Locale): string {
  const time = new Date(at);
  if (Number.isNaN(time.getTime())) return at;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}
