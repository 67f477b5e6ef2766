import { localize } from '../text/localized-text.js';
import type { ReviewMeeting } from './review-meeting.js';

/**
 * The name of a community of a review meeting in a locale, from the meeting's `communities`;
 * the id itself when the meeting does not name it (meetings written before `communities`).
 *
 * @example
 * communityName({ ...meeting, communities: [{ id: 'binhe-dongli', name: { 'zh-CN': '滨河东里', en: 'Binhe Dongli' } }] },
 *   'binhe-dongli', 'zh-CN'); // '滨河东里'
 * communityName({ ...meeting, communities: undefined }, 'binhe-dongli', 'en'); // 'binhe-dongli'
 */
export function communityName(
  meeting: Pick<ReviewMeeting, 'communities'>,
  id: string,
  locale: string,
): string {
  const community = meeting.communities?.find((entry) => entry.id === id);
  return community ? localize(community.name, locale) : id;
}
