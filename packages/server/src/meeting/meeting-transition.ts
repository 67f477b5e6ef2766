import {
  messagePair as m,
  applyEvent,
  meetingLifecycle,
  type ApplyResult,
  type FundingDecision,
  type Ballot,
  type LifecycleRule,
  type MeetingEvent,
  type MeetingState,
  type Ranking,
  type Violation,
} from '@qingyuan/core';
import { meetingWithCodeVoters } from './meeting-tally.js';

/** What the ballot box knows beyond the meeting's history when deciding a step. */
export interface BallotBoxContext {
  /** Voting codes issued so far. */
  codes: number;
}

/**
 * The organizer's lifecycle actions, in lifecycle order, each an endpoint
 * `POST /meetings/:id/<action>`: the one list a client (the console, the demo) names them from.
 *
 * @example
 * import { meetingActionNames } from '@qingyuan/server/meeting';
 * for (const action of meetingActionNames) console.log(`POST /meetings/m-1/${action}`);
 */
export const meetingActionNames = ['lock-weights', 'open', 'close', 'publish'] as const;

/** One of the organizer's lifecycle actions (see {@link meetingActionNames}). */
export type MeetingAction = (typeof meetingActionNames)[number];

/**
 * Whether `name` is one of the organizer's lifecycle actions (a path segment, say).
 *
 * @example
 * isMeetingAction('open'); // true
 * isMeetingAction('delete'); // false
 */
export function isMeetingAction(name: string): name is MeetingAction {
  return (meetingActionNames as readonly string[]).includes(name);
}

/** Every lifecycle action with the core meeting event it records, in lifecycle order. */
export const meetingActions = {
  'lock-weights': 'weights-locked',
  open: 'voting-opened',
  close: 'voting-closed',
  publish: 'results-published',
} as const satisfies Record<MeetingAction, MeetingEvent['type']>;

/** Who the ballot box records as the author of an organizer's event. */
export const ORGANIZER = 'organizer';

/**
 * The rules the ballot box adds to `@qingyuan/core`'s meeting lifecycle, for what only it
 * knows: a vote needs projects to vote on, and voting opens only once codes exist.
 */
export const ballotBoxRules: readonly LifecycleRule<
  MeetingState,
  MeetingEvent,
  BallotBoxContext
>[] = [
  {
    id: 'ballot-box.projects-listed',
    description: m(
      '锁定权重和开始投票前，评审会至少列出一个项目',
      'The meeting lists projects before weights are locked and voting opens',
    ),
    on: ['weights-locked', 'voting-opened'],
    check: ({ state }) =>
      state.meeting !== undefined && state.meeting.projects.length === 0
        ? [
            {
              rule: 'ballot-box.projects-listed',
              message: m('评审会没有列出任何项目', 'The meeting lists no projects'),
              path: ['meeting', 'projects'],
            },
          ]
        : [],
  },
  {
    id: 'ballot-box.codes-issued',
    description: m('开始投票前已发放投票码', 'Voting codes are issued before voting opens'),
    on: ['voting-opened'],
    check: ({ context }) =>
      context.codes === 0
        ? [
            {
              rule: 'ballot-box.codes-issued',
              message: m('尚未发放任何投票码', 'No voting codes have been issued yet'),
              path: ['codes'],
            },
          ]
        : [],
  },
];

/**
 * The time of the next event: now, or the previous event's time when the clock is behind it
 * (another instance's clock, a clock step), so core's `meeting.chronological` rule holds for
 * every event the ballot box writes.
 */
function nextAt(state: MeetingState): string {
  const now = new Date().toISOString();
  return state.lastAt !== undefined && Date.parse(state.lastAt) > Date.parse(now)
    ? state.lastAt
    : now;
}

/**
 * The core meeting event an organizer's step records: `agenda-saved` for a new document,
 * the action's event otherwise (`results-published` carries the ranking).
 *
 * @example
 * organizerEvent(record.state, { type: 'voting-opened' });
 * organizerEvent(record.state, { type: 'agenda-saved', payload: { meeting } });
 */
export function organizerEvent(
  state: MeetingState,
  step:
    | { type: 'agenda-saved'; payload: { meeting: MeetingState['meeting'] & object } }
    | { type: 'weights-locked' | 'voting-opened' | 'voting-closed' }
    | { type: 'results-published'; payload: { ranking: Ranking } },
): MeetingEvent {
  return { ...step, at: nextAt(state), by: ORGANIZER } as MeetingEvent;
}

