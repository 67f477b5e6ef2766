import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditTotals } from '../domain/financial-audit.js';
import {
  application,
  audit,
  bodies,
  context,
  evaluation,
  funding,
  history,
  report,
  team,
  termination,
  yuan,
} from '../domain/pilot-2007.fixture.js';
import { moneyTotal } from '../domain/money-total.js';
import { localize } from '../text/localized-text.js';
import { applyEvent, replay } from './lifecycle.js';
import { projectLifecycle, type ProjectEvent, type ProjectState } from './project-lifecycle.js';

// A pool of plausible events: the pilot's own, plus faulty variants of each document.
const unsigned = {
  ...team,
  members: team.members.map((m, i) => (i === 2 ? { ...m, contract: { signed: false } } : m)),
};
const leaderless = { ...team, members: team.members.filter((m) => m.role !== 'overall-lead') };
const overspent = {
  ...audit,
  lines: audit.lines.map((l) => ({
    ...l,
    actual: { ...l.actual, amount: l.actual.amount + 100000 },
  })),
};
const noIndicators = { ...application, indicators: [] };
const hollow = { ...application, purpose: ' ', needs: [], plan: [], team: [], beneficiaries: [] };
const badBudget = { ...application, budget: { ...application.budget, total: yuan(1) } };
const pool: Omit<ProjectEvent, 'at'>[] = [
  ...history.map(({ at: _at, ...event }) => event),
  { type: 'application-saved', by: 'p-li', payload: { application: noIndicators } },
  { type: 'application-saved', by: 'p-li', payload: { application: badBudget } },
  { type: 'application-saved', by: 'p-li', payload: { application: hollow } },
  { type: 'review-started', by: 'p-center', payload: { meeting: 'no-such-meeting' } },
  {
    type: 'approved',
    by: 'p-random',
    payload: { granted: yuan(999999.99), decision: 'fd-2008' },
  },
  { type: 'approved', by: 'p-center', payload: { granted: yuan(10000) } },
  { type: 'approved', by: 'p-center', payload: { granted: yuan(9000), decision: 'fd-2008' } },
  { type: 'rejected', by: 'p-center', payload: { decision: 'fd-2008' } },
  { type: 'carried-over', by: 'p-center', payload: { from: 'qingyuan-2008', to: 'qingyuan-2009' } },
  { type: 'team-formed', by: 'p-li', payload: { team: unsigned } },
  { type: 'team-formed', by: 'p-li', payload: { team: leaderless } },
  { type: 'team-updated', by: 'p-li', payload: { team } },
  { type: 'team-updated', by: 'p-li', payload: { team: unsigned } },
  { type: 'audit-recorded', by: 'p-finance-office', payload: { audit: overspent } },
  {
    type: 'spending-approved',
    by: 'p-finance-office',
    payload: { body: 'qingyuan-supervision', ceiling: yuan(10500) },
  },
  {
    type: 'spending-approved',
    by: 'p-li',
    payload: { body: 'qingyuan-supervision', ceiling: yuan(99999) },
  },
  { type: 'report-submitted', by: 'p-li', payload: { report } },
  { type: 'evaluation-recorded', by: 'p-ngo', payload: { evaluation } },
  { type: 'rejected', by: 'p-center' },
  { type: 'terminated', by: 'p-discipline', payload: { termination } },
  { type: 'terminated', by: 'p-li', payload: { termination } },
  {
    type: 'terminated',
    by: 'p-discipline',
    payload: { termination: { ...termination, reason: ' ' } },
  },
  { type: 'closed', by: 'p-center' },
] as Omit<ProjectEvent, 'at'>[];

// Each pick is either the next step of the pilot's own history (so sequences get far into the
// cycle) or any event of the pool; time moves by 0..30 days, or -2..30 before an off-path event.
const events = fc
  .array(
    fc.tuple(
      fc.nat({ max: 4 }).map((n) => n < 4),
      fc.nat({ max: pool.length - 1 }),
      fc.integer({ min: -2, max: 30 }),
    ),
    {
      maxLength: 40,
    },
  )
  .map((picks) => {
    let time = Date.UTC(2008, 2, 15); // after the service center vetted the applications
    let step = 0;
    return picks.map(([onPath, index, days]) => {
      const next = onPath && step < history.length;
      time += (next ? Math.max(days, 0) : days) * 86400000;
      const base = next ? pool[step++]! : pool[index]!;
      return { ...base, at: new Date(time).toISOString() } as ProjectEvent;
    });
  });

/** Apply what is accepted, skip what is refused: the history a platform would store. */
function accepted(candidates: readonly ProjectEvent[]): {
  log: ProjectEvent[];
  state: ProjectState;
} {
  let state = projectLifecycle.initial;
  const log: ProjectEvent[] = [];
  for (const event of candidates) {
    const result = applyEvent(projectLifecycle, state, event, context);
    if (result.ok) {
      log.push(event);
      state = result.state;
    }
  }
  return { log, state };
}

