import type { MessageParams } from '@qingyuan/core';
import type { RankingChanges } from './ranking-changes.js';
import type { RankingMessageKey } from './ranking-table.messages.js';

type T = (key: RankingMessageKey, params?: MessageParams) => string;

/** At most this many projects are named per kind of change; the rest are counted. */
const NAMED = 3;

/**
 * A place for people: "2nd", "3rd (tied)"; "第2名", "并列第3名".
 *
 * @example
 * placeText(2, false, 'en', t); // '2nd'
 */
export function placeText(rank: number, tied: boolean, locale: string, t: T): string {
  const plural = new Intl.PluralRules(locale, { type: 'ordinal' }).select(rank);
  const key =
    plural === 'one'
      ? 'placeOne'
      : plural === 'two'
        ? 'placeTwo'
        : plural === 'few'
          ? 'placeFew'
          : 'placeOther';
  const place = t(key, { n: rank });
  return tied ? t('placeTied', { place }) : place;
}

/**
 * One short sentence for the live region: counts; who moved (up, or down when nobody moved
 * up); who is now (no longer) funded — at most three named per kind, the rest counted.
 *
 * @example
 * rankingChangesText(changes, 'en', t); // 'Update: 12 ballots counted; Library moved up to 1st.'
 */
export function rankingChangesText(changes: RankingChanges, locale: string, t: T): string {
  const list = (items: string[]) => items.join(t('liveListSeparator'));
  const parts: string[] = [];
  if (changes.counted) {
    const { counted, rejected } = changes.counted;
    parts.push(t(rejected > 0 ? 'liveCountedRejected' : 'liveCounted', { counted, rejected }));
  }
  // who moved up names the change; when nobody did (a tie broken), who moved down
  const moved = changes.up.length > 0 ? changes.up : changes.down;
  const key = changes.up.length > 0 ? 'liveMovedUp' : 'liveMovedDown';
  for (const change of moved.slice(0, NAMED)) {
    parts.push(
      t(key, { project: change.title, place: placeText(change.rank, change.tied, locale, t) }),
    );
  }
  if (moved.length > NAMED) parts.push(t('liveMoreMoved', { count: moved.length - NAMED }));
  const funding = [
    ...changes.nowFunded.map((change) => t('liveNowFunded', { project: change.title })),
    ...changes.noLongerFunded.map((change) => t('liveNoLongerFunded', { project: change.title })),
  ];
  if (funding.length > 0) {
    const shown = funding.slice(0, NAMED);
    if (funding.length > NAMED) shown.push(t('liveMoreFunding', { count: funding.length - NAMED }));
    parts.push(t('liveFundingLine', { changes: list(shown) }));
  }
  if (parts.length === 0 && changes.scores) parts.push(t('liveScores'));
  const text = t('liveSentence', { changes: parts.join(t('liveSeparator')) });
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}
