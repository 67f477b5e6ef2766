import {
  projectLifecycle,
  type Application,
  type FundingDecision,
  type FundingDifference,
  type GovernanceBody,
  type Participant,
  type ProjectContext,
  type ProjectEvent,
  type ProjectState,
  type ResultsSummarySheet,
  type Round,
  type Vetting,
} from '@qingyuan/core';
import type { AuditEntry } from '../audit/hash-chain.js';

/**
 * What each kind of entry of a round's log records (its `data`). The log is the round's
 * record: the state below is folded from it, and an export carries it whole.
 */
export interface RoundEntryData {
  'round.created': { round: Round; bodies: GovernanceBody[]; participants: Participant[] };
  'application.submitted': { project: string; events: ProjectEvent[]; credential: string };
  'vetting.recorded': { vetting: Vetting; credential: string };
  'review.started': { meeting: string; events: Record<string, ProjectEvent>; credential: string };
  'summary-sheet.signed-off': { sheet: ResultsSummarySheet; credential: string };
  'funding.decided': {
    decision: FundingDecision;
    /** Where the decision departs from the rule's allocation (core's `FundingDifference`s). */
    differences: readonly FundingDifference[];
    events: Record<string, ProjectEvent>;
    credential: string;
  };
  'project.event': { project: string; event: ProjectEvent; credential: string };
}

/** The kind of an entry of a round's log. */
export type RoundEntryKind = keyof RoundEntryData;

/** One project of a round: its history (core's project events) and the state it folds to. */
export interface RoundProject {
  id: string;
  /** The credential that submitted its application (an applicant posts only for its own). */
  submittedBy: string;
  history: ProjectEvent[];
  state: ProjectState;
}

/**
 * A round as its log makes it: the round document (its lists of applications, meetings,
 * decisions and funded projects filled from the entries), the governance bodies and
 * participants it was created with, and every document recorded since.
 */
export interface RoundState {
  round: Round;
  bodies: GovernanceBody[];
  participants: Participant[];
  applications: Application[];
  vettings: Vetting[];
  summarySheets: ResultsSummarySheet[];
  decisions: FundingDecision[];
  /** The projects in the order their applications were submitted. */
  projects: Map<string, RoundProject>;
}

function record(state: RoundState, project: string, event: ProjectEvent): void {
  const found = state.projects.get(project);
  if (found === undefined) return;
  found.history.push(event);
  found.state = projectLifecycle.reduce(found.state, event);
}

/**
 * Folds a round's log into its state. The entries were checked with core's rules when they
 * were written, so this only applies them (core's `projectLifecycle.reduce` for project
 * events); a log whose first entry is not `round.created` is not a round's.
 *
 * @example
 * const state = roundState(await roundLog(db, 'org-7K2Q', 'qingyuan-2007'));
 * state.projects.get('jinhuali-home')?.state.status; // 'approved'
 */
export function roundState(entries: readonly Pick<AuditEntry, 'kind' | 'data'>[]): RoundState {
  const first = entries[0];
  if (first?.kind !== 'round.created') {
    throw new TypeError('A round’s log starts with its round.created entry');
  }
  const created = first.data as unknown as RoundEntryData['round.created'];
  const state: RoundState = {
    round: { ...created.round },
    bodies: created.bodies,
    participants: created.participants,
    applications: [],
    vettings: [],
    summarySheets: [],
    decisions: [],
    projects: new Map(),
  };
  for (const entry of entries.slice(1)) applyEntry(state, entry);
  return state;
}

/**
 * Applies one (already checked) entry to a round's state, in place.
 *
 * @example
 * applyEntry(state, { kind: 'vetting.recorded', data: { vetting, credential: 'cred-…' } });
 */
export function applyEntry(state: RoundState, entry: Pick<AuditEntry, 'kind' | 'data'>): void {
  const kind = entry.kind as RoundEntryKind;
  switch (kind) {
    case 'round.created':
      return;
    case 'application.submitted': {
      const data = entry.data as unknown as RoundEntryData['application.submitted'];
      const saved = data.events.find((event) => event.type === 'application-saved');
      if (saved?.type === 'application-saved') {
        state.applications = [
          ...state.applications.filter((a) => a.id !== data.project),
          saved.payload.application,
        ];
      }
      if (!state.round.applications.includes(data.project)) {
        state.round = { ...state.round, applications: [...state.round.applications, data.project] };
      }
      state.projects.set(data.project, {
        id: data.project,
        submittedBy: data.credential,
        history: [],
        state: projectLifecycle.initial,
      });
      for (const event of data.events) record(state, data.project, event);
      return;
    }
    case 'vetting.recorded': {
      const data = entry.data as unknown as RoundEntryData['vetting.recorded'];
      state.vettings = [...state.vettings, data.vetting];
      return;
    }
    case 'review.started': {
      const data = entry.data as unknown as RoundEntryData['review.started'];
      if (!state.round.meetings.includes(data.meeting)) {
        state.round = { ...state.round, meetings: [...state.round.meetings, data.meeting] };
      }
      for (const [project, event] of Object.entries(data.events)) record(state, project, event);
      return;
    }
    case 'summary-sheet.signed-off': {
      const data = entry.data as unknown as RoundEntryData['summary-sheet.signed-off'];
      state.summarySheets = [...state.summarySheets, data.sheet];
      return;
    }
    case 'funding.decided': {
      const data = entry.data as unknown as RoundEntryData['funding.decided'];
      state.decisions = [...state.decisions, data.decision];
      const funded = data.decision.grants.filter((g) => g.amount.amount > 0).map((g) => g.project);
      state.round = {
        ...state.round,
        decisions: [...state.round.decisions, data.decision.id],
        funded: [...state.round.funded, ...funded.filter((p) => !state.round.funded.includes(p))],
      };
      for (const [project, event] of Object.entries(data.events)) record(state, project, event);
      return;
    }
    case 'project.event': {
      const data = entry.data as unknown as RoundEntryData['project.event'];
      record(state, data.project, data.event);
      return;
    }
  }
}

/** A linked review meeting as the project rules read it (see core's `ProjectContext.meetings`). */
export type ContextMeeting = NonNullable<ProjectContext['meetings']>[number];

/**
 * The context core's project rules read for a round: its bodies, participants, the round
 * itself, the vettings, summary sheets and decisions recorded, and the review meetings (their
 * state as the ballot box holds it, with the funding decision the round recorded for each).
 *
 * @example
 * const context = projectContextOf(state, [{ status: 'results-published', meeting, ranking }]);
 * applyEvent(projectLifecycle, project.state, event, context);
 */
export function projectContextOf(
  state: RoundState,
  meetings: readonly ContextMeeting[],
): ProjectContext {
  return {
    bodies: state.bodies,
    participants: state.participants,
    rounds: [state.round],
    vettings: state.vettings,
    summarySheets: state.summarySheets,
    decisions: state.decisions,
    meetings: meetings.map((meeting) => {
      const funding = state.decisions.find((d) => d.meeting === meeting.meeting?.id);
      return funding === undefined
        ? meeting
        : { ...meeting, status: 'funding-decided' as const, funding };
    }),
  };
}
