import { describe, expect, it } from 'vitest';
import {
  jinhualiExecutionHistory as history,
  liuyinliTerminationHistory as termination,
  pilotProjectContext as context,
} from '../examples/index.js';
import type { Violation } from '../validation/violation.js';
import { applyEvent, replay } from './lifecycle.js';
import type { ProjectEvent } from './project-event.js';
import { projectLifecycle } from './project-lifecycle.js';
import type { ProjectState } from './project-state.js';

/** The state just before the first event of `type` (the `nth` one, from 0) in `events`. */
function before(type: ProjectEvent['type'], events = history, nth = 0): ProjectState {
  const index = events.map((e, i) => [e.type, i] as const).filter(([t]) => t === type)[nth]![1];
  const result = replay(projectLifecycle, events.slice(0, index), context);
  if (!result.ok) throw new Error(JSON.stringify(result.violations));
  return result.state;
}

/** The event of `type` in `events` (the `nth` one), for editing. */
function eventOf<T extends ProjectEvent['type']>(
  type: T,
  events = history,
  nth = 0,
): Extract<ProjectEvent, { type: T }> {
  return structuredClone(events.filter((e) => e.type === type)[nth]) as Extract<
    ProjectEvent,
    { type: T }
  >;
}

function violations(state: ProjectState, event: ProjectEvent): readonly Violation[] {
  const result = applyEvent(projectLifecycle, state, event, context);
  return result.ok ? [] : result.violations;
}

/** [rule, zh-CN, en, path] of each violation, for exact comparison. */
const summary = (found: readonly Violation[]) =>
  found.map((v) => [v.rule, v.message['zh-CN'], v.message.en, v.path]);

describe('the hollow history of issue 14 is refused at each step, one violation per problem', () => {
  it('an execution report describing an activity the plan never had', () => {
    const submitted = eventOf('report-submitted');
    submitted.payload.report.activities.push({ activity: 'a-karaoke', status: 'done' });
    expect(summary(violations(before('report-submitted'), submitted))).toEqual([
      [
        'report.activities-from-plan',
        '计划中没有活动 a-karaoke',
        'The plan has no activity a-karaoke',
        ['payload', 'report', 'activities', 3, 'activity'],
      ],
    ]);
  });

  it('the team auditing itself', () => {
    const recorded = eventOf('audit-recorded');
    recorded.payload.audit.auditedBy = ['p-zhao'];
    expect(summary(violations(before('audit-recorded'), recorded))).toEqual([
      [
        'audit.independent',
        '赵会计 是执行小组成员，不能审计本项目',
        '赵会计 is on the execution team and cannot audit the project',
        ['payload', 'audit', 'auditedBy', 0],
      ],
    ]);
  });

  it('an evaluation measuring an indicator the application never named', () => {
    const recorded = eventOf('evaluation-recorded');
    recorded.payload.evaluation.indicators.push({
      indicator: 'i-happiness',
      unit: '分',
      target: 10,
      reached: 10,
    });
    expect(summary(violations(before('evaluation-recorded'), recorded))).toEqual([
      [
        'evaluation.indicators-from-application',
        '申请书中没有指标 i-happiness',
        'The application names no indicator i-happiness',
        ['payload', 'evaluation', 'indicators', 3, 'indicator'],
      ],
    ]);
  });

  it('all three in one history: replay stops at the first, and each is reported where it is', () => {
    const hollow = structuredClone(history);
    const report = hollow.find((e) => e.type === 'report-submitted')!;
    if (report.type === 'report-submitted')
      report.payload.report.activities[0]!.activity = 'a-karaoke';
    const result = replay(projectLifecycle, hollow, context);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(hollow[result.index]!.type).toBe('report-submitted');
    // The unknown activity, and the planned one it replaced, now missing from the report.
    expect(result.violations.map((v) => v.rule)).toEqual([
      'report.activities-from-plan',
      'report.activities-from-plan',
    ]);
    expect(result.violations[1]!.message.en).toBe(
      'The execution report leaves out planned activity a-supermarket (report it as cancelled or not-done if dropped)',
    );
  });
});

