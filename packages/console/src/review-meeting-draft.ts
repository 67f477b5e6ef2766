import { messagePair as text, type LocalizedText, type ReviewMeeting } from '@qingyuan/core';

/** A project of the round's agenda, as `GET …/rounds/:round/agenda` answers it. */
export type AgendaProject = ReviewMeeting['projects'][number];

/**
 * The review meeting the console proposes for a round's agenda: the accepted applications as
 * its projects, the three criteria of the case study (public benefit 40 %, feasibility 30 %,
 * sustainability 30 %; the weights are agreed and locked at the meeting), approval voting,
 * recusal in one's own community, and voters left to codes. The organizer edits it before it
 * is created; the box checks it like any meeting file.
 *
 * @example
 * reviewMeetingDraft('r-2007-review', { en: 'Round 2007' }, agenda.projects).projects; // agenda.projects
 */
export function reviewMeetingDraft(
  id: string,
  title: LocalizedText | undefined,
  projects: readonly AgendaProject[],
) {
  const named = typeof title === 'string' ? { 'zh-CN': title, en: title } : title;
  return {
    id,
    ...(named !== undefined
      ? {
          title: {
            'zh-CN': `${named['zh-CN'] ?? named.en ?? id}评审会`,
            en: `${named.en ?? named['zh-CN'] ?? id}: review meeting`,
          },
        }
      : {}),
    criteria: [
      { id: 'public-benefit', name: text('公益性', 'Public benefit'), weight: 0.4 },
      { id: 'feasibility', name: text('可行性', 'Feasibility'), weight: 0.3 },
      { id: 'sustainability', name: text('可持续性', 'Sustainability'), weight: 0.3 },
    ],
    method: { type: 'approval' as const },
    aggregate: 'sum' as const,
    recusal: 'own-community' as const,
    projects: projects.map((project) => ({ ...project })),
    voters: [],
  };
}
