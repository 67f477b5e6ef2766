import * as z from 'zod/mini';
import { BallotSchema, type Ballot } from '../meeting/ballot.js';
import {
  IdSchema,
  ReviewMeetingSchema,
  WeightSchema,
  type ReviewMeeting,
} from '../meeting/review-meeting.js';
import { LocalizedTextSchema } from '../text/localized-text.js';
import { TimestampSchema } from '../domain/calendar.js';
import { FundingDecisionSchema, type FundingDecision } from '../domain/funding-decision.js';
import type { RuleMessage, Violation } from '../validation/violation.js';
import {
  checkFundingDecision,
  fundingRules,
  RankingSchema,
  type Ranking,
} from './funding-rules.js';
import type { Lifecycle, LifecycleRule } from './lifecycle.js';

/** The statuses of a review meeting, in order. */
export const meetingStatuses = [
  'draft',
  'weights-locked',
  'voting-open',
  'voting-closed',
  'results-published',
  'funding-decided',
] as const;

/** A review meeting status. */
export type MeetingStatus = (typeof meetingStatuses)[number];

const base = { at: TimestampSchema, by: IdSchema, reason: z.optional(LocalizedTextSchema) };
const bare = <T extends string>(type: T) => z.object({ type: z.literal(type), ...base });
const carrying = <T extends string, P extends z.core.$ZodShape>(type: T, payload: P) =>
  z.object({ type: z.literal(type), ...base, payload: z.object(payload) });

/**
 * One event in a review meeting's history. `agenda-saved` records the meeting document
 * (criteria, weights, projects, voters); `weights-set` changes weights before they are locked.
 *
 * @example
 * MeetingEventSchema.parse({ type: 'voting-opened', at: '2008-03-20T14:00:00+08:00', by: 'p-host' });
 */
export const MeetingEventSchema = z
  .discriminatedUnion('type', [
    carrying('agenda-saved', { meeting: ReviewMeetingSchema }),
    carrying('weights-set', { weights: z.record(IdSchema, WeightSchema) }),
    bare('weights-locked'),
    bare('voting-opened'),
    carrying('ballot-cast', { ballot: BallotSchema }),
    bare('voting-closed'),
    carrying('results-published', { ranking: RankingSchema }),
    carrying('funding-decided', { decision: FundingDecisionSchema }),
  ])
  .register(z.globalRegistry, { id: 'MeetingEvent' });

/** One event of a review meeting's history. */
export type MeetingEvent = z.infer<typeof MeetingEventSchema>;

/**
 * A `meeting-history.json` document: a review meeting's events in order.
 *
 * @example
 * MeetingHistorySchema.parse([{ type: 'agenda-saved', at: '…', by: 'p-host', payload: { meeting } }]);
 */
export const MeetingHistorySchema = z.array(MeetingEventSchema).register(z.globalRegistry, {
  id: 'MeetingHistory',
  description: 'A review meeting’s append-only event history.',
});

/** The state of a review meeting, derived from its history. */
export interface MeetingState {
  readonly status: MeetingStatus;
  readonly lastAt?: string | undefined;
  readonly meeting?: ReviewMeeting | undefined;
  readonly ballots: readonly Ballot[];
  readonly ranking?: Ranking | undefined;
  readonly funding?: FundingDecision | undefined;
}

/** The meeting rules need no outside context. */
export type MeetingContext = Readonly<Record<string, never>>;

const m = (zh: string, en: string): RuleMessage => ({ 'zh-CN': zh, en });
type Rule = LifecycleRule<MeetingState, MeetingEvent, MeetingContext>;
const one = (rule: string, message: RuleMessage, path: (string | number)[]): Violation[] => [
  { rule, message, path },
];

/**
 * The named rules of the review-meeting lifecycle (besides `meeting.event-allowed` and
 * `meeting.chronological`): weights fixed once locked, ballots only while voting is open and
 * once per registered voter, a complete ranking, and the funding rules.
 */