describe('scope change', () => {
  it('amends plan, indicators and budget only once the supervision group approves; both versions kept', () => {
    const pending = applyEvent(
      projectLifecycle,
      before('change-requested'),
      eventOf('change-requested'),
      context,
    );
    if (!pending.ok) throw new Error('request refused');
    expect(pending.state.application!.plan.map((a) => a.id)).not.toContain('a-mending');
    expect(pending.state.changes[0]!.status).toBe('pending');
    const decided = applyEvent(projectLifecycle, pending.state, eventOf('change-decided'), context);
    if (!decided.ok) throw new Error('decision refused');
    expect(decided.state.application!.plan.map((a) => a.id)).toContain('a-mending');
    expect(decided.state.applicationVersions[0]!.plan.map((a) => a.id)).not.toContain('a-mending');
    // A rejected change leaves the application as it was.
    const rejected = eventOf('change-decided');
    rejected.payload.decision.approved = false;
    const kept = applyEvent(projectLifecycle, pending.state, rejected, context);
    expect(kept.ok && kept.state.application).toEqual(pending.state.application);
    expect(kept.ok && kept.state.applicationVersions).toEqual([]);
  });

  it('is requested by the team, and decided once by a member of the supervision group', () => {
    const request = { ...eventOf('change-requested'), by: 'p-center' };
    expect(summary(violations(before('change-requested'), request))).toEqual([
      [
        'change.requested-by-team',
        '街道社区服务中心 不是执行小组成员，不能提出变更',
        'Community service center is not on the execution team and cannot request a scope change',
        ['by'],
      ],
    ]);
    const byLead = { ...eventOf('change-decided'), by: 'p-li' };
    expect(summary(violations(before('change-decided'), byLead))).toEqual([
      [
        'change.decided-by-supervision-group',
        '李主任 不是项目监审组的成员',
        '李主任 is not a member of Supervision and audit group',
        ['by'],
      ],
    ]);
    expect(
      violations(before('disbursed', history, 1), eventOf('change-decided')).map((v) => [
        v.rule,
        v.message.en,
      ]),
    ).toEqual([['change.pending', 'Scope change chg-mending has already been decided']]);
  });

  it('amends something, with a budget that adds up within the grant', () => {
    const empty = eventOf('change-requested');
    delete empty.payload.change.plan;
    delete empty.payload.change.indicators;
    delete empty.payload.change.budget;
    expect(violations(before('change-requested'), empty).map((v) => v.message['zh-CN'])).toEqual([
      '变更申请没有修改计划、指标或预算',
    ]);
    const rich = eventOf('change-requested');
    rich.payload.change.budget!.lines[2]!.amount.amount = 300000;
    rich.payload.change.budget!.total.amount = 1200000;
    expect(summary(violations(before('change-requested'), rich))).toEqual([
      [
        'change.budget-adds-up',
        '变更后的预算总额 12,000.00 CNY 超出资助金额 10,000.00 CNY',
        'The amended budget total of 12,000.00 CNY is beyond the grant of 10,000.00 CNY',
        ['payload', 'change', 'budget', 'total'],
      ],
    ]);
    rich.payload.change.budget!.total.amount = 1000000;
    expect(violations(before('change-requested'), rich).map((v) => v.message.en)).toEqual([
      'The amended budget lines add up to 12,000.00 CNY, not the total of 10,000.00 CNY',
    ]);
  });

  it('a target is restated only through a change: the evaluation keeps the (amended) target', () => {
    const restated = eventOf('evaluation-recorded');
    restated.payload.evaluation.indicators[0]!.target = 150;
    expect(summary(violations(before('evaluation-recorded'), restated))).toEqual([
      [
        'evaluation.indicators-from-application',
        '指标 i-visits 的目标是 200，不是 150；修改目标须经变更',
        'Indicator i-visits has the target 200, not 150; a target changes only through a scope change',
        ['payload', 'evaluation', 'indicators', 0, 'target'],
      ],
    ]);
    // The new indicator is known once the change is approved, not while it is pending.
    const early = eventOf('stage-evaluated');
    expect(violations(before('disbursed', history, 1), early)).toEqual([]);
    const unknown = violations(before('change-decided'), early).map((v) => v.message.en);
    expect(unknown).toEqual(['The application names no indicator i-mending']);
  });
});

