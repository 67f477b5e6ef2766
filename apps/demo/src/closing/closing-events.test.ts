import {
  applyEvent,
  projectLifecycle,
  replay,
  type ProjectEvent,
  type ProjectState,
} from '@qingyuan/core';
import { liuyinliTerminationHistory, pilotProjectContext } from '@qingyuan/core/examples';
import { describe, expect, it } from 'vitest';
import {
  auditFromLedger,
  budgetShift,
  changeDecision,
  disbursement,
  evaluation,
  expense,
  refund,
  spendingApproval,
  terminationAnswer,
  terminationDecision,
  terminationProposal,
  unspent,
  yuanAmount,
} from './closing-events.js';
import { openSteps } from './closing-steps.js';

const project = 'liuyinli-reading';
// The fictional reading corner under way: 4,000 of its 8,000 yuan paid, 1,500 spent.
const underWay = liuyinliTerminationHistory.slice(
  0,
  liuyinliTerminationHistory.findIndex((e) => e.type === 'expense-recorded') + 1,
);
const start = replay(projectLifecycle, underWay, pilotProjectContext);
const meta = (by: string, at: string) => ({ project, by, at });

/** Applies an event with core's rules, failing the test with the violations if refused. */
function apply(state: ProjectState, event: ProjectEvent | undefined): ProjectState {
  expect(event).toBeDefined();
  const result = applyEvent(projectLifecycle, state, event!, pilotProjectContext);
  if (!result.ok) expect(result.violations.map((v) => v.rule)).toEqual([]);
  return result.ok ? result.state : state;
}

describe('yuanAmount', () => {
  it('reads yuan as people type them and refuses what is not a positive amount', () => {
    expect(yuanAmount('1,500.5')).toEqual({ amount: 150050, currency: 'CNY' });
    expect(yuanAmount(' 4000 ')).toEqual({ amount: 400000, currency: 'CNY' });
    expect(yuanAmount('0')).toBeUndefined();
    expect(yuanAmount('12.345')).toBeUndefined();
    expect(yuanAmount('一千')).toBeUndefined();
  });
});

