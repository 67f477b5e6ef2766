import type { Violation } from '../validation/violation.js';
import { applyEvent, type Lifecycle, type LifecycleEvent, type TimedState } from './lifecycle.js';

/** One refused event of a history: where it is and every violation. */
export interface RefusedEvent<E extends LifecycleEvent = LifecycleEvent> {
  /** The index of the event in the history. */
  readonly index: number;
  readonly event: E;
  readonly violations: readonly Violation[];
}

/** The outcome of {@link replayAll}. */
export interface ReplayAllResult<S> {
  /** No event was refused. */
  readonly ok: boolean;
  /** The state after the whole history (refused events applied as far as they could be). */
  readonly state: S;
  /** Every refused event, in history order. */
  readonly refused: readonly RefusedEvent[];
}

/**
 * Replays a whole history and reports every refused event, not just the first (`replay` stops
 * there): what a checker shows to fix a history in one go. A refused event still moves the
 * state on when the event is allowed where it stands (only its other rules failed), as if it
 * had been accepted, so later events are judged against what the history claims; an event not
 * allowed in the current status (or whose documents do not fit the state) is skipped. Later
 * violations may therefore follow from earlier ones.
 *
 * @example
 * const result = replayAll(projectLifecycle, history, context);
 * for (const { index, violations } of result.refused) show(index, violations);
 */
export function replayAll<
  Status extends string,
  S extends { status: Status } & TimedState,
  E extends LifecycleEvent,
  C,
>(lifecycle: Lifecycle<Status, S, E, C>, events: readonly E[], context: C): ReplayAllResult<S> {
  let state = lifecycle.initial;
  const refused: RefusedEvent<E>[] = [];
  for (const [index, event] of events.entries()) {
    const result = applyEvent(lifecycle, state, event, context);
    if (result.ok) {
      state = result.state;
      continue;
    }
    refused.push({ index, event, violations: result.violations });
    if (result.violations.some((v) => v.rule === `${lifecycle.name}.event-allowed`)) continue;
    try {
      state = lifecycle.reduce(state, event);
    } catch {
      // The event's documents do not fit the state: skip it, as if it had not happened.
    }
  }
  return { ok: refused.length === 0, state, refused };
}
