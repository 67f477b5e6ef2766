import {
  dotsLeft,
  dotsUsed,
  type HiddenItem,
  type OpenSpaceIdea,
  type OpenSpaceSession,
  type OpenSpaceTopic,
} from '@qingyuan/core';
import type { SessionRecord } from '../storage/open-space-sessions.js';

/** An idea as everyone sees it: what its author published, with the dots it has. */
export type PublicIdea = OpenSpaceIdea & { dots: number; voters: number };

/**
 * A session as anyone sees it (`GET …/sessions/:session` and its event stream): the theme,
 * limits, visible topics, groups' visible notes and ideas with their dots, and what organizers
 * hid (kind, id, when and why, never the hidden text). No codes, no participants' names and no
 * one's individual dots: participants are counted, ideas and topics name their author by the
 * participant id only.
 */
export interface PublicSessionView {
  organization: string;
  id: string;
  theme: OpenSpaceSession['theme'];
  date: string;
  place: OpenSpaceSession['place'];
  facilitator: { name: OpenSpaceSession['facilitator']['name'] };
  communities: string[];
  dots: OpenSpaceSession['dots'];
  participants: number;
  dotsCast: number;
  topics: OpenSpaceTopic[];
  groups: { id: string; topic: string; notes: { id: string; text: unknown }[] }[];
  ideas: PublicIdea[];
  hidden: Omit<HiddenItem, 'by'>[];
  log: { length: number; head: string };
}

/**
 * The public view of a stored session.
 *
 * @example
 * const view = publicSessionView(record); // { id: 'os-2007', ideas: [{ id, title, dots: 4, … }], … }
 */
export function publicSessionView(record: SessionRecord): PublicSessionView {
  const { session } = record;
  const hidden = session.hidden ?? [];
  const isHidden = (kind: HiddenItem['kind'], id: string) =>
    hidden.some((item) => item.kind === kind && item.id === id);
  const dots = new Map<string, number>();
  const voters = new Map<string, Set<string>>();
  for (const vote of session.votes) {
    dots.set(vote.idea, (dots.get(vote.idea) ?? 0) + vote.dots);
    voters.set(vote.idea, (voters.get(vote.idea) ?? new Set()).add(vote.participant));
  }
  return {
    organization: record.organization,
    id: session.id,
    theme: session.theme,
    date: session.date,
    place: session.place,
    facilitator: { name: session.facilitator.name },
    communities: session.communities,
    dots: session.dots,
    participants: session.participants.length,
    dotsCast: session.votes.reduce((sum, vote) => sum + vote.dots, 0),
    topics: session.topics.filter((topic) => !isHidden('topic', topic.id)),
    groups: session.groups.map((group) => ({
      id: group.id,
      topic: group.topic,
      notes: group.notes
        .filter((note) => !isHidden('note', note.id))
        .map((note) => ({ id: note.id, text: note.text })),
    })),
    ideas: session.ideas
      .filter((idea) => !isHidden('idea', idea.id))
      .map((idea) => ({
        ...idea,
        dots: dots.get(idea.id) ?? 0,
        voters: voters.get(idea.id)?.size ?? 0,
      })),
    hidden: hidden.map(({ by: _by, ...shown }) => shown),
    log: record.log,
  };
}

/** What a participant sees of their own dots (`POST …/me`, and the answer to a dot change). */
export interface ParticipantDots {
  participant: string;
  left: number;
  votes: { idea: string; dots: number }[];
}

/**
 * A participant's own dots in a session: how many are left and where the others are.
 *
 * @example
 * participantDots(session, 'p-7K2Q'); // { participant: 'p-7K2Q', left: 3, votes: [{ idea: 'i-1', dots: 2 }] }
 */
export function participantDots(session: OpenSpaceSession, participant: string): ParticipantDots {
  return {
    participant,
    left: dotsLeft(session, participant),
    votes: session.votes
      .filter((vote) => vote.participant === participant)
      .map((vote) => ({ idea: vote.idea, dots: dotsUsed(session.votes, participant, vote.idea) })),
  };
}

/**
 * A session as `GET …/sessions` lists it for anyone: the public view's heading and counts
 * (theme, date, place, facilitator's name, communities, limits, how many participants, visible
 * ideas and dots cast) without its topics, notes and ideas — `GET …/sessions/:session` has them.
 *
 * @example
 * sessionSummary(publicSessionView(record)); // { id: 'os-2007', ideas: 12, dotsCast: 40, … }
 */
export function sessionSummary(view: PublicSessionView) {
  return {
    organization: view.organization,
    id: view.id,
    theme: view.theme,
    date: view.date,
    place: view.place,
    facilitator: view.facilitator,
    communities: view.communities,
    dots: view.dots,
    participants: view.participants,
    ideas: view.ideas.length,
    dotsCast: view.dotsCast,
    log: view.log,
  };
}
