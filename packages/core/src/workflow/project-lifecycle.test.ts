import { describe, expect, it } from 'vitest';
import {
  application,
  audit,
  context,
  evaluation,
  history,
  report,
  team,
  termination,
  yuan,
} from '../domain/pilot-2007.fixture.js';
import { parseDocument } from '../validation/parse-document.js';
import type { Violation } from '../validation/violation.js';
import { applyEvent, missingForNext, replay } from './lifecycle.js';
import {
  projectLifecycle,
  ProjectHistorySchema,
  type ProjectEvent,
  type ProjectState,
} from './project-lifecycle.js';

/** The state after the first `n` events of the pilot history. */
function after(n: number): ProjectState {
  const result = replay(projectLifecycle, history.slice(0, n), context);
  if (!result.ok) throw new Error(JSON.stringify(result.violations));
  return result.state;
}

function refused(state: ProjectState, event: ProjectEvent): readonly Violation[] {
  const result = applyEvent(projectLifecycle, state, event, context);
  if (result.ok) throw new Error(`expected ${event.type} to be refused`);
  return result.violations;
}

const at = '2010-01-01T00:00:00Z';

describe('project lifecycle: the pilot history', () => {
  it('replays the whole cycle to closed, keeping every document', () => {
    const result = replay(projectLifecycle, history, context);
    expect(result.ok).toBe(true);
    expect(result.state.status).toBe('closed');
    expect(result.state.team).toEqual(team);
    expect(result.state.audit).toEqual(audit);
    expect(result.state.reports).toEqual([report]);
  });

  it('goes through every status of the cycle in order', () => {
    const statuses = history.map((_, index) => after(index + 1).status);
    expect(statuses).toEqual([
      'draft',
      'submitted',
      'in-review',
      'approved',
      'team-formed',
      'in-execution',
      'reporting',
      'audited',
      'evaluated',
      'closed',
    ]);
  });

  it('accepts the history as a JSON document', () => {
    const parsed = parseDocument(ProjectHistorySchema, JSON.parse(JSON.stringify(history)));
    expect(parsed.ok).toBe(true);
  });

  it('stops at a refused event and says which one and why', () => {
    const bad = [...history.slice(0, 2), history[4]!];
    const result = replay(projectLifecycle, bad, context);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.index).toBe(2);
    expect(result.state.status).toBe('submitted');
    expect(result.violations[0]).toMatchObject({ rule: 'project.event-allowed', path: ['type'] });
    expect(result.violations[0]!.message.en).toBe(
      '“team-formed” cannot happen while submitted; only while: approved',
    );
    expect(result.violations[0]!.message['zh-CN']).toBe(
      '“team-formed”不能在“已提交”状态下发生，只能在：已批准',
    );
  });
});

