import type { Application } from '../domain/application.js';
import type { Money } from '../money/money.js';
import type { LocalizedText } from '../text/localized-text.js';
import type { ProjectState } from '../workflow/project-state.js';
import type { ProjectStatus } from '../workflow/project-statuses.js';
import type { HiddenItem } from './hidden-item.js';
import { rankIdeas, type RankedIdea } from './idea-ranking.js';
import type { OpenSpaceIdea } from './open-space-idea.js';
import type { OpenSpaceSession } from './open-space-session.js';
import type { OpenSpaceTopic } from './open-space-topic.js';

/** An application an idea became, and how far its project got (when its state is known). */
export interface IdeaApplication {
  readonly application: string;
  readonly title: LocalizedText;
  /** The project's status; absent when no state was given for it. */
  readonly status?: ProjectStatus;
  /** Known to have been granted funds (approved, whatever happened after). */
  readonly funded: boolean;
  readonly granted?: Money;
  /** Completed its cycle (`closed`). */
  readonly closed: boolean;
  /** Stopped early (`terminated`). */
  readonly terminated: boolean;
}

/** A topic of the session with what came of it. */
export interface TopicInReport {
  readonly topic: OpenSpaceTopic;
  /** Its visible ideas, by id. */
  readonly ideas: readonly string[];
  /** Its breakout groups, by id. */
  readonly groups: readonly string[];
  /** The record, when an organizer hid the topic. */
  readonly hidden?: HiddenItem;
}

/** A ranked idea with the applications it became. */
export interface IdeaInReport extends RankedIdea {
  readonly applications: readonly IdeaApplication[];
}

/** A session's report: topics, ideas ranked by dots with ties stated, and where ideas went. */
export interface OpenSpaceReport {
  readonly session: Pick<OpenSpaceSession, 'id' | 'theme' | 'date' | 'place' | 'communities'>;
  readonly topics: readonly TopicInReport[];
  /** Visible ideas, most dots first (see `rankIdeas`). */
  readonly ideas: readonly IdeaInReport[];
  /** Each group of ideas with exactly as many dots (two or more), in rank order. */
  readonly ties: readonly { readonly dots: number; readonly ideas: readonly string[] }[];
  /** Hidden ideas with the record of who hid them and why (nothing is deleted). */
  readonly hiddenIdeas: readonly {
    readonly idea: OpenSpaceIdea;
    readonly record: HiddenItem;
    readonly applications: readonly IdeaApplication[];
  }[];
  readonly summary: {
    readonly participants: number;
    readonly ideas: number;
    readonly needs: number;
    readonly projectIdeas: number;
    readonly dotsCast: number;
    readonly dotsAvailable: number;
    /** Ideas (visible or hidden) carried into at least one application. */
    readonly becameApplications: number;
    readonly funded: number;
    readonly closed: number;
  };
}

/**
 * The report of an Open Space session: its topics with their ideas and groups; its visible
 * ideas ranked by dots, exact ties stated; for each idea the applications that name it in
 * their `origin` and, when `projectStates` (by application id, e.g. from `replay`) are
 * given, whether each was funded, closed or terminated; hidden ideas with the record; and a
 * summary. Applications from other sessions are ignored.
 *
 * @example
 * const report = openSpaceReport(openSpaceSession, pilotApplications, { 'jinhuali-home': state });
 * report.ideas[0]; // { idea: { id: 'i-supermarket', … }, dots: 5, rank: 1, applications: [{ application: 'jinhuali-home', funded: true, … }] }
 * report.summary.becameApplications; // 1
 */
export function openSpaceReport(
  session: OpenSpaceSession,
  applications: readonly Application[],
  projectStates: Readonly<Record<string, Pick<ProjectState, 'status' | 'granted'>>> = {},
): OpenSpaceReport {
  const byIdea = new Map<string, IdeaApplication[]>();
  for (const application of applications) {
    if (application.origin?.session !== session.id) continue;
    const state = Object.hasOwn(projectStates, application.id)
      ? projectStates[application.id]
      : undefined;
    const entry: IdeaApplication = {
      application: application.id,
      title: application.title,
      ...(state ? { status: state.status } : {}),
      funded: state?.granted !== undefined,
      ...(state?.granted ? { granted: state.granted } : {}),
      closed: state?.status === 'closed',
      terminated: state?.status === 'terminated',
    };
    for (const idea of new Set(application.origin.ideas))
      byIdea.set(idea, [...(byIdea.get(idea) ?? []), entry]);
  }
  const appsOf = (idea: string) => byIdea.get(idea) ?? [];
  const hidden = session.hidden ?? [];
  const record = (kind: HiddenItem['kind'], id: string) =>
    hidden.find((item) => item.kind === kind && item.id === id);

  const ranked = rankIdeas(session).map((entry): IdeaInReport => ({
    ...entry,
    applications: appsOf(entry.idea.id),
  }));
  const ties: { dots: number; ideas: string[] }[] = [];
  for (const entry of ranked) {
    if (entry.tiedWith.length === 0) continue;
    const last = ties.at(-1);
    if (last?.dots === entry.dots) last.ideas.push(entry.idea.id);
    else ties.push({ dots: entry.dots, ideas: [entry.idea.id] });
  }
  const hiddenIdeas = session.ideas.flatMap((idea) => {
    const found = record('idea', idea.id);
    return found ? [{ idea, record: found, applications: appsOf(idea.id) }] : [];
  });
  const visibleIds = new Set(ranked.map((entry) => entry.idea.id));
  const topics = session.topics.map((topic): TopicInReport => {
    const found = record('topic', topic.id);
    return {
      topic,
      ideas: session.ideas
        .filter((idea) => idea.topic === topic.id && visibleIds.has(idea.id))
        .map((idea) => idea.id),
      groups: session.groups.filter((group) => group.topic === topic.id).map((group) => group.id),
      ...(found ? { hidden: found } : {}),
    };
  });
  const carried = session.ideas.map((idea) => appsOf(idea.id));
  return {
    session: {
      id: session.id,
      theme: session.theme,
      date: session.date,
      place: session.place,
      communities: session.communities,
    },
    topics,
    ideas: ranked,
    ties,
    hiddenIdeas,
    summary: {
      participants: session.participants.length,
      ideas: session.ideas.length,
      needs: session.ideas.filter((idea) => idea.kind === 'need').length,
      projectIdeas: session.ideas.filter((idea) => idea.kind === 'project-idea').length,
      dotsCast: session.votes.reduce((sum, vote) => sum + vote.dots, 0),
      dotsAvailable: session.participants.length * session.dots.perParticipant,
      becameApplications: carried.filter((apps) => apps.length > 0).length,
      funded: carried.filter((apps) => apps.some((a) => a.funded)).length,
      closed: carried.filter((apps) => apps.some((a) => a.closed)).length,
    },
  };
}