export const meetingRules: readonly Rule[] = [
  {
    id: 'meeting.agenda-present',
    description: m(
      '锁定权重前已保存评审会议程（标准、权重、项目、投票人）',
      'The agenda (criteria, weights, projects, voters) is saved before weights are locked',
    ),
    on: ['weights-locked', 'weights-set'],
    check: ({ state }) =>
      state.meeting
        ? []
        : one('meeting.agenda-present', m('尚未保存评审会议程', 'No agenda has been saved yet'), [
            'meeting',
          ]),
  },
  {
    id: 'meeting.weights-locked',
    description: m('权重一经锁定即不能再改', 'Weights cannot change once they are locked'),
    on: ['weights-set'],
    check: ({ state }) =>
      state.status === 'draft'
        ? []
        : one(
            'meeting.weights-locked',
            m('权重已锁定，不能再修改', 'The weights are locked and cannot change'),
            ['payload', 'weights'],
          ),
  },
  {
    id: 'meeting.weights-known-criteria',
    description: m(
      '只能为评审会已有的标准设权重',
      'Weights are set only for the meeting’s criteria',
    ),
    on: ['weights-set'],
    check: ({ state, event }) => {
      if (event.type !== 'weights-set' || !state.meeting) return [];
      const known = new Set(state.meeting.criteria.map((criterion) => criterion.id));
      return Object.keys(event.payload.weights)
        .filter((id) => !known.has(id))
        .flatMap((id) =>
          one(
            'meeting.weights-known-criteria',
            m(`评审会没有标准“${id}”`, `The meeting has no criterion “${id}”`),
            ['payload', 'weights', id],
          ),
        );
    },
  },
  {
    id: 'meeting.ballots-while-open',
    description: m('只在投票开放期间接受选票', 'Ballots are accepted only while voting is open'),
    on: ['ballot-cast'],
    check: ({ state }) =>
      state.status === 'voting-open'
        ? []
        : one(
            'meeting.ballots-while-open',
            state.status === 'voting-closed' ||
              state.status === 'results-published' ||
              state.status === 'funding-decided'
              ? m('投票已结束，不再接受选票', 'Voting has closed; ballots are no longer accepted')
              : m('投票尚未开始，还不能投票', 'Voting has not opened yet'),
            ['type'],
          ),
  },
  {
    id: 'ballot.known-voter',
    description: m(
      '选票来自评审会登记的投票人',
      'A ballot comes from a registered voter of the meeting',
    ),
    on: ['ballot-cast'],
    check: ({ state, event }) =>
      event.type === 'ballot-cast' &&
      state.meeting &&
      !state.meeting.voters.some((voter) => voter.id === event.payload.ballot.voter)
        ? one(
            'ballot.known-voter',
            m(
              `“${event.payload.ballot.voter}”不是本次评审会登记的投票人`,
              `“${event.payload.ballot.voter}” is not a registered voter of this meeting`,
            ),
            ['payload', 'ballot', 'voter'],
          )
        : [],
  },
  {
    id: 'results.ranking-complete',
    description: m(
      '公布的排名恰好包含议程上的每个项目一次',
      'The published ranking lists every project on the agenda exactly once',
    ),
    on: ['results-published'],
    check: ({ state, event }) => {
      if (event.type !== 'results-published' || !state.meeting) return [];
      const agenda = state.meeting.projects.map((project) => project.id);
      const ranked = event.payload.ranking.map((entry) => entry.project);
      const out: Violation[] = [];
      ranked.forEach((id, index) => {
        if (!agenda.includes(id))
          out.push(
            ...one(
              'results.ranking-complete',
              m(`项目“${id}”不在议程上`, `Project “${id}” is not on the agenda`),
              ['payload', 'ranking', index, 'project'],
            ),
          );
        else if (ranked.indexOf(id) !== index)
          out.push(
            ...one(
              'results.ranking-complete',
              m(`项目“${id}”重复出现在排名中`, `Project “${id}” appears twice in the ranking`),
              ['payload', 'ranking', index, 'project'],
            ),
          );
      });
      for (const id of agenda) {
        if (!ranked.includes(id))
          out.push(
            ...one(
              'results.ranking-complete',
              m(`排名缺少项目“${id}”`, `The ranking leaves out project “${id}”`),
              ['payload', 'ranking'],
            ),
          );
      }
      return out;
    },
  },
  {
    id: 'funding.meeting-matches',
    description: m(
      '资助决定针对本次评审会，只资助议程上的项目',
      'The funding decision is for this meeting and funds only projects on its agenda',
    ),
    on: ['funding-decided'],
    check: ({ state, event }) => {
      if (event.type !== 'funding-decided' || !state.meeting) return [];
      const decision = event.payload.decision;
      const out: Violation[] = [];
      if (decision.meeting !== state.meeting.id) {
        out.push(
          ...one(
            'funding.meeting-matches',
            m(
              `资助决定针对评审会“${decision.meeting}”，不是“${state.meeting.id}”`,
              `The decision is for meeting “${decision.meeting}”, not “${state.meeting.id}”`,
            ),
            ['payload', 'decision', 'meeting'],
          ),
        );
      }
      const agenda = new Set(state.meeting.projects.map((project) => project.id));
      decision.grants.forEach((grant, index) => {
        if (!agenda.has(grant.project))
          out.push(
            ...one(
              'funding.meeting-matches',
              m(
                `项目“${grant.project}”不在议程上`,
                `Project “${grant.project}” is not on the agenda`,
              ),
              ['payload', 'decision', 'grants', index, 'project'],
            ),
          );
      });
      return out;
    },
  },
  ...(Object.keys(fundingRules) as (keyof typeof fundingRules)[]).map((id): Rule => ({
    id,
    description: fundingRules[id],
    on: ['funding-decided'],
    check: ({ state, event }) => {
      if (event.type !== 'funding-decided') return [];
      const requested = Object.fromEntries(
        (state.meeting?.projects ?? []).map((project) => [project.id, project.requested]),
      );
      const result = checkFundingDecision(event.payload.decision, state.ranking ?? [], {
        requested,
      });
      return result.ok
        ? []
        : result.violations
            .filter((v) => v.rule === id)
            .map((v) => ({ ...v, path: ['payload', 'decision', ...v.path] }));
    },
  })),
];