describe('a funded project closing, step by step, as core accepts it', () => {
  it('starts in execution with the steps core allows next', () => {
    expect(start.ok).toBe(true);
    expect(start.state.status).toBe('in-execution');
    expect(openSteps(start.state)).toEqual([
      'disbursed',
      'expense-recorded',
      'change-requested',
      'stage-evaluated',
      'report-submitted',
      'spending-approved',
      'termination-proposed',
    ]);
  });

  it('pays the rest of the grant, and core refuses a tranche beyond it', () => {
    const over = disbursement(start.state, meta('p-center', '2007-10-26T10:00:00+08:00'), {
      amount: 400001,
      currency: 'CNY',
    });
    const refused = applyEvent(projectLifecycle, start.state, over, pilotProjectContext);
    expect(refused.ok ? [] : refused.violations.map((v) => v.rule)).toContain(
      'disbursement.within-grant',
    );
    const paid = apply(
      start.state,
      disbursement(start.state, meta('p-center', '2007-10-26T10:00:00+08:00'), yuanAmount('4000')!),
    );
    expect(paid.disbursements.map((d) => d.tranche)).toEqual([1, 2]);
    expect(openSteps(paid)).not.toContain('disbursed');
  });

  it('moves money between budget lines by a scope change the supervision group approves', () => {
    const asked = apply(
      start.state,
      budgetShift(start.state, meta('p-gu', '2007-10-29T10:00:00+08:00'), {
        from: 'b-shelves',
        to: 'b-books',
        amount: yuanAmount('500')!,
        reason: '多买图书',
      }),
    );
    expect(openSteps(asked)).toContain('change-decided');
    expect(openSteps(asked)).not.toContain('change-requested');
    const decided = apply(
      asked,
      changeDecision(asked, meta('p-jiwei', '2007-10-30T10:00:00+08:00'), true),
    );
    expect(decided.application?.budget.lines.map((l) => [l.id, l.amount.amount])).toEqual([
      ['b-books', 650000],
      ['b-shelves', 150000],
    ]);
    expect(
      budgetShift(decided, meta('p-gu', '2007-10-31T10:00:00+08:00'), {
        from: 'b-shelves',
        to: 'b-books',
        amount: yuanAmount('1501')!,
        reason: '太多',
      }),
    ).toBeUndefined();
  });

  it('records a stage evaluation, the report, the audit from the ledger, the evaluation and the closing', () => {
    const at = (d: string) => `2007-${d}T10:00:00+08:00`;
    let state = apply(
      start.state,
      evaluation(
        start.state,
        meta('p-center', at('11-05')),
        'milestone',
        { 'i-loans': 60 },
        '半程',
      ),
    );
    expect(state.stageEvaluations).toHaveLength(1);
    state = apply(
      state,
      expense(state, meta('p-fang', at('11-07')), {
        line: 'b-shelves',
        item: '书架两组',
        amount: yuanAmount('2000')!,
        receipt: 'No.0001',
      }),
    );
    state = apply(state, {
      type: 'report-submitted',
      at: at('12-03'),
      by: 'p-gu',
      payload: {
        report: {
          id: 'er-liuyinli',
          project,
          period: { start: '2007-10-15', end: '2007-11-30' },
          activities: [
            { activity: 'a-books', status: 'done' },
            { activity: 'a-lending', status: 'done' },
          ],
          summary: { 'zh-CN': '完成', en: 'Done' },
          submittedBy: 'p-gu',
          submittedAt: at('12-03'),
        },
      },
    });
    expect(openSteps(state)).toContain('audit-recorded');
    const audit = auditFromLedger(state, meta('p-caizheng', at('12-12')), 'compliant');
    expect(audit.lines.map((l) => [l.line, l.actual.amount])).toEqual([
      ['b-books', 150000],
      ['b-shelves', 200000],
    ]);
    state = apply(state, {
      type: 'audit-recorded',
      at: at('12-12'),
      by: 'p-caizheng',
      payload: { audit },
    });
    state = apply(
      state,
      evaluation(state, meta('p-center', at('12-17')), 'final', { 'i-loans': 130 }, '达标'),
    );
    expect(openSteps(state)).toEqual(['closed', 'termination-proposed']);
    state = apply(state, { type: 'closed', at: at('12-21'), by: 'p-center' });
    expect(state.status).toBe('closed');
    expect(openSteps(state)).toEqual([]);
  });

  it('refuses spending above the grant until the supervision group approves a higher ceiling', () => {
    const more = (state: ProjectState) =>
      expense(state, meta('p-fang', '2007-11-09T10:00:00+08:00'), {
        line: 'b-books',
        item: '更多图书',
        amount: yuanAmount('7000')!,
        receipt: 'No.0002',
      });
    const refused = applyEvent(
      projectLifecycle,
      start.state,
      more(start.state),
      pilotProjectContext,
    );
    expect(refused.ok ? [] : refused.violations.map((v) => v.rule)).toEqual([
      'expense.within-grant',
    ]);
    expect(openSteps(start.state)).toContain('spending-approved');
    const approved = apply(
      start.state,
      spendingApproval(meta('p-jiwei', '2007-11-08T10:00:00+08:00'), yuanAmount('9000')!),
    );
    const spent = apply(approved, more(approved));
    expect(spent.expenses.map((x) => x.amount.amount)).toEqual([150000, 700000]);
  });

  it('terminates through the whole workflow and refunds what was paid and not spent', () => {
    const at = (d: string) => `2007-${d}T10:00:00+08:00`;
    let state = apply(
      start.state,
      terminationProposal(
        start.state,
        meta('p-center', at('11-12')),
        'service-center',
        '志愿者都已离开',
        '2007-11-23',
      ),
    );
    expect(openSteps(state)).toContain('termination-answered');
    expect(openSteps(state)).not.toContain('terminated');
    state = apply(state, terminationAnswer(state, meta('p-gu', at('11-20')), '同意终止'));
    expect(openSteps(state)).toEqual(
      expect.arrayContaining(['termination-declined', 'terminated']),
    );
    expect(unspent(state)).toBe(250000);
    state = apply(
      state,
      terminationDecision(state, meta('p-jiwei', at('11-27')), true, '无法完成', '监审〔2007〕7号'),
    );
    expect(state.status).toBe('terminated');
    expect(state.termination?.refund?.amount).toBe(250000);
    expect(openSteps(state)).toEqual(['refund-recorded']);
    state = apply(state, refund(state, meta('p-center', at('11-30'))));
    expect(state.refund?.amount.amount).toBe(250000);
    expect(openSteps(state)).toEqual([]);
  });

  it('lets the supervision group decline a termination, and the project goes on', () => {
    const at = (d: string) => `2007-${d}T10:00:00+08:00`;
    let state = apply(
      start.state,
      terminationProposal(
        start.state,
        meta('p-jiwei', at('11-12')),
        'supervision-group',
        '进度落后',
        '2007-11-23',
      ),
    );
    state = apply(state, terminationAnswer(state, meta('p-gu', at('11-20')), '新志愿者已到位'));
    state = apply(
      state,
      terminationDecision(state, meta('p-jiwei', at('11-27')), false, '继续执行'),
    );
    expect(state.status).toBe('in-execution');
    expect(openSteps(state)).toContain('termination-proposed');
  });
});
