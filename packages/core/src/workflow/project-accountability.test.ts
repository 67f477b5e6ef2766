import { describe, expect, it } from 'vitest';
import {
  jinhualiExecutionHistory,
  liuyinliTerminationHistory,
  pilotProjectContext,
} from '../examples/index.js';
import { projectLifecycle } from './project-lifecycle.js';
import { replay } from './lifecycle.js';
import { accountabilityOfPublicView, projectAccountability } from './project-accountability.js';
import { PublicProjectViewSchema } from './public-project-view.js';
import type { ProjectEvent } from './project-event.js';

const stateOf = (history: readonly ProjectEvent[]) =>
  replay(projectLifecycle, history, pilotProjectContext).state;
const cny = (amount: number) => ({ amount, currency: 'CNY' });

describe('projectAccountability', () => {
  it('is undefined before the grant', () => {
    const upToReview = jinhualiExecutionHistory.slice(0, 3);
    expect(projectAccountability(stateOf(upToReview), upToReview)).toBeUndefined();
  });

  it('gives Jinhuali’s money from the ledger: the grant lines only, co-funding apart', () => {
    const view = projectAccountability(
      stateOf(jinhualiExecutionHistory),
      jinhualiExecutionHistory,
    )!;
    expect(view.status).toBe('closed');
    expect(view.granted).toEqual(cny(1_000_000));
    expect(view.disbursed).toEqual(cny(1_000_000)); // 6,000 + 4,000 yuan
    expect(view.spent).toEqual(cny(965_000)); // 4,800 + 3,900 + 950 yuan
    expect(view.remaining).toEqual(cny(35_000));
    // the in-kind clothes are co-funding: not an expense of the grant
    expect(view.expenses?.map((e) => e.id)).toEqual(['x-shelves', 'x-toys', 'x-mending']);
    // the lines of the budget as amended by the approved change
    expect(view.lines.map((l) => [l.line, l.budget.amount, l.spent.amount])).toEqual([
      ['b-shelves', 500_000, 480_000],
      ['b-toys', 400_000, 390_000],
      ['b-mending', 100_000, 95_000],
    ]);
  });

  it('tells the final evaluation’s results, and its scope change with who decided and the reference', () => {
    const view = projectAccountability(
      stateOf(jinhualiExecutionHistory),
      jinhualiExecutionHistory,
    )!;
    expect(view.indicators.length).toBeGreaterThan(0);
    expect(view.indicators.every((i) => i.measuredBy === 'final' && i.reached !== null)).toBe(true);
    expect(view.changes).toEqual([
      expect.objectContaining({
        id: 'chg-mending',
        amends: ['plan', 'indicators', 'budget'],
        requestedBy: 'p-li',
        requestedByRole: 'overall-lead',
        status: 'approved',
        decidedBy: 'p-jiwei',
        reference: '监审〔2007〕5号',
      }),
    ]);
    expect(view.termination).toBeUndefined();
  });

  it('marks the expense lines paid beyond the grant under the supervision group’s approval', () => {
    // up to the last expense (the audit after it would not match the longer ledger)
    const last = jinhualiExecutionHistory.map((e) => e.type).lastIndexOf('expense-recorded');
    const history = jinhualiExecutionHistory.slice(0, last + 1);
    const expense = history[last] as Extract<ProjectEvent, { type: 'expense-recorded' }>;
    history.splice(
      last + 1,
      0,
      {
        type: 'spending-approved',
        at: '2007-11-27T15:00:00+08:00',
        by: 'p-caizheng',
        payload: { body: 'qingyuan-supervision', ceiling: cny(1_100_000) },
      },
      {
        ...expense,
        at: '2007-11-28T18:00:00+08:00',
        payload: {
          expense: {
            project: 'jinhuali-home',
            item: { 'zh-CN': '货架 2 组', en: 'Two more shelves' },
            receipt: { number: 'No.0031003' },
            id: 'x-shelves-more',
            line: 'b-shelves',
            amount: cny(80_000),
            paidOn: '2007-11-28',
          },
        },
      },
    );
    const replayed = replay(projectLifecycle, history, pilotProjectContext);
    expect(replayed.ok ? [] : replayed.violations).toEqual([]);
    const view = projectAccountability(replayed.state, history)!;
    expect(view.expenses?.map((e) => [e.id, e.beyondGrant])).toEqual([
      ['x-shelves', false],
      ['x-toys', false],
      ['x-mending', false],
      ['x-shelves-more', true], // 965,000 + 80,000 > 1,000,000
    ]);
    expect(view.remaining).toEqual(cny(-45_000));
  });

  it('a stage evaluation measures before the final one; nothing before either', () => {
    const stage = jinhualiExecutionHistory.findIndex((e) => e.type === 'stage-evaluated');
    const before = jinhualiExecutionHistory.slice(0, stage);
    const after = jinhualiExecutionHistory.slice(0, stage + 1);
    expect(projectAccountability(stateOf(before), before)!.indicators[0]!.measuredBy).toBeNull();
    const measured = projectAccountability(stateOf(after), after)!.indicators;
    expect(measured.some((i) => i.measuredBy === 'stage')).toBe(true);
    expect(measured.every((i) => i.measuredBy !== 'final')).toBe(true);
  });

  it('keeps the reason of a refused change, which the state does not', () => {
    const requested = jinhualiExecutionHistory.findIndex((e) => e.type === 'change-decided');
    const refused: ProjectEvent[] = [
      ...jinhualiExecutionHistory.slice(0, requested),
      {
        type: 'change-decided',
        at: '2007-11-02T15:00:00+08:00',
        by: 'p-jiwei',
        payload: {
          decision: {
            change: 'chg-mending',
            body: 'qingyuan-supervision',
            approved: false,
            reason: { 'zh-CN': '预算说明不足', en: 'The budget is not explained' },
          },
        },
      },
    ];
    const change = projectAccountability(stateOf(refused), refused)!.changes![0]!;
    expect(change.status).toBe('rejected');
    expect(change.decisionReason).toEqual({
      'zh-CN': '预算说明不足',
      en: 'The budget is not explained',
    });
  });

  it('follows Liuyinli’s termination: proposal, answer, decision and refund', () => {
    const view = projectAccountability(
      stateOf(liuyinliTerminationHistory),
      liuyinliTerminationHistory,
    )!;
    expect(view.status).toBe('terminated');
    expect(view.spent).toEqual(cny(150_000));
    expect(view.remaining).toEqual(cny(650_000));
    const termination = view.termination!;
    expect(termination.proposals).toHaveLength(1);
    expect(termination.proposals[0]).toMatchObject({
      id: 'tp-liuyinli',
      proposer: 'service-center',
      respondBy: '2007-11-23',
      outcome: 'terminated',
    });
    expect(termination.proposals[0]!.response).toBeDefined();
    expect(termination.decision?.body).toBe('qingyuan-supervision');
    expect(termination.refund?.amount).toEqual(cny(250_000));
  });
});