describe('project rules, each with its message in both languages', () => {
  it('project.chronological: an event cannot be dated before the previous one', () => {
    const [v] = refused(after(1), {
      type: 'submitted',
      at: '2008-02-01T00:00:00+08:00',
      by: 'p-li',
    });
    expect(v).toMatchObject({ rule: 'project.chronological', path: ['at'] });
    expect(v!.message.en).toContain('is before the previous event');
    expect(v!.message['zh-CN']).toContain('早于前一个事件');
  });

  it('application.present: nothing to submit without an application', () => {
    const [v] = refused(projectLifecycle.initial, { type: 'submitted', at, by: 'p-li' });
    expect(v).toEqual({
      rule: 'application.present',
      message: { 'zh-CN': '尚未保存项目申请书', en: 'No application has been saved yet' },
      path: ['application'],
    });
  });

  it('submitting without indicators and with a budget that does not add up reports both', () => {
    const draft = {
      ...application,
      indicators: [],
      budget: { ...application.budget, total: yuan(12000) },
    };
    const state = { ...projectLifecycle.initial, application: draft };
    const violations = refused(state, { type: 'submitted', at, by: 'p-li' });
    expect(violations).toEqual([
      {
        rule: 'application.has-indicator',
        message: {
          'zh-CN': '申请书至少需要一项指标（可衡量的目标及单位）',
          en: 'The application needs at least one indicator (a measurable target with its unit)',
        },
        path: ['application', 'indicators'],
      },
      {
        rule: 'application.budget-adds-up',
        message: {
          'zh-CN': '预算条目合计 10,000.00 CNY，与总额 12,000.00 CNY 不符',
          en: 'The budget lines add up to 10,000.00 CNY, not the total of 12,000.00 CNY',
        },
        path: ['application', 'budget', 'total'],
      },
    ]);
  });

  it('application.budget-adds-up: a line in another currency, or no lines at all', () => {
    const mixed = structuredClone(application);
    mixed.budget.lines[1]!.amount = { amount: 400000, currency: 'EUR' };
    const [v] = refused(
      { ...projectLifecycle.initial, application: mixed },
      { type: 'submitted', at, by: 'p-li' },
    );
    expect(v).toMatchObject({
      rule: 'application.budget-adds-up',
      path: ['application', 'budget', 'lines', 1, 'amount', 'currency'],
    });
    expect(v!.message.en).toBe('A budget line is in EUR, the total in CNY');
    const empty = { ...application, budget: { total: yuan(0), lines: [] } };
    const [w] = refused(
      { ...projectLifecycle.initial, application: empty },
      { type: 'submitted', at, by: 'p-li' },
    );
    expect(w!.message['zh-CN']).toBe('预算没有任何条目');
  });

  it('execution needs an overall lead, a finance lead and every contract signed — all reported at once', () => {
    const weak = structuredClone(team);
    weak.members[0]!.role = 'member';
    weak.members[1]!.role = 'member';
    weak.members[2]!.contract = { signed: false };
    const formed = replay(
      projectLifecycle,
      <ProjectEvent[]>[
        ...history.slice(0, 4),
        {
          type: 'team-formed',
          at: '2008-04-11T10:00:00+08:00',
          by: 'p-li',
          payload: { team: weak },
        },
      ],
      context,
    );
    if (!formed.ok) throw new Error('team should be recorded');
    const violations = refused(formed.state, { type: 'execution-started', at, by: 'p-li' });
    expect(violations.map((v) => [v.rule, v.message['zh-CN'], v.message.en, v.path])).toEqual([
      [
        'team.overall-lead',
        '执行小组需要一名总负责人',
        'The execution team needs an overall lead',
        ['team', 'members'],
      ],
      [
        'team.finance-lead',
        '执行小组需要一名财务负责人',
        'The execution team needs a finance lead',
        ['team', 'members'],
      ],
      [
        'team.contracts-signed',
        '成员 p-wang 尚未签署职责合同',
        'Member p-wang has not signed the responsibility contract',
        ['team', 'members', 2, 'contract', 'signed'],
      ],
    ]);
  });

  it('team.overall-lead: two overall leads are one too many', () => {
    const two = structuredClone(team);
    two.members[2]!.role = 'overall-lead';
    const state = { ...after(5), team: two };
    const [v] = refused(state, { type: 'execution-started', at, by: 'p-li' });
    expect(v!.message.en).toBe('The execution team has 2 overall leads; it needs exactly one');
    expect(v!.message['zh-CN']).toBe('执行小组只能有一名总负责人，现有 2 名');
  });

  it('a team that signs later can be updated, then execution starts', () => {
    const unsigned = structuredClone(team);
    unsigned.members[2]!.contract = { signed: false };
    const events: ProjectEvent[] = [
      ...history.slice(0, 4),
      {
        type: 'team-formed',
        at: '2008-04-11T10:00:00+08:00',
        by: 'p-li',
        payload: { team: unsigned },
      },
      { type: 'team-updated', at: '2008-04-12T10:00:00+08:00', by: 'p-li', payload: { team } },
      { type: 'execution-started', at: '2008-04-15T10:00:00+08:00', by: 'p-li' },
    ];
    const result = replay(projectLifecycle, events, context);
    expect(result.ok && result.state.status).toBe('in-execution');
  });

  it('documents of another project are refused (team, report, audit, evaluation, termination)', () => {
    const other = { ...team, project: 'xinghuayuan-kids' };
    const [v] = refused(after(4), {
      type: 'team-formed',
      at,
      by: 'p-li',
      payload: { team: other },
    });
    expect(v).toMatchObject({ rule: 'team.same-project', path: ['payload'] });
    expect(v!.message.en).toBe(
      'The execution team is for project xinghuayuan-kids, not jinhuali-home',
    );
    expect(v!.message['zh-CN']).toBe('执行小组属于项目 xinghuayuan-kids，不是本项目 jinhuali-home');
    const cases: [number, ProjectEvent, string][] = [
      [
        6,
        {
          type: 'report-submitted',
          at,
          by: 'p-li',
          payload: { report: { ...report, project: 'x' } },
        },
        'report.same-project',
      ],
      [
        7,
        { type: 'audit-recorded', at, by: 'p-li', payload: { audit: { ...audit, project: 'x' } } },
        'audit.same-project',
      ],
      [
        8,
        {
          type: 'evaluation-recorded',
          at,
          by: 'p-li',
          payload: { evaluation: { ...evaluation, project: 'x' } },
        },
        'evaluation.same-project',
      ],
      [
        6,
        {
          type: 'terminated',
          at,
          by: 'p-discipline',
          payload: { termination: { ...termination, project: 'x' } },
        },
        'termination.same-project',
      ],
    ];
    for (const [n, event, rule] of cases) {
      expect(refused(after(n), event).map((violation) => violation.rule)).toEqual([rule]);
    }
  });

  it('spending.within-grant: spending above the grant needs a supervision-group approval on record', () => {
    const over = structuredClone(audit);
    over.lines[1]!.actual = yuan(4500);
    const [v] = refused(after(7), {
      type: 'audit-recorded',
      at,
      by: 'p-finance-office',
      payload: { audit: over },
    });
    expect(v).toEqual({
      rule: 'spending.within-grant',
      message: {
        'zh-CN': '实际支出 10,300.00 CNY 超过资助金额 10,000.00 CNY，需要项目监审组的批准记录',
        en: 'Actual spending of 10,300.00 CNY exceeds the grant of 10,000.00 CNY: it needs a supervision-group approval on record',
      },
      path: ['payload', 'audit', 'lines'],
    });
  });

  it('with an approval of the supervision group, the same overspend is accepted up to the ceiling', () => {
    const over = structuredClone(audit);
    over.lines[1]!.actual = yuan(4500);
    const approval: ProjectEvent = {
      type: 'spending-approved',
      at: '2009-01-10T10:00:00+08:00',
      by: 'p-finance-office',
      reason: '玩具涨价',
      payload: { body: 'qingyuan-supervision', ceiling: yuan(10500) },
    };
    const events = [
      ...history.slice(0, 7),
      approval,
      { ...history[7]!, payload: { audit: over } } as ProjectEvent,
    ];
    expect(replay(projectLifecycle, events, context).ok).toBe(true);
    const tooMuch = structuredClone(over);
    tooMuch.lines[0]!.actual = yuan(6500);
    const state = after(7);
    const approved = applyEvent(projectLifecycle, state, approval, context);
    if (!approved.ok) throw new Error('approval refused');
    const [v] = refused(approved.state, {
      type: 'audit-recorded',
      at,
      by: 'p-finance-office',
      payload: { audit: tooMuch },
    });
    expect(v!.message.en).toBe(
      'Actual spending of 11,000.00 CNY exceeds the ceiling of 10,500.00 CNY approved by the supervision group',
    );
  });

  it('spending.approved-by-supervision-group: only a member of the supervision group approves', () => {
    const state = after(7);
    const [v] = refused(state, {
      type: 'spending-approved',
      at,
      by: 'p-li',
      payload: { body: 'qingyuan-supervision', ceiling: yuan(11000) },
    });
    expect(v).toMatchObject({ rule: 'spending.approved-by-supervision-group', path: ['by'] });
    expect(v!.message.en).toBe('p-li is not a member of Supervision and audit group');
    expect(v!.message['zh-CN']).toBe('p-li 不是项目监审组的成员');
    const [w] = refused(state, {
      type: 'spending-approved',
      at,
      by: 'p-center',
      payload: { body: 'qingyuan-coordination', ceiling: yuan(11000) },
    });
    expect(w!.message['zh-CN']).toBe('“qingyuan-coordination”不是项目监审组');
  });

  it('closing needs a financial audit and an evaluation report on record', () => {
    const state = { ...after(9), audit: undefined, evaluation: undefined };
    expect(refused(state, { type: 'closed', at, by: 'p-center' })).toEqual([
      {
        rule: 'closing.financial-audit',
        message: {
          'zh-CN': '结项前需要财务审计表',
          en: 'Closing needs a financial audit on record',
        },
        path: ['audit'],
      },
      {
        rule: 'closing.evaluation-report',
        message: {
          'zh-CN': '结项前需要评估报告',
          en: 'Closing needs an evaluation report on record',
        },
        path: ['evaluation'],
      },
    ]);
  });

  it('termination needs a reason and a decision of the supervision group recorded by a member', () => {
    const blank = {
      ...termination,
      reason: '  ',
      decision: { ...termination.decision, body: 'qingyuan-coordination' },
    };
    const violations = refused(after(6), {
      type: 'terminated',
      at,
      by: 'p-center',
      payload: { termination: blank },
    });
    expect(violations.map((v) => [v.rule, v.message.en])).toEqual([
      ['termination.reason', 'A termination needs a reason'],
      [
        'termination.supervision-decision',
        'A termination must be decided by the supervision and audit group; “qingyuan-coordination” is not one',
      ],
    ]);
    expect(violations[0]!.message['zh-CN']).toBe('终止项目需要写明理由');
    const notMember = refused(after(6), {
      type: 'terminated',
      at,
      by: 'p-li',
      payload: { termination },
    });
    expect(notMember[0]!.message['zh-CN']).toBe('p-li 不是项目监审组的成员，不能记录终止决定');
  });

  it('terminates from every active status, never from draft or an ended one', () => {
    const event: ProjectEvent = {
      type: 'terminated',
      at,
      by: 'p-discipline',
      payload: { termination },
    };
    for (let n = 1; n <= history.length; n++) {
      const state = after(n);
      const result = applyEvent(projectLifecycle, state, event, context);
      const active = !['draft', 'closed'].includes(state.status);
      expect(result.ok, state.status).toBe(active);
      if (result.ok) expect(result.state.status).toBe('terminated');
    }
  });
});

