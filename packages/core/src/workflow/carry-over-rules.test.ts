import { describe, expect, it } from 'vitest';
import {
  context,
  funding,
  history,
  meeting,
  ranking,
  round,
  summarySheet,
  vettings,
  yuan,
} from '../domain/pilot-2007.fixture.js';
import { carryOver } from '../round/carry-over.js';
import type { Round } from '../round/round.js';
import { replay } from './lifecycle.js';
import type { ProjectEvent } from './project-event.js';
import { projectLifecycle } from './project-lifecycle.js';
import type { ProjectContext } from './project-state.js';

// 2008: fd-2008 passes Jinhuali over (recorded); 2009: it is carried over, reviewed and funded.
const passedOver = {
  ...funding,
  grants: funding.grants.filter((g) => g.project !== 'jinhuali-home'),
  departures: [{ project: 'jinhuali-home', by: 'p-center', reason: '预算需细化，转入下一轮' }],
};
const next = carryOver('jinhuali-home', round, {
  ...round,
  id: 'qingyuan-2009',
  year: 2009,
  applications: [],
  meetings: ['qingyuan-2009'],
  decisions: ['fd-2009'],
  funded: ['jinhuali-home'],
});
if (!next.ok) throw new Error('carry-over refused');
const round2009: Round = next.round;
const meeting2009 = { ...meeting, id: 'qingyuan-2009', projects: meeting.projects.slice(0, 1) };
const ctx: ProjectContext = {
  ...context,
  rounds: [round, round2009],
  meetings: [
    { status: 'funding-decided', meeting, ranking, funding: passedOver },
    {
      status: 'funding-decided',
      meeting: meeting2009,
      ranking: [{ project: 'jinhuali-home', rank: 1 }],
      funding: {
        ...funding,
        id: 'fd-2009',
        meeting: 'qingyuan-2009',
        decidedAt: '2009-04-02T10:00:00+08:00',
        grants: [funding.grants[0]!],
      },
    },
  ],
  vettings: [
    ...vettings,
    { ...vettings[0]!, id: 'vet-2009', round: 'qingyuan-2009', at: '2009-03-10T10:00:00+08:00' },
  ],
  summarySheets: [
    summarySheet,
    {
      ...summarySheet,
      id: 'sheet-2009',
      meeting: 'qingyuan-2009',
      rows: summarySheet.rows.slice(0, 1),
      signOff: { ...summarySheet.signOff!, at: '2009-03-25T10:00:00+08:00' },
    },
  ],
};

const carried: ProjectEvent[] = [
  ...history.slice(0, 3),
  {
    type: 'rejected',
    at: '2008-04-02T10:00:00+08:00',
    by: 'p-center',
    payload: { decision: 'fd-2008' },
  },
  {
    type: 'carried-over',
    at: '2009-03-01T09:00:00+08:00',
    by: 'p-center',
    payload: { from: 'qingyuan-2008', to: 'qingyuan-2009' },
  },
  {
    type: 'review-started',
    at: '2009-03-20T14:00:00+08:00',
    by: 'p-center',
    payload: { meeting: 'qingyuan-2009' },
  },
  {
    type: 'approved',
    at: '2009-04-02T10:00:00+08:00',
    by: 'p-center',
    payload: { granted: yuan(10000), decision: 'fd-2009' },
  },
];

describe('carrying a project into the next round', () => {
  it('continues the same history: rejected in 2008, carried over, approved in 2009', () => {
    const result = replay(projectLifecycle, carried, ctx);
    expect(result.ok || result.violations).toBe(true);
    if (!result.ok) return;
    expect(result.state).toMatchObject({
      status: 'approved',
      round: 'qingyuan-2009',
      meeting: 'qingyuan-2009',
      decision: 'fd-2009',
    });
    expect(round2009.carriedOver).toEqual([{ project: 'jinhuali-home', from: 'qingyuan-2008' }]);
  });

  it('after carrying over, the review is at a meeting of the new round, not the old one', () => {
    const back = [
      ...carried.slice(0, 5),
      { ...carried[5]!, payload: { meeting: 'qingyuan-2008' } } as ProjectEvent,
    ];
    const result = replay(projectLifecycle, back, ctx);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.violations.map((v) => [v.rule, v.message.en])).toEqual([
        [
          'review.meeting-in-round',
          'The project was carried into round qingyuan-2009; meeting “qingyuan-2008” is of round qingyuan-2008',
        ],
      ]);
  });

  it('carry-over.rounds: an unknown round, a round that does not list it, or an earlier year', () => {
    const refusedWith = (payload: { from: string; to: string }, c: ProjectContext = ctx) => {
      const result = replay(
        projectLifecycle,
        [...carried.slice(0, 4), { ...carried[4]!, payload } as ProjectEvent],
        c,
      );
      return result.ok ? [] : result.violations.map((v) => [v.message.en, v.path]);
    };
    expect(refusedWith({ from: 'qingyuan-2008', to: 'qingyuan-2010' })).toEqual([
      ['There is no round “qingyuan-2010”', ['payload', 'to']],
    ]);
    expect(refusedWith({ from: 'qingyuan-2009', to: 'qingyuan-2008' })).toEqual([
      ['The project is in round qingyuan-2008, not qingyuan-2009', ['payload', 'from']],
      ['Round qingyuan-2008 (2008) is not later than qingyuan-2009 (2009)', ['payload', 'to']],
      [
        'Round qingyuan-2008 does not list jinhuali-home as carried over from qingyuan-2009',
        ['payload', 'to'],
      ],
    ]);
    const unlisted = { ...ctx, rounds: [round, { ...round2009, carriedOver: [] }] };
    expect(refusedWith({ from: 'qingyuan-2008', to: 'qingyuan-2009' }, unlisted)).toEqual([
      [
        'Round qingyuan-2009 does not list jinhuali-home as carried over from qingyuan-2008',
        ['payload', 'to'],
      ],
    ]);
  });

  it('carryOver refuses a project the round already takes up, or one of another subdistrict', () => {
    const again = carryOver('jinhuali-home', round, round2009);
    expect(again.ok || again.violations.map((v) => v.message.en)).toEqual([
      'Project jinhuali-home is already in round qingyuan-2009',
    ]);
    const elsewhere = carryOver('jinhuali-home', round, {
      ...round2009,
      subdistrict: 'other',
      carriedOver: [],
    });
    expect(elsewhere.ok || elsewhere.violations.map((v) => v.message['zh-CN'])).toEqual([
      '轮次 qingyuan-2008 和 qingyuan-2009 不属于同一街道',
    ]);
  });
});