const labels: Record<MeetingStatus, RuleMessage> = {
  draft: m('筹备中', 'draft'),
  'weights-locked': m('权重已锁定', 'weights locked'),
  'voting-open': m('投票中', 'voting open'),
  'voting-closed': m('投票已结束', 'voting closed'),
  'results-published': m('结果已公布', 'results published'),
  'funding-decided': m('资助已决定', 'funding decided'),
};

function reduce(state: MeetingState, event: MeetingEvent): MeetingState {
  const next = { ...state, lastAt: event.at };
  switch (event.type) {
    case 'agenda-saved':
      return { ...next, meeting: event.payload.meeting };
    case 'weights-set': {
      const weights = event.payload.weights;
      const meeting = state.meeting!;
      return {
        ...next,
        meeting: {
          ...meeting,
          criteria: meeting.criteria.map((criterion) => ({
            ...criterion,
            weight: weights[criterion.id] ?? criterion.weight,
          })),
        },
      };
    }
    case 'weights-locked':
      return { ...next, status: 'weights-locked' };
    case 'voting-opened':
      return { ...next, status: 'voting-open' };
    case 'ballot-cast': {
      // A voter may vote again while voting is open; the last ballot counts (as in the tally).
      const { voter } = event.payload.ballot;
      return {
        ...next,
        ballots: [...state.ballots.filter((b) => b.voter !== voter), event.payload.ballot],
      };
    }
    case 'voting-closed':
      return { ...next, status: 'voting-closed' };
    case 'results-published':
      return { ...next, status: 'results-published', ranking: event.payload.ranking };
    case 'funding-decided':
      return { ...next, status: 'funding-decided', funding: event.payload.decision };
  }
}

const notFinal = meetingStatuses.filter((status) => status !== 'funding-decided');

/**
 * The review-meeting lifecycle as data: draft → weights-locked → voting-open →
 * voting-closed → results-published → funding-decided. Weights can change only in draft;
 * ballots are accepted only while voting is open (both are named rules, so a late ballot
 * gets a clear "voting has closed" rather than a generic refusal).
 *
 * @example
 * const result = replay(meetingLifecycle, history, {});
 * if (result.ok) result.state.ballots.length;
 */
export const meetingLifecycle: Lifecycle<
  MeetingStatus,
  MeetingState,
  MeetingEvent,
  MeetingContext
> = {
  name: 'meeting',
  statuses: labels,
  initial: { status: 'draft', ballots: [] },
  transitions: {
    'agenda-saved': { from: ['draft'], to: 'same' },
    'weights-set': { from: notFinal, to: 'same' },
    'weights-locked': { from: ['draft'], to: 'weights-locked' },
    'voting-opened': { from: ['weights-locked'], to: 'voting-open' },
    'ballot-cast': { from: meetingStatuses, to: 'same' },
    'voting-closed': { from: ['voting-open'], to: 'voting-closed' },
    'results-published': { from: ['voting-closed'], to: 'results-published' },
    'funding-decided': { from: ['results-published'], to: 'funding-decided' },
  },
  rules: meetingRules,
  reduce,
  next: {
    draft: 'weights-locked',
    'weights-locked': 'voting-opened',
    'voting-open': 'voting-closed',
    'voting-closed': 'results-published',
    'results-published': 'funding-decided',
  },
  documentFor: {
    'results-published': m('需要排名结果', 'A ranking is needed'),
    'funding-decided': m('需要资助决定', 'A funding decision is needed (FundingDecision)'),
  },
};