describe('money', () => {
  it('disbursements: by the street office or service center, in order, within the grant', () => {
    const second = eventOf('disbursed', history, 1);
    second.by = 'p-li';
    second.payload.disbursement.tranche = 3;
    second.payload.disbursement.amount.amount = 500000;
    expect(summary(violations(before('disbursed', history, 1), second))).toEqual([
      [
        'disbursement.by-funder',
        '李主任 不是街道办事处或社区服务中心的人员，不能记录拨款',
        '李主任 is not with the street office or the service center and cannot record a disbursement',
        ['by'],
      ],
      [
        'disbursement.within-grant',
        '拨款合计 11,000.00 CNY 超过资助金额 10,000.00 CNY',
        'Disbursements would add up to 11,000.00 CNY, more than the grant of 10,000.00 CNY',
        ['payload', 'disbursement', 'amount'],
      ],
      [
        'disbursement.within-grant',
        '这一笔应是第 2 期拨款，而不是第 3 期',
        'This is tranche 2, not 3',
        ['payload', 'disbursement', 'tranche'],
      ],
    ]);
  });

  it('expenses: a receipt, a line of the amended budget with its source, grant spending within the grant', () => {
    const state = before('expense-recorded', history, 3); // x-mending, after the change
    const bad = eventOf('expense-recorded', history, 3);
    delete bad.payload.expense.receipt;
    bad.payload.expense.line = 'c-sales';
    expect(summary(violations(state, bad))).toEqual([
      [
        'expense.receipt',
        '支出 x-mending 没有收据或发票',
        'Expense x-mending has no receipt',
        ['payload', 'expense', 'receipt'],
      ],
      [
        'expense.budget-line',
        '条目 c-sales 的资金来源是 low-price-sales，不是 grant',
        'Line c-sales is funded by low-price-sales, not grant',
        ['payload', 'expense', 'source'],
      ],
    ]);
    // The new line does not exist before the change is approved.
    const early = eventOf('expense-recorded', history, 3);
    expect(violations(before('change-decided'), early).map((v) => v.message.en)).toEqual([
      'The budget has no line b-mending',
    ]);
    const big = eventOf('expense-recorded', history, 3);
    big.payload.expense.amount.amount = 200000; // 1,000 + 8,700 already spent from the grant
    expect(summary(violations(state, big))).toEqual([
      [
        'expense.within-grant',
        '资助资金支出合计 10,700.00 CNY，超过资助金额 10,000.00 CNY，需要项目监审组的批准',
        "Grant spending would reach 10,700.00 CNY, beyond the grant of 10,000.00 CNY: it needs the supervision group's approval",
        ['payload', 'expense', 'amount'],
      ],
    ]);
    const approved = applyEvent(
      projectLifecycle,
      state,
      {
        type: 'spending-approved',
        at: '2007-11-05T15:00:00+08:00',
        by: 'p-caizheng',
        payload: { body: 'qingyuan-supervision', ceiling: { amount: 1100000, currency: 'CNY' } },
      },
      context,
    );
    if (!approved.ok) throw new Error('approval refused');
    expect(violations(approved.state, big)).toEqual([]);
  });
});

