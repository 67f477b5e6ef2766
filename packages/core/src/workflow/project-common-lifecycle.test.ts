import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  jinhualiExecutionHistory,
  liuyinliTerminationHistory,
  pilotProjectContext,
} from '../examples/index.js';
import { applyEvent, missingForNext, replay } from './lifecycle.js';
import {
  projectCommonChecks,
  projectCommonLifecycle,
  projectExceptionalEvents,
  type ProjectCommonEvent,
} from './project-common-lifecycle.js';
import { ProjectEventSchema, type ProjectEvent } from './project-event.js';
import { projectLifecycle, projectRules } from './project-lifecycle.js';
import type { ProjectState } from './project-state.js';
import { projectStatuses } from './project-statuses.js';

const exceptional = new Set<string>(projectExceptionalEvents);
const context = pilotProjectContext;

/** The event types of a project's history, in the schema's order. */
const eventTypes = ProjectEventSchema._zod.def.options.map(
  (option) => option._zod.def.shape.type._zod.def.values[0] as ProjectEvent['type'],
);

describe('projectCommonLifecycle', () => {
  it('has every rule of projectLifecycle but those of the exceptional events, in its order', () => {
    expect(projectCommonLifecycle.rules).toEqual(
      projectRules.filter((rule) => !rule.on.every((type) => exceptional.has(type))),
    );
    expect(projectCommonLifecycle.rules.length).toBeLessThan(projectRules.length);
    // No rule guards an exceptional event and a common one: each is wholly in or wholly out.
    for (const rule of projectRules) {
      const guarded = rule.on.filter((type) => exceptional.has(type)).length;
      expect([0, rule.on.length], rule.id).toContain(guarded);
    }
  });

  it('has the statuses, transitions, actions and next steps of projectLifecycle for its events', () => {
    const common = eventTypes.filter((type) => !exceptional.has(type));
    expect(Object.keys(projectCommonLifecycle.transitions)).toEqual(common);
    expect(Object.keys(projectCommonLifecycle.events)).toEqual(common);
    expect(Object.keys(projectLifecycle.transitions)).toEqual(eventTypes);
    expect(Object.keys(projectLifecycle.events)).toEqual(eventTypes);
    for (const type of common) {
      const key = type as ProjectCommonEvent['type'];
      expect(projectCommonLifecycle.transitions[key]).toEqual(projectLifecycle.transitions[key]);
      expect(projectCommonLifecycle.events[key]).toEqual(projectLifecycle.events[key]);
    }
    const { name, statuses, initial, next, documentFor, draftNext } = projectLifecycle;
    expect(projectCommonLifecycle).toMatchObject({ name, statuses, initial, next, documentFor });
    expect(projectCommonLifecycle.draftNext).toBe(draftNext);
    for (const type of Object.values(projectLifecycle.next))
      expect(exceptional.has(type)).toBe(false);
  });

  it('replays a common history as projectLifecycle does, with the same next step at every status', () => {
    expect(jinhualiExecutionHistory.some((event) => exceptional.has(event.type))).toBe(false);
    const events = jinhualiExecutionHistory as readonly ProjectCommonEvent[];
    for (let n = 0; n <= events.length; n++) {
      const common = replay(projectCommonLifecycle, events.slice(0, n), context);
      expect(common).toEqual(replay(projectLifecycle, events.slice(0, n), context));
      if (common.ok) {
        expect(missingForNext(projectCommonLifecycle, common.state, context)).toEqual(
          missingForNext(projectLifecycle, common.state, context),
        );
      }
    }
    for (const status of projectStatuses) {
      const state: ProjectState = { ...projectLifecycle.initial, status };
      expect(missingForNext(projectCommonLifecycle, state, { bodies: [] })).toEqual(
        missingForNext(projectLifecycle, state, { bodies: [] }),
      );
    }
  });

  it('knows no exceptional event: a termination needs projectLifecycle', () => {
    const index = liuyinliTerminationHistory.findIndex((event) => exceptional.has(event.type));
    const before = replay(projectLifecycle, liuyinliTerminationHistory.slice(0, index), context);
    if (!before.ok) throw new Error('the example is valid up to its termination');
    const event = liuyinliTerminationHistory[index]!;
    const result = applyEvent(
      projectCommonLifecycle,
      before.state,
      event as unknown as ProjectCommonEvent,
      context,
    );
    expect(result).toEqual({
      ok: false,
      violations: [expect.objectContaining({ rule: 'project.event-allowed', path: ['type'] })],
    });
    expect(replay(projectLifecycle, liuyinliTerminationHistory, context).ok).toBe(true);
  });

  it('accepts, refuses and explains every changed common history exactly as projectLifecycle', () => {
    const events = jinhualiExecutionHistory as readonly ProjectCommonEvent[];
    const people = (context.participants ?? []).map((participant) => participant.id);
    const change = fc.record({
      kind: fc.constantFrom('drop', 'duplicate', 'swap', 'by'),
      i: fc.nat(),
      who: fc.constantFrom(...people),
    });
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 3 }), (changes) => {
        const changed = [...events];
        for (const { kind, i, who } of changes) {
          const at = i % changed.length;
          if (kind === 'drop') changed.splice(at, 1);
          else if (kind === 'duplicate') changed.splice(at, 0, changed[at]!);
          else if (kind === 'swap' && at + 1 < changed.length) {
            [changed[at], changed[at + 1]] = [changed[at + 1]!, changed[at]!];
          } else if (kind === 'by') changed[at] = { ...changed[at]!, by: who };
        }
        const common = replay(projectCommonLifecycle, changed, context);
        expect(common).toEqual(replay(projectLifecycle, changed, context));
        expect(missingForNext(projectCommonLifecycle, common.state, context)).toEqual(
          missingForNext(projectLifecycle, common.state, context),
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('projectCommonChecks', () => {
  it('is projectCommonLifecycle with the same checks, in its order, without their descriptions', () => {
    const { rules, ...rest } = projectCommonLifecycle;
    expect(projectCommonChecks).toEqual({ ...rest, rules: projectCommonChecks.rules });
    expect(projectCommonChecks.rules.map((rule) => [rule.id, rule.on, rule.check])).toEqual(
      rules.map((rule) => [rule.id, rule.on, rule.check]),
    );
    for (const rule of projectCommonChecks.rules)
      expect(rule, rule.id).not.toHaveProperty('description');
  });

  it('replays, refuses and lists the next step of the pilot history as projectCommonLifecycle does', () => {
    const history = jinhualiExecutionHistory as ProjectCommonEvent[];
    for (let end = 0; end <= history.length; end++) {
      const part = history.slice(0, end);
      const described = replay(projectCommonLifecycle, part, context);
      expect(replay(projectCommonChecks, part, context)).toEqual(described);
      if (described.ok) {
        expect(missingForNext(projectCommonChecks, described.state, context)).toEqual(
          missingForNext(projectCommonLifecycle, described.state, context),
        );
      }
    }
    const swapped = [history[1]!, history[0]!, ...history.slice(2)];
    const refused = replay(projectCommonChecks, swapped, context);
    expect(refused.ok).toBe(false);
    expect(refused).toEqual(replay(projectCommonLifecycle, swapped, context));
  });
});
