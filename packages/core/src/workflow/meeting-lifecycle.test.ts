import { describe, expect, it } from 'vitest';
import { funding, meeting, ranking } from '../domain/pilot-2007.fixture.js';
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