describe('missingForNext', () => {
  it('lists what submitting still needs', () => {
    const state = { ...projectLifecycle.initial, application: { ...application, indicators: [] } };
    const next = missingForNext(projectLifecycle, state, context);
    expect(next.event).toBe('submitted');
    expect(next.to).toBe('submitted');
    expect(next.missing.map((v) => v.rule)).toEqual(['application.has-indicator']);
  });

  it('asks for the document the next step records, and checks a draft when offered', () => {
    const approved = after(4);
    expect(missingForNext(projectLifecycle, approved, context).missing).toEqual([
      {
        rule: 'project.document-required',
        message: {
          'zh-CN': '需要执行小组名单（执行小组）',
          en: 'An execution team must be named (ExecutionTeam)',
        },
        path: ['payload'],
      },
    ]);
    const draft = { ...team, project: 'other' };
    const next = missingForNext(projectLifecycle, approved, {
      ...context,
      drafts: { team: draft },
    });
    expect(next.missing.map((v) => v.rule)).toEqual(['team.same-project']);
  });

  it('lists every missing lead and signature before execution starts', () => {
    const unsigned = structuredClone(team);
    unsigned.members = unsigned.members.slice(1);
    unsigned.members[1]!.contract = { signed: false };
    const next = missingForNext(projectLifecycle, { ...after(5), team: unsigned }, context);
    expect(next.event).toBe('execution-started');
    expect(next.missing.map((v) => v.message['zh-CN'])).toEqual([
      '执行小组需要一名总负责人',
      '成员 p-wang 尚未签署职责合同',
    ]);
  });

  it('is empty when the next step can go ahead, and has no step in a final status', () => {
    expect(missingForNext(projectLifecycle, after(9), context)).toEqual({
      event: 'closed',
      to: 'closed',
      missing: [],
    });
    expect(missingForNext(projectLifecycle, after(10), context)).toEqual({
      event: undefined,
      to: undefined,
      missing: [],
    });
  });
});
