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
  readonly ideas: readonly ViewIdea[];
  readonly hidden: readonly { readonly kind: string; readonly id: string }[];
}

/** A participant's own dots as the box answers them (`POST …/me`, `POST …/dots`). */
export interface OwnDots {
  readonly participant: string;
  readonly left: number;
  readonly votes: readonly { readonly idea: string; readonly dots: number }[];
}

/** The id standing for the other participants who dotted an idea (`~1`, `~2`, …). */
const other = (n: number) => `~${n}`;

/**
 * A session document the board renders from the box's public view and the participant's own
 * dots. The view counts dots and voters per idea without saying who; the other participants'
 * dots are spread over stand-ins (`~1`, `~2`, …) so that core's ranking shows each idea's exact
 * dots and voters, and the participant's own dots and dots left are their own.
 *
 * @example
 * const board = boardFromView(view, { participant: 'p-7K2Q', left: 2, votes: [{ idea: 'i-1', dots: 1 }] });
 * rankIdeas(board); // the view's ideas, ranked by their dots
 */
export function boardFromView(view: SessionView, own: OwnDots | undefined): OpenSpaceSession {
  const votes: DotVote[] = [];
  let most = 0;
  for (const idea of view.ideas) {
    const mine = own?.votes.find((vote) => vote.idea === idea.id)?.dots ?? 0;
    if (mine > 0 && own) votes.push({ participant: own.participant, idea: idea.id, dots: mine });
    const voters = Math.max(0, idea.voters - (mine > 0 ? 1 : 0));
    let rest = idea.dots - mine;
    for (let n = 1; n <= voters && rest > 0; n++) {
      const dots = n === voters ? rest : 1;
      votes.push({ participant: other(n), idea: idea.id, dots });
      rest -= dots;
    }
    most = Math.max(most, voters);
  }
  const participants: OpenSpaceSession['participants'] = Array.from({ length: most }, (_, i) => ({
    id: other(i + 1),
    name: other(i + 1),
    roles: ['resident'],
  }));
  if (own) participants.push({ id: own.participant, name: own.participant, roles: ['resident'] });
  return {
    id: view.id,
    theme: view.theme,
    date: view.date,
    place: view.place,
    facilitator: { name: view.facilitator.name },
    organizers: [],
    communities: [...view.communities],
    participants,
    // Stand-ins may hold more dots than one budget: the box checked the real participants.
    dots: view.dots,
    topics: [...view.topics],
    groups: [],
    ideas: view.ideas.map(({ dots: _dots, voters: _voters, ...idea }) => ({ ...idea })),
    votes,
  };
}
