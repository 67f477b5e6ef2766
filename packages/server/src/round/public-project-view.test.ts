import { describe, expect, it } from 'vitest';
import {
  projectLifecycle,
  PublicProjectViewSchema,
  type ProjectEvent,
  type ProjectState,
} from '@qingyuan/core';
import { jinhualiExecutionHistory, liuyinliTerminationHistory } from '@qingyuan/core/examples';
import { publicProjectView } from './public-project-view.js';

const fold = (events: readonly ProjectEvent[]): ProjectState =>
  events.reduce(projectLifecycle.reduce, projectLifecycle.initial);

describe('the public view of a funded project', () => {
  const closed = fold(jinhualiExecutionHistory);
  const view = publicProjectView('qingyuan-2007', closed, jinhualiExecutionHistory)!;

  it('is the document core publishes as PublicProjectView, with nothing else in it', () => {
    expect(PublicProjectViewSchema.safeParse(view).success).toBe(true);
    expect(Object.keys(view).sort()).toEqual(Object.keys(PublicProjectViewSchema.shape).sort());
  });

  it('shows the grant, spending per budget line adding up, and every indicator against its target', () => {
    expect(view.status).toBe('closed');
    expect(view.stage).toEqual(projectLifecycle.statuses.closed);
    expect(view.grant).toEqual(closed.granted);
    expect(view.lines.map((line) => line.line)).toEqual(
      closed.application!.budget.lines.map((line) => line.id),
    );
    expect(view.lines.reduce((sum, line) => sum + line.spent.amount, 0)).toBe(view.spent.amount);
    expect(view.spent.amount).toBeGreaterThan(0);
    expect(view.spent.amount).toBeLessThanOrEqual(view.grant!.amount);
    for (const indicator of view.indicators) {
      const measured = closed.evaluation!.indicators.find((r) => r.indicator === indicator.id);
      expect(indicator).toMatchObject({ reached: measured?.reached ?? null, measuredBy: 'final' });
    }
  });

  it('names no team member: only how many hold each role', () => {
    const members = closed.team!.members;
    expect(view.team.reduce((sum, role) => sum + role.members, 0)).toBe(members.length);
    const text = JSON.stringify(view);
    for (const member of members) {
      expect(text).not.toContain(member.participant);
      if (typeof member.name === 'string') expect(text).not.toContain(member.name);
    }
  });

  it('carries the grant’s expense lines without receipts, and the scope change with roles only', () => {
    expect(view.expenses?.map((e) => [e.id, e.line, e.amount.amount, e.beyondGrant])).toEqual([
      ['x-shelves', 'b-shelves', 480_000, false],
      ['x-toys', 'b-toys', 390_000, false],
      ['x-mending', 'b-mending', 95_000, false],
    ]);
    expect(view.expenses?.every((e) => !('receipt' in e))).toBe(true);
    expect(JSON.stringify(view)).not.toContain('No.00');
    expect(view.changes).toEqual([
      expect.objectContaining({
        id: 'chg-mending',
        amends: ['plan', 'indicators', 'budget'],
        requestedBy: 'overall-lead',
        status: 'approved',
        decidedBy: 'supervision-group',
        reference: '监审〔2007〕5号',
      }),
    ]);
    expect(view.termination).toBeNull();
  });

  it('carries Liuyinli’s termination steps: proposal by role, answer, decision and refund, no person', () => {
    const state = fold(liuyinliTerminationHistory);
    const terminated = publicProjectView('qingyuan-2007', state, liuyinliTerminationHistory)!;
    expect(PublicProjectViewSchema.safeParse(terminated).success).toBe(true);
    expect(terminated.terminated).toBe(true);
    const steps = terminated.termination!;
    expect(steps.proposals).toEqual([
      expect.objectContaining({
        id: 'tp-liuyinli',
        proposer: 'service-center',
        outcome: 'terminated',
      }),
    ]);
    expect(steps.proposals[0]!.response?.text).toBeDefined();
    expect(steps.decision?.body).toBe('qingyuan-supervision');
    expect(steps.refund?.amount).toEqual(state.refund!.amount);
    const text = JSON.stringify(terminated);
    for (const person of ['p-gu', 'p-fang', 'p-center', 'p-jiwei', '顾老师', '方大姐'])
      expect(text).not.toContain(person);
  });

  it('shows nothing of a project before its approval, and stage results while it runs', () => {
    const approvedAt = jinhualiExecutionHistory.findIndex((e) => e.type === 'approved');
    expect(
      publicProjectView('qingyuan-2007', fold(jinhualiExecutionHistory.slice(0, approvedAt))),
    ).toBeUndefined();
    const staged = jinhualiExecutionHistory.findIndex((e) => e.type === 'stage-evaluated');
    const running = publicProjectView(
      'qingyuan-2007',
      fold(jinhualiExecutionHistory.slice(0, staged + 1)),
    )!;
    expect(running.status).toBe('in-execution');
    expect(running.indicators.some((i) => i.measuredBy === 'stage')).toBe(true);
  });
});
