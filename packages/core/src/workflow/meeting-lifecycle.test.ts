import { describe, expect, it } from 'vitest';
import { funding, meeting, ranking } from '../domain/pilot-2007.fixture.js';
import { tally } from '../scoring/weighted-tally.js';
import { parseDocument } from '../validation/parse-document.js';
import type { Violation } from '../validation/violation.js';
import { applyEvent, missingForNext, replay } from './lifecycle.js';
import {
  meetingLifecycle,
  MeetingHistorySchema,
  type MeetingEvent,
  type MeetingState,
} from './meeting-lifecycle.js';

const t = (minute: number) => `2008-03-20T14:${String(minute).padStart(2, '0')}:00+08:00`;
const ballot = (voter: string) => ({
  voter,
  marks: { 'jinhuali-home': { 'public-benefit': true, feasibility: true, sustainability: false } },
});

const history: MeetingEvent[] = [
  { type: 'agenda-saved', at: t(0), by: 'p-center', payload: { meeting } },
  {
    type: 'weights-set',
    at: t(1),
    by: 'p-center',
    payload: { weights: { 'public-benefit': 0.5, feasibility: 0.25, sustainability: 0.25 } },
  },
  { type: 'weights-locked', at: t(2), by: 'p-center' },
  { type: 'voting-opened', at: t(3), by: 'p-center' },
  { type: 'ballot-cast', at: t(4), by: 'v01', payload: { ballot: ballot('v01') } },
  { type: 'ballot-cast', at: t(5), by: 'v02', payload: { ballot: ballot('v02') } },
  { type: 'voting-closed', at: t(6), by: 'p-center' },
  { type: 'results-published', at: t(7), by: 'p-center', payload: { ranking } },
  { type: 'funding-decided', at: t(8), by: 'p-center', payload: { decision: funding } },
];

function after(n: number): MeetingState {
  const result = replay(meetingLifecycle, history.slice(0, n), {});
  if (!result.ok) throw new Error(JSON.stringify(result.violations));
  return result.state;
}

function refused(state: MeetingState, event: MeetingEvent): readonly Violation[] {
  const result = applyEvent(meetingLifecycle, state, event, {});
  if (result.ok) throw new Error(`expected ${event.type} to be refused`);
  return result.violations;
}