/**
 * The core `funding-decided` event a round's funding decision records in the history of the
 * review meeting it decides on: by the decision's first decider, at the time the ballot box
 * records it (the decision keeps its own `decidedAt`), so the meeting's history ends with the
 * decision its ranking led to.
 *
 * @example
 * fundingDecidedEvent(record.state, decision); // { type: 'funding-decided', by: 'p-center', payload: { decision }, … }
 */
export function fundingDecidedEvent(state: MeetingState, decision: FundingDecision): MeetingEvent {
  return {
    type: 'funding-decided',
    at: nextAt(state),
    by: decision.decidedBy[0] ?? ORGANIZER,
    payload: { decision },
  };
}

/**
 * Checks one event against `@qingyuan/core`'s meeting lifecycle (`applyEvent`: the event is
 * allowed in the current status, in time order, and every core rule on it) and the ballot
 * box's own {@link ballotBoxRules}; returns the new state or every violated rule at once.
 *
 * @example
 * const result = checkMeetingEvent(record.state, organizerEvent(record.state, { type: 'voting-opened' }), { codes: 0 });
 * // { ok: false, violations: [{ rule: 'meeting.event-allowed', … }, { rule: 'ballot-box.codes-issued', … }] } on a draft
 */
export function checkMeetingEvent(
  state: MeetingState,
  event: MeetingEvent,
  context: BallotBoxContext,
): ApplyResult<MeetingState> {
  const core = applyEvent(meetingLifecycle, state, event, {});
  const own = ballotBoxRules
    .filter((rule) => rule.on.includes(event.type))
    .flatMap((rule) => rule.check({ state, event, context }));
  if (own.length === 0) return core;
  return { ok: false, violations: [...(core.ok ? [] : core.violations), ...own] };
}

/**
 * The rules of core's meeting lifecycle a ballot breaks, as a `ballot-cast` event (voting must
 * be open). The ballot box keeps ballots out of the meeting's history — they live in the
 * ballots table, where a code's later ballot replaces its earlier one (the last counts) — so
 * the event is checked against the meeting with the code's voter listed (as the tally sees
 * it) and without earlier ballots.
 *
 * @example
 * castViolations(closedState, 'c-1a2b', marks); // [{ rule: 'meeting.ballots-while-open', … }]
 */
export function castViolations(
  state: MeetingState,
  voter: string,
  marks: Ballot['marks'],
): readonly Violation[] {
  const meeting =
    state.meeting === undefined
      ? undefined
      : meetingWithCodeVoters(state.meeting, [{ code: voter, voter }]);
  const event: MeetingEvent = {
    type: 'ballot-cast',
    at: nextAt(state),
    by: voter,
    payload: { ballot: { voter, marks } },
  };
  const result = applyEvent(meetingLifecycle, { ...state, meeting, ballots: [] }, event, {});
  return result.ok ? [] : result.violations;
}

/** What a request to issue voting codes asks for. */
export type CodesRequest = { count: number } | { voters: string[] };

/**
 * The rules issuing voting codes breaks: codes are issued before voting closes, only to the
 * meeting's listed voters, and one per named voter.
 *
 * @example
 * issueViolations(closedState, { count: 5 }, new Set()); // [{ rule: 'ballot-box.codes-before-close', … }]
 */
export function issueViolations(
  state: MeetingState,
  request: CodesRequest,
  namedVoters: ReadonlySet<string>,
): Violation[] {
  const violations: Violation[] = [];
  if (!['draft', 'weights-locked', 'voting-open'].includes(state.status)) {
    violations.push({
      rule: 'ballot-box.codes-before-close',
      message: m('投票结束后不能再发放投票码', 'Codes cannot be issued once voting has closed'),
      path: ['status'],
    });
  }
  if ('voters' in request) {
    const listed = new Set((state.meeting?.voters ?? []).map((voter) => voter.id));
    const asked = new Set<string>();
    request.voters.forEach((voter, index) => {
      if (!listed.has(voter)) {
        violations.push({
          rule: 'ballot-box.listed-voter',
          message: m(
            `“${voter}”不是本次评审会的投票人`,
            `“${voter}” is not a voter of this meeting`,
          ),
          path: ['voters', index],
        });
      } else if (namedVoters.has(voter) || asked.has(voter)) {
        violations.push({
          rule: 'ballot-box.one-code-per-voter',
          message: m(`“${voter}”已经有投票码`, `“${voter}” already has a voting code`),
          path: ['voters', index],
        });
      }
      asked.add(voter);
    });
  }
  return violations;
}
