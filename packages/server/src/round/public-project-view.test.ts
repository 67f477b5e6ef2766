import { describe, expect, it } from 'vitest';
import {
  projectLifecycle,
  PublicProjectViewSchema,
  type ProjectEvent,
  type ProjectState,
} from '@qingyuan/core';
import { jinhualiExecutionHistory } from '@qingyuan/core/examples';
import { publicProjectView } from './public-project-view.js';

const fold = (events: readonly ProjectEvent[]): ProjectState =>
  events.reduce(projectLifecycle.reduce, projectLifecycle.initial);

describe('the public view of a funded project', () => {
  const closed = fold(jinhualiExecutionHistory);
  const view = publicProjectView('qingyuan-2007', closed)!;

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
