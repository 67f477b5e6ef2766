// Random mutations of the pilot's valid history (issue 14): each mutated history is either
// refused, or replays to a state that still keeps every rule across the round's documents.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { context, funding, history, meeting, yuan } from '../domain/pilot-2007.fixture.js';
import { localize } from '../text/localized-text.js';
import { replay } from './lifecycle.js';
import type { ProjectEvent } from './project-event.js';
import { projectLifecycle } from './project-lifecycle.js';
import type { ProjectState } from './project-state.js';

const people = ['p-li', 'p-center', 'p-random', 'p-discipline', 'p-street-leader', 'p-ngo'];

type Mutation = (events: ProjectEvent[]) => ProjectEvent[];
const at = (i: number, events: ProjectEvent[]) => Math.min(i, events.length - 1);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map(
    (i): Mutation =>
      (e) =>
        e.filter((_, k) => k !== at(i, e)),
  ),
  fc.nat().map((i): Mutation => (e) => [...e.slice(0, at(i, e) + 1), ...e.slice(at(i, e))]),
  fc.nat().map((i): Mutation => (e) => {
    const k = at(i, e);
    if (k + 1 >= e.length) return e;
    return [...e.slice(0, k), e[k + 1]!, e[k]!, ...e.slice(k + 2)];
  }),
  fc.tuple(fc.nat(), fc.constantFrom(...people)).map(
    ([i, by]): Mutation =>
      (e) =>
        e.map((event, k) => (k === at(i, e) ? { ...event, by } : event)),
  ),
  fc.tuple(fc.nat(), fc.integer({ min: -40, max: 40 })).map(
    ([i, days]): Mutation =>
      (e) =>
        e.map((event, k) =>
          k === at(i, e)
            ? { ...event, at: new Date(Date.parse(event.at) + days * 86400000).toISOString() }
            : event,
        ),
  ),
  fc.constantFrom<Mutation>(
    (e) =>
      e.map((x) =>
        x.type === 'approved' ? { ...x, payload: { ...x.payload, granted: yuan(999999.99) } } : x,
      ),
    (e) =>
      e.map((x) => (x.type === 'approved' ? { ...x, payload: { granted: x.payload.granted } } : x)),
    (e) =>
      e.map((x) =>
        x.type === 'approved' ? { ...x, payload: { ...x.payload, decision: 'fd-1999' } } : x,
      ),
    (e) =>
      e.map((x) =>
        x.type === 'review-started' ? { ...x, payload: { meeting: 'no-such-meeting' } } : x,
      ),
    (e) =>
      e.map((x) =>
        x.type === 'application-saved'
          ? { ...x, payload: { application: { ...x.payload.application, team: [], needs: [] } } }
          : x,
      ),
    (e) =>
      e.map((x): ProjectEvent =>
        x.type === 'approved'
          ? { type: 'rejected', at: x.at, by: x.by, payload: { decision: 'fd-2008' } }
          : x,
      ),
  ),
);

/** The rules across documents, checked on an accepted history and its state. */
function keepsTheRules(log: readonly ProjectEvent[], state: ProjectState): void {
  const types = log.map((e) => e.type);
  if (types.includes('submitted')) {
    const app = state.application!;
    expect(localize(app.purpose, 'en').trim()).not.toBe('');
    for (const part of [app.needs, app.plan, app.indicators, app.beneficiaries, app.budget.lines])
      expect(part.length).toBeGreaterThan(0);
    expect(app.team.filter((m) => m.role === 'overall-lead')).toHaveLength(1);
  }
  const review = log.find((e) => e.type === 'review-started');
  if (review?.type === 'review-started') {
    expect(review.payload.meeting).toBe(meeting.id);
    expect(Date.parse(review.at)).toBeGreaterThanOrEqual(Date.parse('2008-03-10T10:00:00+08:00'));
  }
  const approval = log.find((e) => e.type === 'approved');
  if (approval?.type === 'approved') {
    expect(approval.by).toBe('p-center');
    expect(approval.payload.decision).toBe(funding.id);
    expect(approval.payload.granted).toEqual(funding.grants[0]!.amount);
    expect(Date.parse(approval.at)).toBeGreaterThanOrEqual(Date.parse(funding.decidedAt));
  }
  expect(types).not.toContain('rejected'); // fd-2008 funds the pilot project
  for (let i = 1; i < log.length; i++)
    expect(Date.parse(log[i]!.at)).toBeGreaterThanOrEqual(Date.parse(log[i - 1]!.at));
  if (state.status === 'closed') expect(state.audit && state.evaluation).toBeTruthy();
}

describe('mutations of a valid history', () => {
  it('are refused, or replay to a state that keeps every rule', () => {
    let refused = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const mutated = mutations.reduce((events, mutate) => mutate(events), [...history]);
        const result = replay(projectLifecycle, mutated, context);
        if (!result.ok) {
          refused++;
          expect(result.violations.length).toBeGreaterThan(0);
          for (const v of result.violations) {
            expect(v.message['zh-CN'].length).toBeGreaterThan(0);
            expect(v.message.en.length).toBeGreaterThan(0);
          }
          // The events before the refused one are a valid history in their own right.
          keepsTheRules(mutated.slice(0, result.index), result.state);
          return;
        }
        keepsTheRules(mutated, result.state);
      }),
      { numRuns: 400, seed: 14 },
    );
    expect(refused).toBeGreaterThan(100); // most mutations break something: not vacuous
  });
});