describe('meeting lifecycle', () => {
  it('replays a meeting to funding decided, with the weights set before the lock', () => {
    const result = replay(meetingLifecycle, history, {});
    expect(result.ok).toBe(true);
    expect(result.state.status).toBe('funding-decided');
    expect(result.state.meeting?.criteria.map((c) => c.weight)).toEqual([0.5, 0.25, 0.25]);
    expect(result.state.ballots.map((b) => b.voter)).toEqual(['v01', 'v02']);
    expect(parseDocument(MeetingHistorySchema, JSON.parse(JSON.stringify(history))).ok).toBe(true);
  });

  it('meeting.weights-locked: weights cannot change after they are locked', () => {
    for (const n of [3, 4, 7]) {
      const violations = refused(after(n), {
        type: 'weights-set',
        at: t(30),
        by: 'p-center',
        payload: { weights: { feasibility: 0.9 } },
      });
      expect(violations).toEqual([
        {
          rule: 'meeting.weights-locked',
          message: {
            'zh-CN': '权重已锁定，不能再修改',
            en: 'The weights are locked and cannot change',
          },
          path: ['payload', 'weights'],
        },
      ]);
    }
  });

  it('meeting.weights-known-criteria and meeting.agenda-present', () => {
    const [v] = refused(after(1), {
      type: 'weights-set',
      at: t(30),
      by: 'p-center',
      payload: { weights: { beauty: 1 } },
    });
    expect(v).toMatchObject({
      rule: 'meeting.weights-known-criteria',
      path: ['payload', 'weights', 'beauty'],
    });
    expect(v!.message['zh-CN']).toBe('评审会没有标准“beauty”');
    const [w] = refused(meetingLifecycle.initial, {
      type: 'weights-locked',
      at: t(30),
      by: 'p-center',
    });
    expect(w).toMatchObject({
      rule: 'meeting.agenda-present',
      message: { en: 'No agenda has been saved yet' },
    });
  });

  it('meeting.ballots-while-open: before opening and after closing, with different messages', () => {
    const cast = (voter: string): MeetingEvent => ({
      type: 'ballot-cast',
      at: t(30),
      by: voter,
      payload: { ballot: ballot(voter) },
    });
    expect(refused(after(3), cast('v03'))).toEqual([
      {
        rule: 'meeting.ballots-while-open',
        message: { 'zh-CN': '投票尚未开始，还不能投票', en: 'Voting has not opened yet' },
        path: ['type'],
      },
    ]);
    expect(refused(after(7), cast('v03'))[0]!.message).toEqual({
      'zh-CN': '投票已结束，不再接受选票',
      en: 'Voting has closed; ballots are no longer accepted',
    });
  });

  it('ballot.known-voter; a voter who votes again replaces the earlier ballot', () => {
    const stranger = refused(after(4), {
      type: 'ballot-cast',
      at: t(30),
      by: 'x',
      payload: { ballot: ballot('v99') },
    });
    expect(stranger.map((v) => [v.rule, v.message.en])).toEqual([
      ['ballot.known-voter', '“v99” is not a registered voter of this meeting'],
    ]);
    const before = after(5);
    const again = { ...ballot('v01'), marks: {} };
    const result = applyEvent(
      meetingLifecycle,
      before,
      {
        type: 'ballot-cast',
        at: t(30),
        by: 'v01',
        payload: { ballot: again },
      },
      {},
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.state.ballots.filter((b) => b.voter === 'v01')).toEqual([again]);
    expect(result.state.ballots).toHaveLength(before.ballots.length);
  });

  it('results.ranking-complete: every agenda project exactly once', () => {
    const bad = [ranking[0]!, ranking[0]!, { project: 'ghost', rank: 3 }];
    const violations = refused(after(7), {
      type: 'results-published',
      at: t(30),
      by: 'p-center',
      payload: { ranking: bad },
    });
    expect(violations.map((v) => v.message.en)).toEqual([
      'Project “jinhuali-home” appears twice in the ranking',
      'Project “ghost” is not on the agenda',
      'The ranking leaves out project “yuhuayuan-culture”',
      'The ranking leaves out project “jinhuiyuan-efamily”',
      'The ranking leaves out project “xinghuayuan-kids”',
    ]);
  });

  it('funding rules apply when the decision is recorded, with paths into the event', () => {
    const greedy = {
      ...funding,
      meeting: 'other-meeting',
      grants: [
        ...funding.grants,
        { project: 'jinhuiyuan-efamily', amount: { amount: 900000, currency: 'CNY' } },
      ],
    };
    const violations = refused(after(8), {
      type: 'funding-decided',
      at: t(30),
      by: 'p-center',
      payload: { decision: greedy },
    });
    expect(violations.map((v) => [v.rule, v.path])).toEqual([
      ['funding.meeting-matches', ['payload', 'decision', 'meeting']],
      ['funding.within-fund', ['payload', 'decision', 'grants']],
      ['funding.within-request', ['payload', 'decision', 'grants', 3, 'amount', 'amount']],
    ]);
  });

  it('missingForNext lists what locking the weights needs, then asks for the ranking', () => {
    expect(
      missingForNext(meetingLifecycle, meetingLifecycle.initial, {}).missing.map((v) => v.rule),
    ).toEqual(['meeting.agenda-present']);
    expect(missingForNext(meetingLifecycle, after(7), {}).missing.map((v) => v.rule)).toEqual([
      'meeting.document-required',
    ]);
  });
});

