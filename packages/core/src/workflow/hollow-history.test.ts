// The "hollow" history of issue 14, which used to replay to `closed` with no violation: an empty
// application is submitted, the review names a meeting that does not exist, and a random
// participant approves 999,999.99 yuan against a 10,000-yuan request. Each step is refused on its
// own (from a state where the earlier steps were right), with one violation per problem, in both
// languages.
import { describe, expect, it } from 'vitest';
import { application, context, history, yuan } from '../domain/pilot-2007.fixture.js';
import type { Application } from '../domain/application.js';
import { applyEvent, replay } from './lifecycle.js';
import type { ProjectEvent } from './project-event.js';
import { projectLifecycle } from './project-lifecycle.js';
import type { ProjectState } from './project-state.js';

const hollowApplication: Application = {
  ...application,
  purpose: ' ',
  needs: [],
  plan: [],
  indicators: [],
  team: [],
  beneficiaries: [],
  budget: { total: yuan(10000), lines: [] },
};

const hollow: ProjectEvent[] = [
  {
    type: 'application-saved',
    at: '2008-03-01T09:00:00+08:00',
    by: 'p-li',
    payload: { application: hollowApplication },
  },
  { type: 'submitted', at: '2008-03-05T09:00:00+08:00', by: 'p-li' },
  {
    type: 'review-started',
    at: '2008-03-20T14:00:00+08:00',
    by: 'p-center',
    payload: { meeting: 'no-such-meeting' },
  },
  {
    type: 'approved',
    at: '2008-04-02T10:00:00+08:00',
    by: 'p-random',
    payload: { granted: yuan(999999.99) },
  },
];

/** The state after the first `n` events of the pilot's (valid) history. */
function validAfter(n: number): ProjectState {
  const result = replay(projectLifecycle, history.slice(0, n), context);
  if (!result.ok) throw new Error(JSON.stringify(result.violations));
  return result.state;
}

function violationsOf(state: ProjectState, event: ProjectEvent) {
  const result = applyEvent(projectLifecycle, state, event, context);
  expect(result.ok, event.type).toBe(false);
  return result.ok ? [] : result.violations;
}

describe('the hollow history of issue 14', () => {
  it('no longer replays: it stops at the submission', () => {
    const result = replay(projectLifecycle, hollow, context);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.index).toBe(1);
  });

  it('submitting the empty application: one violation per missing part, both languages', () => {
    const state = { ...projectLifecycle.initial, application: hollowApplication };
    const violations = violationsOf(state, hollow[1]!);
    expect(violations.map((v) => [v.rule, v.path, v.message['zh-CN'], v.message.en])).toEqual([
      [
        'application.has-indicator',
        ['application', 'indicators'],
        '申请书至少需要一项指标（可衡量的目标及单位）',
        'The application needs at least one indicator (a measurable target with its unit)',
      ],
      [
        'application.budget-adds-up',
        ['application', 'budget', 'lines'],
        '预算没有任何条目',
        'The budget has no lines',
      ],
      [
        'application.purpose',
        ['application', 'purpose'],
        '申请书需要写明项目目的',
        'The application needs its purpose',
      ],
      [
        'application.has-need',
        ['application', 'needs'],
        '申请书至少需要一项社区需求（关联需求调查结果或写明）',
        'The application needs at least one community need (linked to a survey finding or written out)',
      ],
      [
        'application.plan-dated',
        ['application', 'plan'],
        '计划中至少需要一项活动（写明起止日期）',
        'The plan needs at least one activity (with its start and end dates)',
      ],
      [
        'application.team-lead',
        ['application', 'team'],
        '申请书需要提出实施团队（至少一名总负责人）',
        'The application needs a proposed team (with an overall lead)',
      ],
      [
        'application.beneficiaries',
        ['application', 'beneficiaries'],
        '申请书需要写明至少一类受益人群',
        'The application needs at least one group of beneficiaries',
      ],
    ]);
  });

  it('starting the review at a meeting that does not exist: one violation', () => {
    const violations = violationsOf(validAfter(2), hollow[2]!);
    expect(violations).toEqual([
      {
        rule: 'review.meeting-exists',
        message: {
          'zh-CN': '没有评审会“no-such-meeting”',
          en: 'There is no review meeting “no-such-meeting”',
        },
        path: ['payload', 'meeting'],
      },
    ]);
  });

  it('approval by a random participant for 999,999.99 yuan with no decision: three violations', () => {
    const violations = violationsOf(validAfter(3), hollow[3]!);
    expect(violations).toEqual([
      {
        rule: 'decision.named',
        message: { 'zh-CN': '没有指明依据的资助决定', en: 'No funding decision is named' },
        path: ['payload', 'decision'],
      },
      {
        rule: 'approval.within-request',
        message: {
          'zh-CN': '资助金额 999,999.99 CNY 超过申请的 10,000.00 CNY',
          en: 'The grant of 999,999.99 CNY is above the request of 10,000.00 CNY',
        },
        path: ['payload', 'granted'],
      },
      {
        rule: 'decision.by-funding-body',
        message: {
          'zh-CN': 'p-random 不是清源街道社区服务中心或清源街道办事处的成员',
          en: 'p-random is not a member of Qingyuan community service center or Qingyuan street office',
        },
        path: ['by'],
      },
    ]);
  });

  it('the same steps done right are accepted (the pilot history replays to closed)', () => {
    const result = replay(projectLifecycle, history, context);
    expect(result.ok && result.state.status).toBe('closed');
  });
});
