import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditTotals } from '../domain/financial-audit.js';
import {
  application,
  audit,
  context,
  terminationProposal,
  evaluation,
  history,
  report,
  team,
  termination,
  yuan,
} from '../domain/pilot-2007.fixture.js';
import { moneyTotal } from '../money/money-total.js';
import { jinhualiExecutionHistory, pilotProjectContext } from '../examples/index.js';
import { localize } from '../text/localized-text.js';
import { applyEvent, replay } from './lifecycle.js';
import type { ProjectEvent } from './project-event.js';
import { projectLifecycle } from './project-lifecycle.js';
import type { ProjectContext, ProjectState } from './project-state.js';

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
  // The execution phase: signatures (own and for others), money, changes, evaluations, termination.
  { type: 'contract-signed', by: 'p-li', payload: { member: 'p-wang', signedAt: '2008-04-11' } },
  { type: 'contract-signed', by: 'p-wang', payload: { member: 'p-wang', signedAt: '2008-04-11' } },
  { type: 'team-formed', by: 'p-li', payload: { team } },
  {
    type: 'disbursed',
    by: 'p-center',
    payload: {
      disbursement: {
        id: 'd1',
        project: 'jinhuali-home',
        tranche: 1,
        amount: yuan(6000),
        paidOn: '2008-04-16',
      },
    },
  },
  {
    type: 'disbursed',
    by: 'p-li',
    payload: {
      disbursement: {
        id: 'd2',
        project: 'jinhuali-home',
        tranche: 2,
        amount: yuan(6000),
        paidOn: '2008-05-16',
      },
    },
  },
  ...[true, false].map((withReceipt) => ({
    type: 'expense-recorded',
    by: 'p-zhao',
    payload: {
      expense: {
        id: 'x1',
        project: 'jinhuali-home',
        line: 'b-toys',
        item: '玩具',
        amount: yuan(4100),
        paidOn: '2008-05-01',
        ...(withReceipt ? { receipt: { number: 'No.1' } } : {}),
      },
    },
  })),
  {
    type: 'expense-recorded',
    by: 'p-zhao',
    payload: {
      expense: {
        id: 'x2',
        project: 'jinhuali-home',
        line: 'b-shelves',
        item: '货架',
        amount: yuan(5800),
        paidOn: '2008-05-02',
        receipt: { number: 'No.2' },
      },
    },
  },
  ...['p-li', 'p-center'].map((by) => ({
    type: 'change-requested',
    by,
    payload: {
      change: {
        id: 'chg-1',
        project: 'jinhuali-home',
        reason: '增加缝补',
        indicators: [{ ...application.indicators[0]!, target: 100 }],
        requestedAt: '2008-05-01T00:00:00Z',
      },
    },
  })),
  ...['p-discipline', 'p-li'].map((by) => ({
    type: 'change-decided',
    by,
    payload: { decision: { change: 'chg-1', body: 'qingyuan-supervision', approved: true } },
  })),
  {
    type: 'stage-evaluated',
    by: 'p-ngo',
    payload: { evaluation: { ...evaluation, id: 'ev-stage', stage: 'milestone' } },
  },
  {
    type: 'report-submitted',
    by: 'p-li',
    payload: {
      report: {
        ...report,
        activities: [...report.activities, { activity: 'a-karaoke', status: 'done' }],
      },
    },
  },
  { type: 'audit-recorded', by: 'p-li', payload: { audit: { ...audit, auditedBy: ['p-li'] } } },
  {
    type: 'termination-proposed',
    by: 'p-center',
    payload: { proposal: { ...terminationProposal, respondBy: '2030-01-01' } },
  },
  {
    type: 'termination-proposed',
    by: 'p-center',
    payload: { proposal: { ...terminationProposal, respondBy: '2008-08-01' } },
  },
  {
    type: 'termination-answered',
    by: 'p-li',
    payload: { response: { proposal: 'tp-jinhuali', text: '同意' } },
  },
  {
    type: 'termination-declined',
    by: 'p-discipline',
    payload: {
      decision: { proposal: 'tp-jinhuali', body: 'qingyuan-supervision', reason: '继续' },
    },
  },
  {
    type: 'refund-recorded',
    by: 'p-center',
    payload: {
      refund: { id: 'r1', project: 'jinhuali-home', amount: yuan(0), paidOn: '2008-09-01' },
    },
  },
] as Omit<ProjectEvent, 'at'>[];

