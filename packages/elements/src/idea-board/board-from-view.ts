import type { DotVote, OpenSpaceSession } from '@qingyuan/core';

/** An idea of the box's public view: what its author published, with its dots. */
export interface ViewIdea {
  readonly id: string;
  readonly kind: OpenSpaceSession['ideas'][number]['kind'];
  readonly title: OpenSpaceSession['ideas'][number]['title'];
  readonly description?: OpenSpaceSession['ideas'][number]['description'];
  readonly by: string;
  readonly community: string;
  readonly topic?: string;
  readonly dots: number;
  readonly voters: number;
}

/** The public view of a session as the ballot box serves it (`GET …/sessions/{id}`). */
export interface SessionView {
  readonly id: string;
  readonly theme: OpenSpaceSession['theme'];
  readonly date: string;
  readonly place: OpenSpaceSession['place'];
  readonly facilitator: { readonly name: OpenSpaceSession['facilitator']['name'] };
  readonly communities: readonly string[];
  readonly dots: OpenSpaceSession['dots'];
  readonly topics: OpenSpaceSession['topics'];
  /** The breakout groups with their topics (their notes and members are not the board's). */
  readonly groups?: readonly { readonly id: string; readonly topic: string }[];
  readonly ideas: readonly ViewIdea[];
  readonly hidden: readonly { readonly kind: string; readonly id: string }[];
}

/** A participant's own dots as the box answers them (`POST …/me`, `POST …/dots`). */
export interface OwnDots {
  readonly participant: string;
  readonly left: number;
  readonly votes: readonly { readonly idea: string; readonly dots: number }[];
}

/**
 * A session document the board renders from the box's public view and the participant's own
 * dots. The view counts dots and voters per idea without saying who; each idea's other voters
 * become stand-ins of that idea alone (`~1`, `~2`, …), its dots shared evenly among them, so
 * that core's ranking shows each idea's exact dots and voters and no stand-in holds more than
 * a real participant could (the box checked the real ones); the participant's own dots and dots
 * left are their own. Ideas' authors and topics' conveners are participants by id, and the
 * groups keep their topics, so core's checks of the session hold.
 *
 * @example
 * const board = boardFromView(view, { participant: 'p-7K2Q', left: 2, votes: [{ idea: 'i-1', dots: 1 }] });
 * rankIdeas(board); // the view's ideas, ranked by their dots
 */
export function boardFromView(view: SessionView, own: OwnDots | undefined): OpenSpaceSession {
  const votes: DotVote[] = [];
  const participants: OpenSpaceSession['participants'] = [];
  for (const idea of view.ideas) {
    const mine = own?.votes.find((vote) => vote.idea === idea.id)?.dots ?? 0;
    if (mine > 0 && own) votes.push({ participant: own.participant, idea: idea.id, dots: mine });
    const voters = Math.max(0, idea.voters - (mine > 0 ? 1 : 0));
    const rest = idea.dots - mine;
    for (let n = 0; n < voters && rest > 0; n++) {
      const dots = Math.floor(rest / voters) + (n < rest % voters ? 1 : 0);
      if (dots === 0) continue;
      const id = `~${participants.length + 1}`;
      participants.push({ id, name: id, roles: ['resident'] });
      votes.push({ participant: id, idea: idea.id, dots });
    }
  }
  // The view names ideas' authors and topics' conveners by id: they are participants too.
  const named = new Set(participants.map((p) => p.id));
  const authors = [
    ...view.topics.map((topic) => topic.convener),
    ...view.ideas.map((idea) => idea.by),
    ...(own ? [own.participant] : []),
  ];
  for (const id of authors) {
    if (named.has(id)) continue;
    named.add(id);
    participants.push({ id, name: id, roles: ['resident'] });
  }
  return {
    id: view.id,
    theme: view.theme,
    date: view.date,
    place: view.place,
    facilitator: { name: view.facilitator.name },
    organizers: [],
    communities: [...view.communities],
    participants,
    dots: view.dots,
    topics: [...view.topics],
    groups: (view.groups ?? []).map((group) => ({
      id: group.id,
      topic: group.topic,
      members: [],
      notes: [],
    })),
    ideas: view.ideas.map(({ dots: _dots, voters: _voters, ...idea }) => ({ ...idea })),
    votes,
  };
}
