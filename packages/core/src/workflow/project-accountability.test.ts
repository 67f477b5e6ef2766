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
        status: 'approved',
        decidedBy: 'p-jiwei',
        reference: '监审〔2007〕5号',
      }),
    ]);
    expect(view.termination).toBeUndefined();
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

  it('reads a box’s view: money and indicators, no ledger, changes or termination', () => {
    const parsed = PublicProjectViewSchema.parse(view);
    const accountability = accountabilityOfPublicView(parsed)!;
    expect(accountability.remaining).toEqual(cny(520_000));
    expect(accountability.expenses).toBeNull();
    expect(accountability.changes).toBeNull();
    expect(accountability.termination).toBeNull();
    expect(accountabilityOfPublicView({ ...parsed, grant: null })).toBeUndefined();
  });

  it('refuses an unknown status and a fractional amount', () => {
    expect(PublicProjectViewSchema.safeParse({ ...view, status: 'funded' }).success).toBe(false);
    expect(
      PublicProjectViewSchema.safeParse({ ...view, spent: { amount: 1.5, currency: 'CNY' } })
        .success,
    ).toBe(false);
  });
});
