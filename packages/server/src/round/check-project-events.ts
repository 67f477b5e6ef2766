import {
  applyEvent,
  projectLifecycle,
  type ProjectContext,
  type ProjectEvent,
  type ProjectState,
  type Violation,
} from '@qingyuan/core';

/**
 * Applies `events` one after the other to a project's state with core's project lifecycle and
 * `context`: the state after them, or every violation of the first event refused (its paths
 * under `prefix`, e.g. `['projects', 'jinhuali-home']`). The ballot box records an event only
 * when this passes.
 *
 * @example
 * const checked = checkProjectEvents(project.state, [event], context, ['event']);
 * if (!checked.ok) return roundConflict(c, checked.violations);
 */
export function checkProjectEvents(
  state: ProjectState | undefined,
  events: readonly ProjectEvent[],
  context: ProjectContext,
  prefix: readonly (string | number)[] = [],
): { ok: true; state: ProjectState } | { ok: false; violations: Violation[] } {
  let current = state ?? projectLifecycle.initial;
  for (const event of events) {
    const applied = applyEvent(projectLifecycle, current, event, context);
    if (!applied.ok) {
      return {
        ok: false,
        violations: applied.violations.map((v) => ({ ...v, path: [...prefix, ...v.path] })),
      };
    }
    current = applied.state;
  }
  return { ok: true, state: current };
}
