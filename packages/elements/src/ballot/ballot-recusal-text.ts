import { localize, type Locale, type MessageParams, type RecusalReason } from '@qingyuan/core';
import type { BallotMessageKey } from './ballot.messages.js';

type Translate = (key: BallotMessageKey, params?: MessageParams) => string;

/**
 * Why the voter does not vote on a project, in words, by the kind of recusal: their own
 * community's project, their own application, their team's project, or a conflict of interest
 * they declared (with its reason when they gave one). `community` is the name to show for the
 * voter's community (the project's, as the meeting names it); the id by default.
 *
 * @example
 * recusalText({ rule: 'applicant', participant: 'p-li' }, t, 'en');
 * // 'You do not vote on this project: you applied for it.'
 */
export function recusalText(
  reason: RecusalReason,
  t: Translate,
  locale: Locale,
  community?: string,
): string {
  switch (reason.rule) {
    case 'own-community':
      return t('recused', { community: community ?? reason.community });
    case 'applicant':
      return t('recusedApplicant');
    case 'team-member':
      return t('recusedTeamMember');
    case 'declared-conflict':
      return reason.reason === undefined
        ? t('recusedConflict')
        : t('recusedConflictBecause', { reason: localize(reason.reason, locale) });
  }
}

/**
 * The same, as the short label of the ballot's review.
 *
 * @example
 * recusalShortText({ rule: 'team-member', participant: 'v3' }, t); // 'Your team’s project: not voted'
 */
export function recusalShortText(reason: RecusalReason, t: Translate): string {
  switch (reason.rule) {
    case 'own-community':
      return t('recusedShort');
    case 'applicant':
      return t('recusedShortApplicant');
    case 'team-member':
      return t('recusedShortTeamMember');
    case 'declared-conflict':
      return t('recusedShortConflict');
  }
}
