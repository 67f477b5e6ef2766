import { checkOpenSpaceSession, rankIdeas } from '@qingyuan/core';
import { pilotOpenSpaceSession } from '@qingyuan/core/examples';
import { describe, expect, it } from 'vitest';
import { boardFromView, type SessionView } from './board-from-view.js';

/** The box's public view of a session, as `GET …/sessions/{id}` serves it (no names, no codes). */
function publicView(): SessionView {
  const session = pilotOpenSpaceSession;
  const dots = (idea: string) =>
    session.votes.filter((v) => v.idea === idea).reduce((sum, v) => sum + v.dots, 0);
  const voters = (idea: string) =>
    new Set(session.votes.filter((v) => v.idea === idea).map((v) => v.participant)).size;
  return {
    id: session.id,
    theme: session.theme,
    date: session.date,
    place: session.place,
    facilitator: { name: session.facilitator.name },
    communities: session.communities,
    dots: session.dots,
    topics: session.topics,
    groups: session.groups.map((g) => ({ id: g.id, topic: g.topic })),
    ideas: session.ideas.map((idea) => ({ ...idea, dots: dots(idea.id), voters: voters(idea.id) })),
    hidden: [],
  };
}

describe('boardFromView', () => {
  it('rebuilds a session core accepts from a real session’s public view (authors, conveners and groups named by id)', () => {
    const board = boardFromView(publicView(), { participant: 'p-wang', left: 5, votes: [] });
    const checked = checkOpenSpaceSession(board);
    expect(checked.ok ? [] : checked.violations.map((v) => v.message.en)).toEqual([]);
    // A new idea by the participant, in one of the view's groups, is still a valid session.
    const next = {
      ...board,
      ideas: [
        ...board.ideas,
        {
          id: 'i-new',
          kind: 'project-idea' as const,
          title: { 'zh-CN': '楼道互助角' },
          by: 'p-wang',
          community: board.communities[0]!,
          group: board.groups[0]!.id,
        },
      ],
    };
    expect(checkOpenSpaceSession(next).ok).toBe(true);
  });

  it('keeps each idea’s exact dots and voters for core’s ranking', () => {
    const view = publicView();
    const ranked = rankIdeas(boardFromView(view, undefined));
    for (const entry of ranked) {
      const shown = view.ideas.find((idea) => idea.id === entry.idea.id)!;
      expect([entry.dots, entry.voters]).toEqual([shown.dots, shown.voters]);
    }
  });
});