describe('PublicProjectViewSchema and accountabilityOfPublicView', () => {
  const view = {
    round: 'qingyuan-2007',
    project: 'jinhuali-home',
    title: { 'zh-CN': '金华里新居民之家', en: 'New Residents’ Home' },
    community: 'jinhuali',
    status: 'in-execution',
    stage: { 'zh-CN': '执行中', en: 'In execution' },
    grant: cny(1_000_000),
    budget: cny(1_000_000),
    disbursed: cny(600_000),
    spent: cny(480_000),
    lines: [{ line: 'b-shelves', item: '货架', budget: cny(500_000), spent: cny(480_000) }],
    indicators: [
      {
        id: 'i-families',
        description: '服务家庭',
        unit: '户',
        target: 50,
        reached: null,
        measuredBy: null,
      },
    ],
    team: [{ role: 'overall-lead', members: 1 }],
    terminated: false,
  };

  it('reads an older box’s view: money and indicators, and says the rest is not published', () => {
    const parsed = PublicProjectViewSchema.parse(view);
    const accountability = accountabilityOfPublicView(parsed)!;
    expect(accountability.remaining).toEqual(cny(520_000));
    expect(accountability.expenses).toBeNull();
    expect(accountability.changes).toBeNull();
    expect(accountability.termination).toBeNull();
    expect(accountabilityOfPublicView({ ...parsed, grant: null })).toBeUndefined();
  });

  it('reads a box’s expense lines, scope changes (roles only) and termination steps', () => {
    const parsed = PublicProjectViewSchema.parse({
      ...view,
      expenses: [
        {
          id: 'x-shelves',
          paidOn: '2007-09-20',
          amount: cny(480_000),
          line: 'b-shelves',
          item: '货架',
          beyondGrant: false,
        },
      ],
      changes: [
        {
          id: 'chg-mending',
          reason: '增加缝补服务',
          amends: ['budget'],
          requestedAt: '2007-09-01T10:00:00+08:00',
          requestedBy: 'finance-lead',
          status: 'rejected',
          decidedBy: 'supervision-group',
          decidedAt: '2007-09-05T10:00:00+08:00',
          decisionReason: '预算不足',
        },
      ],
      termination: {
        proposals: [
          {
            id: 'tp-1',
            proposer: 'service-center',
            at: '2007-10-01T10:00:00+08:00',
            reason: '三个月未开展活动',
            respondBy: '2007-10-15',
            response: { at: '2007-10-10T10:00:00+08:00', text: '同意' },
            outcome: 'terminated',
          },
        ],
        decision: {
          body: 'qingyuan-supervision',
          decidedAt: '2007-10-20T10:00:00+08:00',
          reason: '无法继续',
        },
        refund: { amount: cny(20_000), paidOn: '2007-10-30' },
      },
    });
    const accountability = accountabilityOfPublicView(parsed)!;
    expect(accountability.expenses?.map((e) => [e.id, e.beyondGrant])).toEqual([
      ['x-shelves', false],
    ]);
    expect(accountability.changes).toEqual([
      expect.objectContaining({
        id: 'chg-mending',
        requestedByRole: 'finance-lead',
        status: 'rejected',
        decisionReason: '预算不足',
      }),
    ]);
    expect(accountability.changes?.[0]?.requestedBy).toBeUndefined();
    expect(accountability.termination?.proposals[0]?.by).toBeUndefined();
    expect(accountability.termination?.refund?.amount).toEqual(cny(20_000));
    // a box that publishes the steps and had none: nothing proposed, not "not said"
    const none = accountabilityOfPublicView({ ...parsed, termination: null })!;
    expect(none.termination).toBeUndefined();
  });

  it('refuses a personal name where a role belongs, and a receipt-less expense without its flag', () => {
    const change = {
      id: 'chg-1',
      reason: '变更',
      amends: ['plan'],
      requestedAt: '2007-09-01T10:00:00+08:00',
      requestedBy: 'p-li',
      status: 'pending',
    };
    expect(PublicProjectViewSchema.safeParse({ ...view, changes: [change] }).success).toBe(false);
    expect(
      PublicProjectViewSchema.safeParse({
        ...view,
        changes: [{ ...change, requestedBy: 'member' }],
      }).success,
    ).toBe(true);
    const expense = { id: 'x', paidOn: '2007-09-20', amount: cny(1), line: 'b', item: '货架' };
    expect(PublicProjectViewSchema.safeParse({ ...view, expenses: [expense] }).success).toBe(false);
  });

  it('refuses an unknown status and a fractional amount', () => {
    expect(PublicProjectViewSchema.safeParse({ ...view, status: 'funded' }).success).toBe(false);
    expect(
      PublicProjectViewSchema.safeParse({ ...view, spent: { amount: 1.5, currency: 'CNY' } })
        .success,
    ).toBe(false);
  });
});
