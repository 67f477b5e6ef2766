import * as z from 'zod/mini';
import { BallotSchema, type Ballot } from '../meeting/ballot.js';
import { IdSchema } from '../validation/id.js';
import {
  ReviewMeetingSchema,
  WeightSchema,
  type ReviewMeeting,
} from '../meeting/review-meeting.js';
import { LocalizedTextSchema } from '../text/localized-text.js';
import { TimestampSchema } from '../domain/calendar.js';
import {
  FundingDecisionSchema,
  type FundingDecision,
  type RankingDeparture,
} from '../domain/funding-decision.js';
import { TieBreakChainSchema, tieBreakChain } from '../meeting/tie-break.js';
import { Rational } from '../math/rational.js';
import { tiedBefore } from '../scoring/ranking-order.js';
import { tally } from '../scoring/weighted-tally.js';
import { localize } from '../text/localized-text.js';
import { messagePair as m, type LocalizedMessage } from '../locale/localized-message.js';
import type { Violation } from '../validation/violation.js';
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
 * (criteria, weights, projects, voters); `weights-set` changes weights before they are locked;
 * `tie-break-set` declares the tie-break chain (and the chair) before voting opens;
 * `lot-seed-published` publishes the seed of the drawing of lots before the draw;
 * `conflict-declared` is a voter declaring a conflict of interest on a project (by: the voter);
 * `casting-vote` is the chair ordering tied projects after voting closed, with the reason.
 *
 * @example
 * MeetingEventSchema.parse({ type: 'voting-opened', at: '2008-03-20T14:00:00+08:00', by: 'p-host' });
 */
