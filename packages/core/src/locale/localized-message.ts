import type { Locale } from './locale.js';

/**
 * A message in every shipped {@link Locale} at once: what each rule violation, rejection
 * reason and input error carries, so a UI picks `message[locale]` without asking again.
 * It is a {@link LocalizedText} with both locales present, so it can go wherever a document
 * takes localized text.
 *
 * @example
 * const message: LocalizedMessage = { 'zh-CN': '投票已结束', en: 'Voting has closed' };
 * message['zh-CN']; // '投票已结束'
 */
export type LocalizedMessage = { readonly [L in Locale]: string };

/**
 * A message pair written inline, Chinese first: the one order every pair of the toolkit is
 * written in (rule violations, refusals, the verifier's findings). Messages with several
 * placeholders used in many places belong in a catalogue (`Catalogs`) instead.
 *
 * @example
 * messagePair('投票已结束', 'Voting has closed'); // { 'zh-CN': '投票已结束', en: 'Voting has closed' }
 */
export function messagePair(zh: string, en: string): LocalizedMessage {
  return { 'zh-CN': zh, en };
}