describe('meeting lifecycle: tie-break chain, lots, casting vote, declared conflicts', () => {
  const chair = 'p-chair';
  const declare = (at: number, tieBreak: MeetingEvent & { type: 'tie-break-set' }) => ({
    ...tieBreak,
    at: t(at),
  });
  const tieBreakSet = (
    tieBreak: ('criteria' | 'requested' | 'lot' | 'casting-vote')[],
  ): MeetingEvent & { type: 'tie-break-set' } => ({
    type: 'tie-break-set',
    at: t(2),
    by: 'p-center',
    payload: { tieBreak, chair },
  });
  /** The base history up to voting closed, with a chain declared while weights are locked. */
  const closed = (chain: ('criteria' | 'requested' | 'lot' | 'casting-vote')[]) => [
    ...history.slice(0, 3),
    declare(2, tieBreakSet(chain)),
    ...history.slice(3, 7),
  ];

  it('declares the chain before voting opens; today’s chain when none is declared', () => {
    const result = replay(meetingLifecycle, closed(['casting-vote', 'lot']), {});
    expect(result.ok).toBe(true);
    expect(result.state.meeting?.tieBreak).toEqual(['casting-vote', 'lot']);
    expect(result.state.meeting?.chair).toBe(chair);
    expect(after(7).meeting?.tieBreak).toBeUndefined();
  });

  it('meeting.tie-break-before-voting: refused once voting has opened, in both languages', () => {
    for (const n of [4, 6, 7, 8]) {
      expect(refused(after(n), { ...tieBreakSet(['lot']), at: t(30) })).toEqual([
        {
          rule: 'meeting.tie-break-before-voting',
          message: {
            'zh-CN': '投票已经开始，决胜顺序不能再修改',
            en: 'Voting has opened; the tie-break chain can no longer change',
          },
          path: ['payload', 'tieBreak'],
        },
      ]);
    }
  });

  it('meeting.lot-seed-recorded: a chain that draws lots needs the seed before the results', () => {
    const withLot = closed(['lot']);
    const publish = history[7]!;
    const missing = replay(meetingLifecycle, [...withLot, publish], {});
    expect(missing.ok).toBe(false);
    if (!missing.ok) {
      expect(missing.index).toBe(withLot.length);
      expect(missing.violations.map((v) => [v.rule, v.path])).toEqual([
        ['meeting.lot-seed-recorded', ['type']],
      ]);
      expect(missing.violations[0]!.message['zh-CN']).toContain('种子');
    }
    const seed: MeetingEvent = {
      type: 'lot-seed-published',
      at: t(6),
      by: 'p-center',
      payload: { seed: '2008-03-20 双色球 03 11 17 22 28 31 + 09' },
    };
    const ok = replay(meetingLifecycle, [...withLot, seed, publish], {});
    expect(ok.ok).toBe(true);
    expect(ok.state.meeting?.lot).toEqual({
      seed: '2008-03-20 双色球 03 11 17 22 28 31 + 09',
      publishedAt: t(6),
      publishedBy: 'p-center',
    });
  });

  it('meeting.lot-seed-before-draw: no seed after the draw, and a published seed is never replaced', () => {
    const seed = (at: number): MeetingEvent => ({
      type: 'lot-seed-published',
      at: t(at),
      by: 'p-center',
      payload: { seed: 'abc' },
    });
    expect(refused(after(8), seed(30)).map((v) => v.message.en)).toEqual([
      'The results are published (the lots are drawn); a seed can no longer be published',
    ]);
    const once = applyEvent(meetingLifecycle, after(3), seed(2), {});
    if (!once.ok) throw new Error('seed refused');
    expect(refused(once.state, seed(3))).toEqual([
      {
        rule: 'meeting.lot-seed-before-draw',
        message: {
          'zh-CN': `抽签种子已于 ${t(2)} 公布，不能更换`,
          en: `A seed was already published at ${t(2)}; it cannot be replaced`,
        },
        path: ['payload', 'seed'],
      },
    ]);
  });

  const casting = (
    by: string,
    projects: string[],
    reason = '文化中心受益居民更多',
  ): MeetingEvent => ({
    type: 'casting-vote',
    at: t(6),
    by,
    payload: { projects, reason },
  });

  it('records the chair’s casting vote as departures (who, why) and ranks by it', () => {
    // v02's marks on its own community's jinhuali-home are recused: the other three tie at 0.
    const vote = casting(chair, ['yuhuayuan-culture', 'xinghuayuan-kids']);
    const result = replay(meetingLifecycle, [...closed(['casting-vote']), vote], {});
    expect(result.ok).toBe(true);
    expect(result.state.departures).toEqual([
      { project: 'yuhuayuan-culture', by: chair, reason: '文化中心受益居民更多' },
    ]);
    const ranked = tally(result.state.meeting!, result.state.ballots).ranking;
    expect(ranked.map((row) => row.project)).toEqual([
      'jinhuali-home',
      'yuhuayuan-culture',
      'xinghuayuan-kids',
      'jinhuiyuan-efamily',
    ]);
  });

  it('refuses a casting vote not declared, not by the chair, without reason, or on untied projects', () => {
    const state = (chain: ('criteria' | 'requested' | 'lot' | 'casting-vote')[]) => {
      const result = replay(meetingLifecycle, closed(chain), {});
      if (!result.ok) throw new Error(JSON.stringify(result.violations));
      return result.state;
    };
    expect(
      refused(state(['criteria']), casting('v01', ['jinhuali-home', 'xinghuayuan-kids'], ' ')).map(
        (v) => [v.rule, v.path, v.message.en],
      ),
    ).toEqual([
      [
        'meeting.casting-vote-by-chair',
        ['type'],
        'The meeting’s tie-break chain has no casting vote; one not declared before voting does not count',
      ],
      [
        'meeting.casting-vote-by-chair',
        ['by'],
        'Only the chair “p-chair” casts the casting vote, not “v01”',
      ],
      ['meeting.casting-vote-recorded', ['payload', 'reason'], 'A casting vote records why'],
      [
        'meeting.casting-vote-recorded',
        ['payload', 'projects', 1],
        'Project “xinghuayuan-kids” (total 0) is not tied with “jinhuali-home” (total 3/4)',
      ],
    ]);
    const violations = refused(
      state(['casting-vote']),
      casting(chair, ['yuhuayuan-culture', 'nope', 'yuhuayuan-culture']),
    );
    expect(violations.map((v) => v.message['zh-CN'])).toEqual([
      '项目“nope”不在议程上',
      '项目“yuhuayuan-culture”已经投过决定票',
    ]);
  });

  it('refuses a casting vote on projects an earlier tie-break step already orders', () => {
    // With ["requested", "casting-vote"], the three projects tied at 0 ask for different
    // amounts: the request orders them before the chair could.
    const result = replay(meetingLifecycle, closed(['requested', 'casting-vote']), {});
    if (!result.ok) throw new Error(JSON.stringify(result.violations));
    const violations = refused(
      result.state,
      casting(chair, ['yuhuayuan-culture', 'xinghuayuan-kids']),
    );
    expect(violations.map((v) => [v.rule, v.path, v.message.en])).toEqual([
      [
        'meeting.casting-vote-recorded',
        ['payload', 'projects', 1],
        'Project “xinghuayuan-kids” has the total of “yuhuayuan-culture”, but a tie-break step before the casting vote already orders them',
      ],
    ]);
  });

  it('an agenda cannot carry casting votes cast before the count', () => {
    const violations = refused(meetingLifecycle.initial, {
      type: 'agenda-saved',
      at: t(0),
      by: 'p-center',
      payload: {
        meeting: {
          ...meeting,
          tieBreak: ['casting-vote'],
          chair,
          castingVotes: [
            { projects: ['yuhuayuan-culture', 'xinghuayuan-kids'], by: chair, reason: '预先决定' },
          ],
        },
      },
    });
    expect(violations.map((v) => [v.rule, v.path])).toEqual([
      ['meeting.casting-vote-recorded', ['payload', 'meeting', 'castingVotes']],
    ]);
  });

  it('a declared conflict recuses the voter from the project in the count', () => {
    const declared: MeetingEvent = {
      type: 'conflict-declared',
      at: t(3),
      by: 'v01',
      payload: {
        project: 'jinhuali-home',
        reason: { 'zh-CN': '亲属是申请人', en: 'A relative applied' },
      },
    };
    const events = [...history.slice(0, 4), declared, ...history.slice(4, 7)];
    const result = replay(meetingLifecycle, events, {});
    expect(result.ok).toBe(true);
    const home = tally(result.state.meeting!, result.state.ballots).ranking.find(
      (row) => row.project === 'jinhuali-home',
    );
    expect(home?.exact.total).toBe('0');
    const stranger = refused(after(4), {
      ...declared,
      by: 'p-nobody',
      payload: { project: 'nope' },
    });
    expect(stranger.map((v) => [v.rule, v.path])).toEqual([
      ['meeting.conflict-declared-by-voter', ['by']],
      ['meeting.conflict-declared-by-voter', ['payload', 'project']],
    ]);
    expect(refused(after(7), { ...declared, at: t(30) }).map((v) => v.rule)).toEqual([
      'meeting.event-allowed',
    ]);
  });
});