export const MeetingEventSchema = z
  .discriminatedUnion('type', [
    carrying('agenda-saved', { meeting: ReviewMeetingSchema }),
    carrying('weights-set', { weights: z.record(IdSchema, WeightSchema) }),
    bare('weights-locked'),
    carrying('tie-break-set', { tieBreak: TieBreakChainSchema, chair: z.optional(IdSchema) }),
    carrying('lot-seed-published', { seed: z.string().check(z.minLength(1), z.maxLength(256)) }),
    carrying('conflict-declared', {
      project: IdSchema,
      reason: z.optional(LocalizedTextSchema),
    }),
    bare('voting-opened'),
    carrying('ballot-cast', { ballot: BallotSchema }),
    bare('voting-closed'),
    carrying('casting-vote', {
      projects: z.array(IdSchema).check(z.minLength(2)),
      reason: LocalizedTextSchema,
    }),
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
  /**
   * Departures from the computed order decided in the meeting: each project a chair's casting
   * vote put ahead of another, with who and why.
   */
  readonly departures: readonly RankingDeparture[];
}

/** The meeting rules need no outside context. */
export type MeetingContext = Readonly<Record<string, never>>;

/** A rule of the meeting lifecycle. */
export type MeetingRule = LifecycleRule<MeetingState, MeetingEvent, MeetingContext>;
const voterOf = (state: MeetingState, id: string) =>
  state.meeting?.voters.find((voter) => voter.id === id || voter.participant === id);
const one = (rule: string, message: LocalizedMessage, path: (string | number)[]): Violation[] => [
  { rule, message, path },
];

/**
 * The named rules of the review-meeting lifecycle (besides `meeting.event-allowed` and
 * `meeting.chronological`): weights fixed once locked, ballots only while voting is open and
 * once per registered voter, a complete ranking, and the funding rules.
 */
export const meetingRules: readonly MeetingRule[] = [
  {
    id: 'meeting.agenda-present',
    description: m(
      '锁定权重前已保存评审会议程（标准、权重、项目、投票人）',
      'The agenda (criteria, weights, projects, voters) is saved before weights are locked',
    ),
    on: [
      'weights-locked',
      'weights-set',
      'tie-break-set',
      'lot-seed-published',
      'conflict-declared',
      'casting-vote',
    ],
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
    id: 'meeting.tie-break-before-voting',
    description: m(
      '决胜顺序在投票开始前声明，投票开始后不能再改',
      'The tie-break chain is declared before voting opens and cannot change after',
    ),
    on: ['tie-break-set'],
    check: ({ state }) =>
      state.status === 'draft' || state.status === 'weights-locked'
        ? []
        : one(
            'meeting.tie-break-before-voting',
            m(
              '投票已经开始，决胜顺序不能再修改',
              'Voting has opened; the tie-break chain can no longer change',
            ),
            ['payload', 'tieBreak'],
          ),
  },
  {
    id: 'meeting.lot-seed-before-draw',
    description: m(
      '抽签的种子在抽签（公布结果）之前公布，且只公布一次',
      'The seed of the drawing of lots is published once, before the draw (the results)',
    ),
    on: ['lot-seed-published'],
    check: ({ state }) => {
      if (state.status === 'results-published' || state.status === 'funding-decided') {
        return one(
          'meeting.lot-seed-before-draw',
          m(
            '结果已经公布（已抽签），不能再公布种子',
            'The results are published (the lots are drawn); a seed can no longer be published',
          ),
          ['payload', 'seed'],
        );
      }
      const lot = state.meeting?.lot;
      return lot
        ? one(
            'meeting.lot-seed-before-draw',
            m(
              `抽签种子已于 ${lot.publishedAt} 公布，不能更换`,
              `A seed was already published at ${lot.publishedAt}; it cannot be replaced`,
            ),
            ['payload', 'seed'],
          )
        : [];
    },
  },
  {
    id: 'meeting.lot-seed-recorded',
    description: m(
      '决胜顺序包含抽签时，公布结果前已记录公开的种子',
      'When the tie-break chain draws lots, a published seed is recorded before the results',
    ),
    on: ['results-published'],
    check: ({ state }) =>
      state.meeting && tieBreakChain(state.meeting).includes('lot') && !state.meeting.lot
        ? one(
            'meeting.lot-seed-recorded',
            m(
              '决胜顺序包含抽签，但公布结果前没有公布种子：先记录“lot-seed-published”',
              'The tie-break chain draws lots but no seed was published before the results: record “lot-seed-published” first',
            ),
            ['type'],
          )
        : [],
  },
  {
    id: 'meeting.conflict-declared-by-voter',
    description: m(
      '利益冲突由投票人本人就议程上的项目申报',
      'A conflict of interest is declared by the voter, on a project on the agenda',
    ),
    on: ['conflict-declared'],
    check: ({ state, event }) => {
      if (event.type !== 'conflict-declared' || !state.meeting) return [];
      const out: Violation[] = [];
      if (!voterOf(state, event.by)) {
        out.push(
          ...one(
            'meeting.conflict-declared-by-voter',
            m(
              `“${event.by}”不是本次评审会登记的投票人，不能申报利益冲突`,
              `“${event.by}” is not a registered voter of this meeting and cannot declare a conflict`,
            ),
            ['by'],
          ),
        );
      }
      if (!state.meeting.projects.some((project) => project.id === event.payload.project)) {
        out.push(
          ...one(
            'meeting.conflict-declared-by-voter',
            m(
              `项目“${event.payload.project}”不在议程上`,
              `Project “${event.payload.project}” is not on the agenda`,
            ),
            ['payload', 'project'],
          ),
        );
      }
      return out;
    },
  },
  {
    id: 'meeting.casting-vote-by-chair',
    description: m(
      '决定票由评审会声明的主持人投出，且决胜顺序包含决定票',
      'A casting vote is cast by the meeting’s declared chair, and the tie-break chain includes it',
    ),
    on: ['casting-vote'],
    check: ({ state, event }) => {
      if (!state.meeting) return [];
      const out: Violation[] = [];
      if (!tieBreakChain(state.meeting).includes('casting-vote')) {
        out.push(
          ...one(
            'meeting.casting-vote-by-chair',
            m(
              '评审会的决胜顺序不含主持人决定票，投票前未声明的决定票无效',
              'The meeting’s tie-break chain has no casting vote; one not declared before voting does not count',
            ),
            ['type'],
          ),
        );
      }
      const chair = state.meeting.chair;
      if (chair === undefined) {
        out.push(
          ...one(
            'meeting.casting-vote-by-chair',
            m('评审会没有声明主持人', 'The meeting declares no chair'),
            ['by'],
          ),
        );
      } else if (chair !== event.by) {
        out.push(
          ...one(
            'meeting.casting-vote-by-chair',
            m(
              `决定票只能由主持人“${chair}”投出，不能由“${event.by}”投出`,
              `Only the chair “${chair}” casts the casting vote, not “${event.by}”`,
            ),
            ['by'],
          ),
        );
      }
      return out;
    },
  },
  {
    id: 'meeting.casting-vote-recorded',
    description: m(
      '决定票记录理由，且只在计票结果并列的项目之间投出，每个项目至多一次',
      'A casting vote records why, and orders only projects tied in the count, each at most once',
    ),
    on: ['casting-vote', 'agenda-saved'],
    check: ({ state, event }) => {
      if (event.type === 'agenda-saved') {
        // A casting vote is cast on the count, after voting: an agenda cannot carry one.
        return (event.payload.meeting.castingVotes ?? []).length === 0
          ? []
          : one(
              'meeting.casting-vote-recorded',
              m(
                '议程不能预先带有决定票：决定票在投票结束后由主持人投出',
                'An agenda cannot carry casting votes: the chair casts them after voting closes',
              ),
              ['payload', 'meeting', 'castingVotes'],
            );
      }
      if (event.type !== 'casting-vote' || !state.meeting) return [];
      const out: Violation[] = [];
      const reason = event.payload.reason;
      if (localize(reason, 'en').trim() === '' && localize(reason, 'zh-CN').trim() === '') {
        out.push(
          ...one(
            'meeting.casting-vote-recorded',
            m('决定票需要记录理由', 'A casting vote records why'),
            ['payload', 'reason'],
          ),
        );
      }
      const result = tally(state.meeting, state.ballots);
      const totals = new Map(result.ranking.map((row) => [row.project, row.exact.total]));
      const already = new Set((state.meeting.castingVotes ?? []).flatMap((vote) => vote.projects));
      const first = totals.get(event.payload.projects[0] ?? '');
      const lead = event.payload.projects[0] ?? '';
      const weights = state.meeting.criteria.map((criterion) => Rational.parse(criterion.weight));
      const requested = new Map(state.meeting.projects.map((p) => [p.id, p.requested.amount]));
      const rows = result.ranking.map((row) => ({
        id: row.project,
        requested: requested.get(row.project) ?? 0,
        scores: state.meeting!.criteria.map((c) => Rational.parse(row.exact.criteria[c.id]!.score)),
      }));
      const options = {
        chain: tieBreakChain(state.meeting),
        seed: state.meeting.lot?.seed,
      };
      event.payload.projects.forEach((id, index) => {
        const path = ['payload', 'projects', index];
        const total = totals.get(id);
        if (total === undefined) {
          out.push(
            ...one(
              'meeting.casting-vote-recorded',
              m(`项目“${id}”不在议程上`, `Project “${id}” is not on the agenda`),
              path,
            ),
          );
        } else if (event.payload.projects.indexOf(id) !== index || already.has(id)) {
          out.push(
            ...one(
              'meeting.casting-vote-recorded',
              m(`项目“${id}”已经投过决定票`, `Project “${id}” already has a casting vote`),
              path,
            ),
          );
        } else if (first !== undefined && total !== first) {
          out.push(
            ...one(
              'meeting.casting-vote-recorded',
              m(
                `项目“${id}”的总分（${total}）与“${event.payload.projects[0]}”（${first}）不同，并未并列`,
                `Project “${id}” (total ${total}) is not tied with “${event.payload.projects[0]}” (total ${first})`,
              ),
              path,
            ),
          );
        } else if (index > 0 && !tiedBefore(rows, weights, options, [lead, id], 'casting-vote')) {
          out.push(
            ...one(
              'meeting.casting-vote-recorded',
              m(
                `项目“${id}”与“${lead}”总分相同，但决胜顺序中决定票之前的一步已经分出先后`,
                `Project “${id}” has the total of “${lead}”, but a tie-break step before the casting vote already orders them`,
              ),
              path,
            ),
          );
        }
      });
      return out;
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
  ...(Object.keys(fundingRules) as (keyof typeof fundingRules)[]).map((id): MeetingRule => ({
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

const labels: Record<MeetingStatus, LocalizedMessage> = {
  draft: m('筹备中', 'draft'),
  'weights-locked': m('权重已锁定', 'weights locked'),
  'voting-open': m('投票中', 'voting open'),
  'voting-closed': m('投票已结束', 'voting closed'),
  'results-published': m('结果已公布', 'results published'),
  'funding-decided': m('资助已决定', 'funding decided'),
};

/** What each meeting event does, as an action: how a refusal for the wrong status names it. */
const events: Record<MeetingEvent['type'], LocalizedMessage> = {
  'agenda-saved': m('保存议程', 'save the agenda'),
  'weights-set': m('修改权重', 'change the weights'),
  'weights-locked': m('锁定权重', 'lock the weights'),
  'tie-break-set': m('设定决胜顺序', 'set how ties are broken'),
  'lot-seed-published': m('公布抽签种子', 'publish the seed for drawing lots'),
  'conflict-declared': m('申报利益冲突', 'declare a conflict of interest'),
  'voting-opened': m('开始投票', 'open voting'),
  'ballot-cast': m('提交选票', 'cast a ballot'),
  'voting-closed': m('结束投票', 'close voting'),
  'casting-vote': m('由主持人投决定票', 'give the chair’s casting vote'),
  'results-published': m('公布结果', 'publish the results'),
  'funding-decided': m('作出资助决定', 'decide the funding'),
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
    case 'tie-break-set': {
      const { tieBreak, chair } = event.payload;
      return {
        ...next,
        meeting: { ...state.meeting!, tieBreak, ...(chair !== undefined ? { chair } : {}) },
      };
    }
    case 'lot-seed-published':
      return {
        ...next,
        meeting: {
          ...state.meeting!,
          lot: { seed: event.payload.seed, publishedAt: event.at, publishedBy: event.by },
        },
      };
    case 'conflict-declared': {
      const declarer = voterOf(state, event.by)!;
      const conflict = {
        project: event.payload.project,
        ...(event.payload.reason !== undefined ? { reason: event.payload.reason } : {}),
      };
      return {
        ...next,
        meeting: {
          ...state.meeting!,
          voters: state.meeting!.voters.map((voter) =>
            voter === declarer
              ? { ...voter, conflicts: [...(voter.conflicts ?? []), conflict] }
              : voter,
          ),
        },
      };
    }
    case 'casting-vote': {
      const { projects, reason } = event.payload;
      return {
        ...next,
        meeting: {
          ...state.meeting!,
          castingVotes: [
            ...(state.meeting!.castingVotes ?? []),
            { projects, by: event.by, reason, at: event.at },
          ],
        },
        departures: [
          ...state.departures,
          ...projects.slice(0, -1).map((project) => ({ project, by: event.by, reason })),
        ],
      };
    }
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
  events,
  initial: { status: 'draft', ballots: [], departures: [] },
  transitions: {
    'agenda-saved': { from: ['draft'], to: 'same' },
    'weights-set': { from: notFinal, to: 'same' },
    'weights-locked': { from: ['draft'], to: 'weights-locked' },
    'tie-break-set': { from: notFinal, to: 'same' },
    'lot-seed-published': { from: meetingStatuses, to: 'same' },
    'conflict-declared': { from: ['draft', 'weights-locked', 'voting-open'], to: 'same' },
    'casting-vote': { from: ['voting-closed'], to: 'same' },
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