// Each pick is either the next step of the path (so sequences get far into the cycle) or any
// event of the pool; time moves by 0..30 days, or -2..30 before an off-path event. The path is
// the pilot's own history, or (when `cut` is set) its first `cut` steps followed by the
// termination workflow: a proposal due the day it is made, then the decision a day or more later.
const events = fc
  .tuple(
    fc.array(
      fc.tuple(
        fc.nat({ max: 4 }).map((n) => n < 4),
        fc.nat({ max: pool.length - 1 }),
        fc.integer({ min: -2, max: 30 }),
      ),
      // The cycle has 15 steps: sizes up to 60 events so that many runs get to its end.
      { maxLength: 60, size: 'large' },
    ),
    fc.option(fc.integer({ min: 2, max: history.length - 1 }), { nil: undefined }),
  )
  .map(([picks, cut]) => {
    const path: Omit<ProjectEvent, 'at'>[] =
      cut === undefined
        ? pool.slice(0, history.length)
        : ([
            ...pool.slice(0, cut),
            {
              type: 'termination-proposed',
              by: 'p-center',
              payload: { proposal: terminationProposal },
            },
            { type: 'terminated', by: 'p-discipline', payload: { termination } },
          ] as Omit<ProjectEvent, 'at'>[]);
    let time = Date.UTC(2008, 2, 15); // after the service center vetted the applications
    let step = 0;
    return picks.map(([onPath, index, days]) => {
      const next = onPath && step < path.length;
      const base = next ? path[step++]! : pool[index]!;
      time += (next ? Math.max(days, base.type === 'terminated' ? 1 : 0) : days) * 86400000;
      const at = new Date(time).toISOString();
      return (
        next && base.type === 'termination-proposed'
          ? {
              ...base,
              at,
              payload: { proposal: { ...terminationProposal, respondBy: at.slice(0, 10) } },
            }
          : { ...base, at }
      ) as ProjectEvent;
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

/**
 * What every accepted history must satisfy, checked from the log and the state without the
 * rules' code: the rules of the cycle restated as plain facts.
 */
function expectRulesHold(
  log: readonly ProjectEvent[],
  state: ProjectState,
  { bodies, participants = [], rounds = [], meetings = [], decisions = [] }: ProjectContext,
): void {
  // Times never go backwards.
  for (let i = 1; i < log.length; i++)
    expect(Date.parse(log[i]!.at)).toBeGreaterThanOrEqual(Date.parse(log[i - 1]!.at));
  const reached = (status: string) =>
    log.some((e) => projectLifecycle.transitions[e.type].to === status);
  const supervisors = new Set(
    bodies
      .filter((b) => b.kind === 'supervision-group')
      .flatMap((b) => b.members.map((m) => m.participant)),
  );
  const funders = new Set(
    bodies
      .filter((b) => b.kind === 'street-office' || b.kind === 'service-center')
      .flatMap((b) => b.members.map((m) => m.participant)),
  );
  const roleOf = (id: string) => participants.find((p) => p.id === id)?.roles ?? [];
  if (reached('submitted')) {
    // What was submitted had an indicator and a budget that adds up.
    const app = state.applicationVersions[0] ?? state.application!;
    expect(app.indicators.length).toBeGreaterThan(0);
    const total = moneyTotal(
      app.budget.lines.map((l) => l.amount),
      app.budget.total.currency,
    );
    expect(total.ok && total.minorUnits === BigInt(app.budget.total.amount)).toBe(true);
  }
  if (reached('submitted')) {
    // …and said what it is for, whom for, how and by whom.
    const app = state.applicationVersions[0] ?? state.application!;
    expect(localize(app.purpose, 'en').trim()).not.toBe('');
    expect(app.needs.length).toBeGreaterThan(0);
    expect(app.plan.length).toBeGreaterThan(0);
    expect(app.beneficiaries.length).toBeGreaterThan(0);
    expect(app.team.filter((m) => m.role === 'overall-lead')).toHaveLength(1);
  }
  const reviewedAt = log.find((e) => e.type === 'review-started');
  if (reviewedAt?.type === 'review-started') {
    // Reviewed at a meeting of a round, which lists the project at its (submitted) budget total.
    const app = state.applicationVersions[0] ?? state.application!;
    const meeting = meetings.find((r) => r.meeting?.id === reviewedAt.payload.meeting)?.meeting;
    expect(rounds.some((r) => r.meetings.includes(meeting!.id))).toBe(true);
    const listed = meeting!.projects.find((p) => p.id === app.id);
    expect(listed?.requested).toEqual(app.budget.total);
  }
  const approval = log.find((e) => e.type === 'approved');
  if (approval?.type === 'approved') {
    // The grant is the named decision's, never above the request, recorded by a funding body.
    const app = state.applicationVersions[0] ?? state.application!;
    const decision = [
      ...decisions,
      ...meetings.flatMap((r) => (r.funding ? [r.funding] : [])),
    ].find((d) => d.id === approval.payload.decision);
    expect(decision?.meeting).toBe(state.meeting);
    expect(state.granted).toEqual(decision!.grants.find((g) => g.project === app.id)!.amount);
    expect(state.granted!.amount).toBeLessThanOrEqual(app.budget.total.amount);
    expect(funders.has(approval.by), approval.by).toBe(true);
  }
  const team = state.team;
  if (reached('in-execution')) {
    const members = team!.members;
    expect(members.filter((m) => m.role === 'overall-lead')).toHaveLength(1);
    expect(members.filter((m) => m.role === 'finance-lead')).toHaveLength(1);
    expect(members.every((m) => m.contract.signed)).toBe(true);
    // Each member signed in person: a contract-signed event by them, or they formed the team.
    const formers = log
      .filter((e) => e.type === 'team-formed' || e.type === 'team-updated')
      .map((e) => e.by);
    for (const member of members) {
      const own = log.some(
        (e) =>
          e.type === 'contract-signed' && e.by === member.participant && e.payload.member === e.by,
      );
      expect(own || formers.includes(member.participant), member.participant).toBe(true);
    }
    expect(members.some((m) => roleOf(m.participant).includes('resident'))).toBe(true);
  }
  for (const e of log) {
    if (e.type === 'contract-signed') expect(e.by).toBe(e.payload.member);
  }
  // One earlier version per approved change, each approved by a supervision-group member.
  const approvals = log.filter((e) => e.type === 'change-decided' && e.payload.decision.approved);
  expect(state.applicationVersions).toHaveLength(approvals.length);
  for (const e of log.filter((e) => e.type === 'change-decided'))
    expect(supervisors).toContain(e.by);
  const app = state.application;
  const ceiling = Math.max(
    state.granted?.amount ?? 0,
    ...state.spendingApprovals.map((a) => a.ceiling.amount),
  );
  // Money: tranches within the grant, every expense with a receipt, grant spending within the ceiling.
  const disbursed = state.disbursements.reduce((sum, d) => sum + d.amount.amount, 0);
  if (state.granted) expect(disbursed).toBeLessThanOrEqual(state.granted.amount);
  for (const d of log.filter((e) => e.type === 'disbursed')) {
    expect(roleOf(d.by).some((r) => r === 'service-center' || r === 'street-office')).toBe(true);
  }
  expect(state.expenses.every((x) => x.receipt !== undefined)).toBe(true);
  const spent = state.expenses
    .filter((x) => (x.source ?? 'grant') === 'grant')
    .reduce((sum, x) => sum + x.amount.amount, 0);
  expect(spent).toBeLessThanOrEqual(ceiling);
  if (state.audit) {
    expect(auditTotals(state.audit)!.actual <= BigInt(ceiling)).toBe(true);
    expect(state.audit.granted).toEqual(state.granted);
    for (const auditor of state.audit.auditedBy) {
      expect(team?.members.map((m) => m.participant) ?? []).not.toContain(auditor);
      expect(supervisors.has(auditor) || roleOf(auditor).includes('service-center')).toBe(true);
    }
    const lines = [...app!.budget.lines, ...(app!.budget.contributions ?? [])].map((l) => l.id);
    for (const line of state.audit.lines) expect(lines).toContain(line.line);
  }
  // Reports and evaluations speak of the (amended) plan and indicators only.
  for (const r of state.reports) {
    const plan = app!.plan.map((a) => a.id).sort();
    expect(r.activities.map((a) => a.activity).sort()).toEqual(plan);
  }
  for (const ev of [...state.stageEvaluations, ...(state.evaluation ? [state.evaluation] : [])]) {
    for (const result of ev.indicators) {
      const indicator = app!.indicators.find((i) => i.id === result.indicator);
      expect(indicator?.target, result.indicator).toBe(result.target);
    }
  }
  for (const approval of state.spendingApprovals) {
    expect(supervisors).toContain(approval.by);
    expect(bodies.find((b) => b.id === approval.body)!.members.map((m) => m.participant)).toContain(
      approval.by,
    );
  }
  if (state.status === 'closed') {
    expect(state.audit).toBeDefined();
    expect(state.evaluation).toBeDefined();
  }
  if (state.status === 'terminated') {
    const decided = log.findIndex((e) => e.type === 'terminated');
    expect(supervisors).toContain(log[decided]!.by);
    expect(log.slice(0, decided).some((e) => e.type === 'termination-proposed')).toBe(true);
    expect(String(state.termination!.reason).trim()).not.toBe('');
  }
  // Statuses only move forward along the cycle (or end in rejected / terminated).
  const path = log
    .map((e) => projectLifecycle.transitions[e.type].to)
    .filter((to) => to !== 'same' && order.includes(to));
  expect(path.map((s) => order.indexOf(s))).toEqual(
    [...path.map((s) => order.indexOf(s))].sort((a, b) => a - b),
  );
}

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
        expectRulesHold(log, state, context);
        // The pilot project is funded by fd-2008: it can never be rejected by it.
        expect(state.status).not.toBe('rejected');
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

// Mutations of a valid execution-phase history (the Jinhuali example): drop, duplicate or swap
// events, change who recorded one, shift an amount or a target, or point a reference elsewhere.
const examplesContext: ProjectContext = pilotProjectContext;
const referenceKeys = new Set([
  'activity',
  'indicator',
  'line',
  'member',
  'change',
  'proposal',
  'body',
  'project',
]);
const otherIds = [
  'zz-unknown',
  'a-mending',
  'i-mending',
  'b-toys',
  'c-sales',
  'p-wang',
  'qingyuan-coordination',
];
const people = (pilotProjectContext.participants ?? []).map((p) => p.id);

/** Calls `visit` on every (object, key) of a JSON value, depth first. */
function walk(value: unknown, visit: (holder: Record<string, unknown>, key: string) => void): void {
  if (Array.isArray(value)) for (const item of value) walk(item, visit);
  else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      visit(value as Record<string, unknown>, key);
      walk((value as Record<string, unknown>)[key], visit);
    }
  }
}

/** Changes the `n`-th field of `event` that `pick` accepts (modulo their count). */
function changeField(
  event: ProjectEvent,
  n: number,
  pick: (key: string, value: unknown) => boolean,
  change: (value: unknown) => unknown,
): ProjectEvent {
  const copy = structuredClone(event);
  const found: [Record<string, unknown>, string][] = [];
  walk(copy, (holder, key) => {
    if (pick(key, holder[key])) found.push([holder, key]);
  });
  if (found.length === 0) return copy;
  const [holder, key] = found[n % found.length]!;
  holder[key] = change(holder[key]);
  return copy;
}

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), i: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), i: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), i: fc.nat() }),
  fc.record({ kind: fc.constant('by' as const), i: fc.nat(), who: fc.constantFrom(...people) }),
  fc.record({
    kind: fc.constant('amount' as const),
    i: fc.nat(),
    n: fc.nat(),
    delta: fc.integer({ min: -500000, max: 500000 }),
  }),
  fc.record({
    kind: fc.constant('number' as const),
    i: fc.nat(),
    n: fc.nat(),
    delta: fc.integer({ min: -50, max: 50 }),
  }),
  fc.record({
    kind: fc.constant('reference' as const),
    i: fc.nat(),
    n: fc.nat(),
    id: fc.constantFrom(...otherIds),
  }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(history: readonly ProjectEvent[], m: Mutation): ProjectEvent[] {
  const events = [...history];
  const i = m.i % events.length;
  switch (m.kind) {
    case 'drop':
      events.splice(i, 1);
      break;
    case 'duplicate':
      events.splice(i, 0, events[i]!);
      break;
    case 'swap':
      if (i + 1 < events.length) {
        const [a, b] = [events[i]!, events[i + 1]!];
        events[i] = { ...b, at: a.at } as ProjectEvent;
        events[i + 1] = { ...a, at: b.at } as ProjectEvent;
      }
      break;
    case 'by':
      events[i] = { ...events[i]!, by: m.who };
      break;
    case 'amount':
      events[i] = changeField(
        events[i]!,
        m.n,
        (key, value) => key === 'amount' && typeof value === 'number',
        (value) => Math.max(0, (value as number) + m.delta),
      );
      break;
    case 'number':
      events[i] = changeField(
        events[i]!,
        m.n,
        (key, value) => ['target', 'reached', 'tranche'].includes(key) && typeof value === 'number',
        (value) => Math.max(0, (value as number) + m.delta),
      );
      break;
    case 'reference':
      events[i] = changeField(
        events[i]!,
        m.n,
        (key, value) => referenceKeys.has(key) && typeof value === 'string',
        () => m.id,
      );
      break;
  }
  return events;
}

describe('mutations of a valid execution-phase history', () => {
  it('the example history is valid to begin with', () => {
    const result = replay(projectLifecycle, jinhualiExecutionHistory, examplesContext);
    expect(result.ok && result.state.status).toBe('closed');
    if (result.ok) expectRulesHold(jinhualiExecutionHistory, result.state, examplesContext);
  });

  it('are either refused or still valid', () => {
    const outcomes = { refused: 0, accepted: 0 };
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const mutated = mutations.reduce(mutate, jinhualiExecutionHistory);
        const result = replay(projectLifecycle, mutated, examplesContext);
        if (!result.ok) {
          outcomes.refused++;
          expect(result.violations.length).toBeGreaterThan(0);
          for (const v of result.violations) {
            expect(v.message['zh-CN'].length, v.rule).toBeGreaterThan(0);
            expect(v.message.en.length, v.rule).toBeGreaterThan(0);
          }
          return;
        }
        outcomes.accepted++;
        expectRulesHold(mutated, result.state, examplesContext);
      }),
      { numRuns: 400, seed: 11 },
    );
    // Both outcomes happen, so neither half of the property is vacuous.
    expect(outcomes.refused).toBeGreaterThan(50);
    expect(outcomes.accepted).toBeGreaterThan(10);
  });
});