describe('financial audit', () => {
  it('states the approved grant, audits the amended budget lines as the ledger shows them', () => {
    const recorded = eventOf('audit-recorded');
    const audit = recorded.payload.audit;
    audit.granted.amount = 1200000;
    audit.lines = audit.lines.filter((line) => line.line !== 'b-mending');
    audit.lines[0]!.actual.amount = 500000;
    audit.lines[2]!.source = 'volunteer-raised';
    audit.lines.push({
      line: 'b-party',
      budgeted: { amount: 0, currency: 'CNY' },
      actual: { amount: 0, currency: 'CNY' },
    });
    expect(summary(violations(before('audit-recorded'), recorded))).toEqual([
      [
        'audit.granted',
        '审计表写明资助 12,000.00 CNY，批准的资助是 10,000.00 CNY',
        'The audit states a grant of 12,000.00 CNY; the approved grant is 10,000.00 CNY',
        ['payload', 'audit', 'granted'],
      ],
      [
        'audit.budget-lines',
        '审计条目 c-clothes 的来源应为 in-kind',
        'Audit line c-clothes is funded by in-kind',
        ['payload', 'audit', 'lines', 2, 'source'],
      ],
      [
        'audit.budget-lines',
        '审计条目 b-party 不在预算中',
        'Audit line b-party is not a line of the budget',
        ['payload', 'audit', 'lines', 4, 'line'],
      ],
      [
        'audit.budget-lines',
        '预算条目 b-mending 没有审计',
        'Budget line b-mending is missing from the audit',
        ['payload', 'audit', 'lines'],
      ],
      [
        'audit.matches-ledger',
        '审计条目 b-shelves 的实际支出 5,000.00 CNY 与支出台账合计 4,800.00 CNY 不符',
        'Audit line b-shelves shows 5,000.00 CNY spent; the expense ledger shows 4,800.00 CNY',
        ['payload', 'audit', 'lines', 0, 'actual'],
      ],
    ]);
  });

  it('is by the supervision group or the service center, never by someone else', () => {
    const recorded = eventOf('audit-recorded');
    recorded.payload.audit.auditedBy = ['p-center', 'p-ngo'];
    expect(summary(violations(before('audit-recorded'), recorded))).toEqual([
      [
        'audit.independent',
        '社区参与行动 既不是项目监审组成员，也不是社区服务中心人员',
        'Community Action is neither in the supervision group nor with the service center',
        ['payload', 'audit', 'auditedBy', 1],
      ],
    ]);
  });
});

describe('evaluation', () => {
  it('stage evaluations during execution, a final one measuring every indicator after the audit', () => {
    const stage = eventOf('stage-evaluated');
    delete stage.payload.evaluation.stage;
    expect(summary(violations(before('stage-evaluated'), stage))).toEqual([
      [
        'evaluation.stage',
        '执行期间的评估是阶段评估（stage: milestone）',
        'An evaluation during execution is a stage evaluation (stage: milestone)',
        ['payload', 'evaluation', 'stage'],
      ],
    ]);
    const partial = eventOf('evaluation-recorded');
    partial.payload.evaluation.indicators.pop();
    expect(summary(violations(before('evaluation-recorded'), partial))).toEqual([
      [
        'evaluation.covers-indicators',
        '终期评估没有衡量指标 i-mending',
        'The final evaluation does not measure indicator i-mending',
        ['payload', 'evaluation', 'indicators'],
      ],
    ]);
  });
});

