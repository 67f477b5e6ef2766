import type { LocalizedText, MeetingCommunity } from '@qingyuan/core';

/**
 * The `communities` a review meeting sends to the box: every community its projects and voters
 * name, once, in the order first named, with its name from `names` (the id itself for a
 * community the demo has no name for, so the box accepts the meeting all the same). The ballot
 * then shows "滨河东里" on a card, not `binhe-dongli`.
 *
 * @example
 * meetingCommunities({ projects: [{ community: 'binhe-dongli' }], voters: [] }, communityNames);
 * // [{ id: 'binhe-dongli', name: { 'zh-CN': '滨河东里', en: 'Binhe Dongli' } }]
 */
export function meetingCommunities(
  meeting: {
    readonly projects: readonly { readonly community: string }[];
    readonly voters: readonly { readonly community?: string | undefined }[];
  },
  names: Readonly<Record<string, LocalizedText>>,
): MeetingCommunity[] {
  const ids = [...meeting.projects, ...meeting.voters].flatMap((x) =>
    x.community === undefined ? [] : [x.community],
  );
  return [...new Set(ids)].map((id) => ({
    id,
    name: Object.hasOwn(names, id) ? names[id]! : id,
  }));
}