const order = [
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
];

describe('project lifecycle properties', () => {
  it('replaying a history gives the same state as applying it event by event, every time', () => {
    fc.assert(
      fc.property(events, (candidates) => {
        const { log, state } = accepted(candidates);
        const first = replay(projectLifecycle, log, context);
        const second = replay(
          projectLifecycle,
          JSON.parse(JSON.stringify(log)) as ProjectEvent[],
          context,
        );
        expect(first).toEqual({ ok: true, state });
        expect(second).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });

  it('no accepted sequence of events breaks a rule', () => {
    fc.assert(
      fc.property(events, (candidates) => {
        const { log, state } = accepted(candidates);
        // Times never go backwards.
        for (let i = 1; i < log.length; i++)
          expect(Date.parse(log[i]!.at)).toBeGreaterThanOrEqual(Date.parse(log[i - 1]!.at));
        const reached = (status: string) =>
          log.some((e) => projectLifecycle.transitions[e.type].to === status);
        if (reached('submitted')) {
          // What was submitted had an indicator and a budget that adds up (it cannot change after).
          const app = state.application!;
          expect(app.indicators.length).toBeGreaterThan(0);
          const total = moneyTotal(
            app.budget.lines.map((l) => l.amount),
            app.budget.total.currency,
          );
          expect(total.ok && total.minorUnits === BigInt(app.budget.total.amount)).toBe(true);
        }
        if (reached('submitted')) {
          // …and said what it is for, whom for, how and by whom.
          const app = state.application!;
          expect(localize(app.purpose, 'en').trim()).not.toBe('');
          expect(app.needs.length).toBeGreaterThan(0);
          expect(app.plan.length).toBeGreaterThan(0);
          expect(app.beneficiaries.length).toBeGreaterThan(0);
          expect(app.team.filter((m) => m.role === 'overall-lead')).toHaveLength(1);
        }
        if (reached('in-review')) {
          // Reviewed at a meeting of the round, which lists the project at its budget total.
          const listed = context
            .meetings!.find((r) => r.meeting!.id === state.meeting)
            ?.meeting!.projects.find((p) => p.id === state.application!.id);
          expect(listed?.requested).toEqual(state.application!.budget.total);
        }
        if (reached('approved')) {
          // The grant is the decision's, never above the request, recorded by the service center.
          const approval = log.find((e) => e.type === 'approved')!;
          expect(approval.by).toBe('p-center');
          expect(state.granted).toEqual(
            funding.grants.find((g) => g.project === state.application!.id)!.amount,
          );
          expect(state.granted!.amount).toBeLessThanOrEqual(state.application!.budget.total.amount);
        }
        // The pilot project is funded by fd-2008: it can never be rejected by it.
        expect(state.status).not.toBe('rejected');
        if (reached('in-execution')) {
          const members = state.team!.members;
          expect(members.filter((m) => m.role === 'overall-lead')).toHaveLength(1);
          expect(members.filter((m) => m.role === 'finance-lead')).toHaveLength(1);
          expect(members.every((m) => m.contract.signed)).toBe(true);
        }
        if (state.audit) {
          const ceiling = Math.max(
            state.granted!.amount,
            ...state.spendingApprovals.map((a) => a.ceiling.amount),
          );
          expect(auditTotals(state.audit)!.actual <= BigInt(ceiling)).toBe(true);
        }
        for (const approval of state.spendingApprovals) {
          expect(
            bodies.find((b) => b.id === approval.body)!.members.map((m) => m.participant),
          ).toContain(approval.by);
        }
        if (state.status === 'closed') {
          expect(state.audit).toBeDefined();
          expect(state.evaluation).toBeDefined();
        }
        if (state.status === 'terminated') {
          const last = log.at(-1)!;
          expect(last.type).toBe('terminated');
          expect(last.by).toBe('p-discipline');
          expect(String(state.termination!.reason).trim()).not.toBe('');
        }
        // Statuses only move forward along the cycle (or end in rejected / terminated).
        const path = log
          .map((e) => projectLifecycle.transitions[e.type].to)
          .filter((to) => to !== 'same' && order.includes(to));
        expect(path.map((s) => order.indexOf(s))).toEqual(
          [...path.map((s) => order.indexOf(s))].sort((a, b) => a - b),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('the generator reaches the far end of the cycle (the properties are not vacuous)', () => {
    const statuses = new Set<string>();
    fc.assert(
      fc.property(events, (candidates) => {
        statuses.add(accepted(candidates).state.status);
      }),
      { numRuns: 500, seed: 7 },
    );
    for (const status of [
      'submitted',
      'approved',
      'in-execution',
      'audited',
      'closed',
      'terminated',
    ])
      expect(statuses).toContain(status);
  });
});
