import { describe, expect, it } from 'vitest';
import {
  application,
  audit,
  bodies,
  context,
  evaluation,
  history,
  report,
  team,
  teamAsFormed,
  termination,
  terminationProposal,
  terminationSteps,
  yuan,
} from '../domain/pilot-2007.fixture.js';
import { parseDocument } from '../validation/parse-document.js';
import type { Violation } from '../validation/violation.js';
import { applyEvent, missingForNext, replay } from './lifecycle.js';
import { ProjectHistorySchema, type ProjectEvent } from './project-event.js';
import { projectLifecycle } from './project-lifecycle.js';
import type { ProjectState } from './project-state.js';
import { projectMainPath, projectStatuses } from './project-statuses.js';

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

/** The state after the first `n` events, with a termination proposed and answered by the team. */
function heard(n: number): ProjectState {
  const steps = terminationSteps(history[n - 1]!.at).slice(0, 2);
  const result = replay(projectLifecycle, [...history.slice(0, n), ...steps], context);
  if (!result.ok) throw new Error(JSON.stringify(result.violations));
  return result.state;
}

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
      'team-formed',
      'team-formed',
      'in-execution',
      'reporting',
      'audited',
      'evaluated',
      'closed',
    ]);
  });

  it('projectMainPath is the course the pilot project takes, status by status, to closed', () => {
    const statuses = history.map((_, index) => after(index + 1).status);
    const course = statuses.filter((status, i) => status !== statuses[i - 1]);
    expect(course).toEqual(projectMainPath);
    // Every other status ends a project early; the path keeps the order of projectStatuses.
    expect(projectStatuses.filter((s) => !projectMainPath.includes(s))).toEqual([
      'rejected',
      'terminated',
    ]);
    expect(projectStatuses.filter((s) => projectMainPath.includes(s))).toEqual(projectMainPath);
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
      'Cannot form the execution team now: the status is “submitted”. That is possible only when the status is “approved”.',
    );
    expect(result.violations[0]!.message['zh-CN']).toBe(
      '现在不能组建执行小组：当前状态是“已提交”。只有在“已批准”状态下才能组建执行小组。',
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
    const weak = structuredClone(teamAsFormed);
    weak.members[0]!.role = 'member';
    weak.members[1]!.role = 'member';
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
        '成员 赵会计 尚未签署职责合同',
        'Member 赵会计 has not signed the responsibility contract',
        ['team', 'members', 1, 'contract', 'signed'],
      ],
      [
        'team.contracts-signed',
        '成员 王阿姨 尚未签署职责合同',
        'Member 王阿姨 has not signed the responsibility contract',
        ['team', 'members', 2, 'contract', 'signed'],
      ],
    ]);
  });

  it('team.overall-lead: two overall leads are one too many', () => {
    const two = structuredClone(team);
    two.members[2]!.role = 'overall-lead';
    const state = { ...after(7), team: two };
    const [v] = refused(state, { type: 'execution-started', at, by: 'p-li' });
    expect(v!.message.en).toBe('The execution team has 2 overall leads; it needs exactly one');
    expect(v!.message['zh-CN']).toBe('执行小组只能有一名总负责人，现有 2 名');
  });

  it('team.signs-own-contract: each member signs in person; the lead recording it for them is refused', () => {
    const formed: ProjectEvent = {
      type: 'team-formed',
      at: '2008-04-11T10:00:00+08:00',
      by: 'p-li',
      payload: { team },
    };
    const violations = refused(after(4), formed);
    expect(violations.map((v) => [v.rule, v.message['zh-CN'], v.message.en, v.path])).toEqual([
      [
        'team.signs-own-contract',
        '李主任 不能为 赵会计 记录已签署的职责合同；成员须本人签署',
        "李主任 cannot record 赵会计's contract as signed; the member signs it in person",
        ['payload', 'team', 'members', 1, 'contract', 'signed'],
      ],
      [
        'team.signs-own-contract',
        '李主任 不能为 王阿姨 记录已签署的职责合同；成员须本人签署',
        "李主任 cannot record 王阿姨's contract as signed; the member signs it in person",
        ['payload', 'team', 'members', 2, 'contract', 'signed'],
      ],
    ]);
    // Nor by a contract-signed event recorded by the lead, nor for someone off the team.
    const forMember = refused(after(5), {
      type: 'contract-signed',
      at,
      by: 'p-li',
      payload: { member: 'p-wang', signedAt: '2008-04-11' },
    });
    expect(forMember.map((v) => [v.rule, v.message.en, v.path])).toEqual([
      [
        'team.signs-own-contract',
        '李主任 cannot sign the responsibility contract for 王阿姨; the member signs it in person',
        ['by'],
      ],
    ]);
    expect(forMember[0]!.message['zh-CN']).toBe('李主任 不能代 王阿姨 签署职责合同，须由本人签署');
    const outsider = refused(after(5), {
      type: 'contract-signed',
      at,
      by: 'p-center',
      payload: { member: 'p-center', signedAt: '2008-04-11' },
    });
    expect(outsider.map((v) => v.path)).toEqual([['payload', 'member']]);
    // Updating the team keeps signatures the members made themselves.
    const updated = applyEvent(
      projectLifecycle,
      after(7),
      {
        type: 'team-updated',
        at: '2008-04-12T10:00:00+08:00',
        by: 'p-li',
        payload: { team: { ...team, rules: [] } },
      },
      context,
    );
    expect(updated.ok).toBe(true);
    // Execution starts only once p-zhao and p-wang signed, each in person.
    expect(refused(after(5), { type: 'execution-started', at, by: 'p-li' }).length).toBe(2);
    expect(after(7).team).toEqual(team);
  });

  it('team.resident-member: a resident on the team, unless the round waives it', () => {
    const noResident = {
      ...context,
      participants: (context.participants ?? []).map((p) =>
        p.id === 'p-wang' ? { ...p, roles: ['ngo-partner' as const] } : p,
      ),
    };
    const result = applyEvent(
      projectLifecycle,
      after(7),
      { type: 'execution-started', at, by: 'p-li' },
      noResident,
    );
    expect(result.ok ? [] : result.violations).toEqual([
      {
        rule: 'team.resident-member',
        message: {
          'zh-CN': '执行小组成员（李主任、赵会计、王阿姨）中没有居民',
          en: 'No member of the execution team (李主任, 赵会计, 王阿姨) is a resident',
        },
        path: ['team', 'members'],
      },
    ]);
    const waived = applyEvent(
      projectLifecycle,
      after(7),
      { type: 'execution-started', at, by: 'p-li' },
      { ...noResident, requireResident: false },
    );
    expect(waived.ok).toBe(true);
    const unknown = applyEvent(
      projectLifecycle,
      after(7),
      { type: 'execution-started', at, by: 'p-li' },
      { bodies },
    );
    expect(unknown.ok ? '' : unknown.violations[0]!.message.en).toBe(
      'Cannot tell whether a resident is on the execution team: the context has no participant records (participants)',
    );
  });

  it('documents of another project are refused (team, report, audit, evaluation, termination)', () => {
    const other = { ...teamAsFormed, project: 'xinghuayuan-kids' };
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
        8,
        {
          type: 'report-submitted',
          at,
          by: 'p-li',
          payload: { report: { ...report, project: 'x' } },
        },
        'report.same-project',
      ],
      [
        9,
        { type: 'audit-recorded', at, by: 'p-li', payload: { audit: { ...audit, project: 'x' } } },
        'audit.same-project',
      ],
      [
        10,
        {
          type: 'evaluation-recorded',
          at,
          by: 'p-li',
          payload: { evaluation: { ...evaluation, project: 'x' } },
        },
        'evaluation.same-project',
      ],
      [
        -1,
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
      const state = n < 0 ? heard(8) : after(n);
      expect(refused(state, event).map((violation) => violation.rule)).toEqual([rule]);
    }
  });

  it('spending.within-grant: spending above the grant needs a supervision-group approval on record', () => {
    const over = structuredClone(audit);
    over.lines[1]!.actual = yuan(4500);
    const [v] = refused(after(9), {
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
      ...history.slice(0, 9),
      approval,
      { ...history[9]!, payload: { audit: over } } as ProjectEvent,
    ];
    expect(replay(projectLifecycle, events, context).ok).toBe(true);
    const tooMuch = structuredClone(over);
    tooMuch.lines[0]!.actual = yuan(6500);
    const state = after(9);
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
    const state = after(9);
    const [v] = refused(state, {
      type: 'spending-approved',
      at,
      by: 'p-li',
      payload: { body: 'qingyuan-supervision', ceiling: yuan(11000) },
    });
    expect(v).toMatchObject({ rule: 'spending.approved-by-supervision-group', path: ['by'] });
    expect(v!.message.en).toBe('李主任 is not a member of Supervision and audit group');
    expect(v!.message['zh-CN']).toBe('李主任 不是项目监审组的成员');
    const [w] = refused(state, {
      type: 'spending-approved',
      at,
      by: 'p-center',
      payload: { body: 'qingyuan-coordination', ceiling: yuan(11000) },
    });
    expect(w!.message['zh-CN']).toBe('“qingyuan-coordination”不是项目监审组');
  });

  it('closing needs a financial audit and an evaluation report on record', () => {
    const state = { ...after(11), audit: undefined, evaluation: undefined };
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
    const violations = refused(heard(8), {
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
    const notMember = refused(heard(8), {
      type: 'terminated',
      at,
      by: 'p-li',
      payload: { termination },
    });
    expect(notMember[0]!.message['zh-CN']).toBe('李主任 不是项目监审组的成员，不能记录终止决定');
  });

  it('terminates from every active status once proposed and heard, never from draft or an ended one', () => {
    for (let n = 1; n <= history.length; n++) {
      const state = after(n);
      const active = !['draft', 'closed'].includes(state.status);
      const proposed = applyEvent(
        projectLifecycle,
        state,
        {
          type: 'termination-proposed',
          at,
          by: 'p-center',
          payload: { proposal: { ...terminationProposal, respondBy: '2010-01-15' } },
        },
        context,
      );
      expect(proposed.ok, state.status).toBe(active);
      // Decided after the reply deadline passed (the team may not exist yet to answer).
      const decided = applyEvent(
        projectLifecycle,
        proposed.ok ? proposed.state : state,
        {
          type: 'terminated',
          at: '2010-01-16T10:00:00+08:00',
          by: 'p-discipline',
          payload: { termination },
        },
        context,
      );
      expect(decided.ok, state.status).toBe(active);
      if (decided.ok) expect(decided.state.status).toBe('terminated');
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
    const draft = {
      ...team,
      project: 'other',
      members: team.members.map((member) => ({ ...member, contract: { signed: false } })),
    };
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
    const next = missingForNext(projectLifecycle, { ...after(7), team: unsigned }, context);
    expect(next.event).toBe('execution-started');
    expect(next.missing.map((v) => v.message['zh-CN'])).toEqual([
      '执行小组需要一名总负责人',
      '成员 王阿姨 尚未签署职责合同',
    ]);
  });

  it('is empty when the next step can go ahead, and has no step in a final status', () => {
    expect(missingForNext(projectLifecycle, after(11), context)).toEqual({
      event: 'closed',
      to: 'closed',
      missing: [],
    });
    expect(missingForNext(projectLifecycle, after(12), context)).toEqual({
      event: undefined,
      to: undefined,
      missing: [],
    });
  });
});

describe('missingForNext with a team draft', () => {
  it('takes the overall lead as the one recording it: their own signature counts, others must sign in person', () => {
    const next = missingForNext(projectLifecycle, after(4), { ...context, drafts: { team } });
    expect(next.missing.map((v) => v.path)).toEqual([
      ['payload', 'team', 'members', 1, 'contract', 'signed'],
      ['payload', 'team', 'members', 2, 'contract', 'signed'],
    ]);
    const asFormed = missingForNext(projectLifecycle, after(4), {
      ...context,
      drafts: { team: teamAsFormed },
    });
    expect(asFormed.missing).toEqual([]);
  });
});
