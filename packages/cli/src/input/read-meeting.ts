import { parseDocument, ReviewMeetingSchema, type ReviewMeeting } from '@qingyuan/core';
import { UsageError } from '../io.js';
import type { Locale } from '@qingyuan/core';
import { readJsonFile } from './read-json-file.js';

/**
 * Reads a meeting.json with core's `ReviewMeetingSchema`; a failure is a UsageError naming the
 * file, the JSON path and what was expected (and how many more problems there are).
 *
 * @example
 * const meeting = await readMeeting('meeting.json');
 * // bad weight: UsageError('meeting.json: criteria[1].weight: Expected a number greater than 0')
 */
export async function readMeeting(file: string, lang: Locale = 'en'): Promise<ReviewMeeting> {
  const parsed = parseDocument(ReviewMeetingSchema, await readJsonFile(file, lang), {
    locale: lang,
  });
  if (!parsed.ok) {
    const first = parsed.issues[0]!;
    const others = parsed.issues.length - 1;
    const more =
      others === 0 ? '' : lang === 'zh-CN' ? `（另有 ${others} 处）` : ` (and ${others} more)`;
    throw new UsageError(`${file}: ${first.where || '(document)'}: ${first.message}${more}`);
  }
  return parsed.value;
}