describe('termination workflow', () => {
  const at = (type: ProjectEvent['type']) => before(type, termination);

  it('a termination without a proposal (the old single event) is refused', () => {
    const decided = eventOf('terminated', termination);
    expect(summary(violations(at('termination-proposed'), decided))).toEqual([
      [
        'termination.team-heard',
        '没有未决的终止提议：终止须先经提议（termination-proposed）并听取执行小组的答复',
        'No termination proposal is open: a termination is first proposed (termination-proposed) and the team heard',
        ['payload', 'termination', 'proposal'],
      ],
    ]);
  });

  it('the proposer belongs to the side it names, with a reason and a deadline not in the past', () => {
    const proposed = eventOf('termination-proposed', termination);
    proposed.by = 'p-ngo';
    proposed.payload.proposal.reason = ' ';
    proposed.payload.proposal.respondBy = '2007-11-01';
    expect(summary(violations(at('termination-proposed'), proposed))).toEqual([
      [
        'termination.proposer',
        '社区参与行动 不是社区服务中心人员，不能以其名义提议终止',
        'Community Action is not someone of the service center and cannot propose the termination in its name',
        ['by'],
      ],
      [
        'termination.proposal',
        '终止提议需要写明理由',
        'A termination proposal needs a reason',
        ['payload', 'proposal', 'reason'],
      ],
      [
        'termination.proposal',
        '答复期限 2007-11-01 早于提议日期 2007-11-12',
        "The reply deadline 2007-11-01 is before the proposal's date 2007-11-12",
        ['payload', 'proposal', 'respondBy'],
      ],
    ]);
  });

  it('the team answers by the deadline; the decision waits for the answer or the deadline', () => {
    const late = {
      ...eventOf('termination-answered', termination),
      at: '2007-11-24T09:00:00+08:00',
    };
    expect(summary(violations(at('termination-answered'), late))).toEqual([
      [
        'termination.answered-by-team',
        '答复期限 2007-11-23 已过',
        'The reply deadline 2007-11-23 has passed',
        ['at'],
      ],
    ]);
    const outsider = { ...eventOf('termination-answered', termination), by: 'p-center' };
    expect(violations(at('termination-answered'), outsider).map((v) => v.path)).toEqual([['by']]);
    const hasty = { ...eventOf('terminated', termination), at: '2007-11-15T09:00:00+08:00' };
    expect(summary(violations(at('termination-answered'), hasty))).toEqual([
      [
        'termination.team-heard',
        '执行小组尚未答复，答复期限 2007-11-23 也未过',
        'The team has not answered and its reply deadline 2007-11-23 has not passed',
        ['at'],
      ],
    ]);
    // After the deadline the supervision group may decide without an answer.
    const afterDeadline = { ...hasty, at: '2007-11-24T09:00:00+08:00' };
    expect(violations(at('termination-answered'), afterDeadline)).toEqual([]);
  });

  it('when the team itself proposes, it has been heard: the group may decide at once', () => {
    const proposed = eventOf('termination-proposed', termination);
    proposed.by = 'p-gu';
    proposed.payload.proposal.proposer = 'execution-team';
    const open = applyEvent(projectLifecycle, at('termination-proposed'), proposed, context);
    if (!open.ok) throw new Error(JSON.stringify(open.violations));
    const decided = { ...eventOf('terminated', termination), at: '2007-11-13T09:00:00+08:00' };
    expect(violations(open.state, decided)).toEqual([]);
    // The service center cannot propose in the team's name.
    expect(violations(at('termination-proposed'), { ...proposed, by: 'p-center' })).toEqual([
      {
        rule: 'termination.proposer',
        message: {
          'zh-CN': '街道社区服务中心 不是执行小组成员，不能以其名义提议终止',
          en: 'Community service center is not a member of the execution team and cannot propose the termination in its name',
        },
        path: ['by'],
      },
    ]);
  });

  it('the supervision group may decline instead, and the project goes on', () => {
    const declined = applyEvent(
      projectLifecycle,
      at('terminated'),
      {
        type: 'termination-declined',
        at: '2007-11-27T15:00:00+08:00',
        by: 'p-jiwei',
        payload: {
          decision: {
            proposal: 'tp-liuyinli',
            body: 'qingyuan-supervision',
            reason: '再观察一个月',
          },
        },
      },
      context,
    );
    expect(declined.ok && declined.state.status).toBe('in-execution');
    expect(declined.ok && declined.state.terminationProposals[0]!.outcome).toBe('declined');
  });

  it('the refund is the disbursed money not spent, recorded once', () => {
    const refund = eventOf('refund-recorded', termination);
    refund.payload.refund.amount.amount = 400000;
    expect(summary(violations(at('refund-recorded'), refund))).toEqual([
      [
        'termination.refund-unspent',
        '应退回未支出的 2,500.00 CNY（已拨付减去资助资金支出），不是 4,000.00 CNY',
        'The refund is the unspent 2,500.00 CNY (disbursed minus grant spending), not 4,000.00 CNY',
        ['payload', 'refund', 'amount'],
      ],
    ]);
    const byTeam = { ...eventOf('refund-recorded', termination), by: 'p-gu' };
    expect(summary(violations(at('refund-recorded'), byTeam))).toEqual([
      [
        'termination.refund-by-funder',
        '顾老师 不是社区服务中心、街道办事处或项目监审组的人员，不能记录退款',
        '顾老师 is not with the service center, the street office or the supervision group and cannot record the refund',
        ['by'],
      ],
    ]);
    const done = replay(projectLifecycle, termination, context);
    if (!done.ok) throw new Error('example refused');
    expect(violations(done.state, eventOf('refund-recorded', termination))[0]!.message.en).toBe(
      'The refund is already on record',
    );
  });
});
