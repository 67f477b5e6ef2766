import {
  applyEvent,
  parseDocument,
  ProjectHistorySchema,
  projectCommonChecks,
  projectExceptionalEvents,
  projectLifecycle,
  projectStatuses,
  type Lifecycle,
  type LifecycleCheck,
  type ProjectCommonEvent,
  type ProjectContext,
  type ProjectEvent,
  type ProjectState,
  type ProjectStatus,
  type MessageParams,
} from '@qingyuan/core';
import type { DocumentResult } from '../data/document-result.js';
import type { Locale } from '@qingyuan/core';

/** Where a project stands: its state and every status it has been in, in order. */
export interface ProjectProgress {
  readonly state: ProjectState;
  readonly visited: readonly ProjectStatus[];
  /** The history replayed, when it was one. */
  readonly events?: readonly ProjectEvent[];
  /** The document read when it was not a history: a bare status, or a public project view. */
  readonly source?: unknown;
}

/** The element's text for what reading a status or a history can find wrong. */
type ProgressMessages = (key: 'unknownStatus' | 'refusedEvent', params: MessageParams) => string;

/** The whole project lifecycle, or the common one for a history without exceptional events. */
type ProjectLifecycle<E extends ProjectEvent> = Lifecycle<
  ProjectStatus,
  ProjectState,
  E,
  ProjectContext,
  LifecycleCheck<ProjectState, E, ProjectContext>
>;

function isStatus(value: unknown): value is ProjectStatus {
  return typeof value === 'string' && (projectStatuses as readonly string[]).includes(value);
}

/** A bare status read, a malformed history refused, or the history's events to replay. */
function readInput(
  data: unknown,
  locale: Locale,
  t: ProgressMessages,
): DocumentResult<ProjectProgress> | { readonly events: readonly ProjectEvent[] } {
  if (!Array.isArray(data)) {
    const status = (data as { status?: unknown } | null)?.status;
    if (!isStatus(status)) {
      const message = t('unknownStatus', {
        status: String(status),
        statuses: projectStatuses.join(', '),
      });
      return { ok: false, issues: [{ where: 'status', message }] };
    }
    const state: ProjectState = { ...projectCommonChecks.initial, status };
    return { ok: true, value: { state, visited: [status], source: data } };
  }
  const history = parseDocument(ProjectHistorySchema, data, { locale });
  return history.ok ? { events: history.value } : history;
}

function replayEvents<E extends ProjectEvent>(
  lifecycle: ProjectLifecycle<E>,
  events: readonly E[],
  locale: Locale,
  context: ProjectContext,
  t: ProgressMessages,
): DocumentResult<ProjectProgress> {
  const visited: ProjectStatus[] = ['draft'];
  let state = lifecycle.initial;
  for (const [index, event] of events.entries()) {
    const result = applyEvent(lifecycle, state, event, context);
    if (!result.ok) {
      return {
        ok: false,
        issues: result.violations.map((violation) => ({
          where: `[${index}]`,
          message: t('refusedEvent', {
            index,
            type: event.type,
            message: violation.message[locale],
          }),
        })),
      };
    }
    state = result.state;
    if (visited.at(-1) !== state.status) visited.push(state.status);
  }
  return { ok: true, value: { state, visited, events } };
}

/**
 * Reads what `<qy-project-status>` is given: a project history (`ProjectHistory`, applied event by
 * event with core's `applyEvent` with the platform's context, so every lifecycle rule applies) or a bare
 * `{ "status": "in-execution" }`. A malformed history, an event the rules refuse, or an
 * unknown status become localized issues.
 *
 * @example
 * readProjectProgress([{ type: 'application-saved', … }, { type: 'submitted', … }], 'en', { bodies: [] }, t);
 * // { ok: true, value: { state: { status: 'submitted', … }, visited: ['draft', 'submitted'] } }
 */
export function readProjectProgress(
  data: unknown,
  locale: Locale,
  context: ProjectContext,
  t: ProgressMessages,
): DocumentResult<ProjectProgress> {
  const input = readInput(data, locale, t);
  return 'events' in input
    ? replayEvents(projectLifecycle, input.events, locale, context, t)
    : input;
}

/**
 * {@link readProjectProgress}'s answer, as `<qy-project-status>` reads it: a history without
 * exceptional events (core's `projectExceptionalEvents`: a termination, a carry-over, spending
 * approved beyond the grant) with core's `projectCommonChecks` (the common lifecycle's rules
 * without their descriptions), which gives the same answer
 * without the rules of those events; any other with core's `projectLifecycle`, which `load`
 * loads (later: a promise). A `load` that fails is an issue of the whole document.
 *
 * @example
 * readProjectProgressLoading(history, 'en', context, t, () => import('./project-lifecycle-loader.js').then((m) => m.projectLifecycle));
 */
export function readProjectProgressLoading(
  data: unknown,
  locale: Locale,
  context: ProjectContext,
  t: (key: 'unknownStatus' | 'refusedEvent' | 'rulesUnavailable', params: MessageParams) => string,
  load: () => Promise<ProjectLifecycle<ProjectEvent>>,
): DocumentResult<ProjectProgress> | Promise<DocumentResult<ProjectProgress>> {
  const input = readInput(data, locale, t);
  if (!('events' in input)) return input;
  const { events } = input;
  const exceptional: readonly string[] = projectExceptionalEvents;
  if (!events.some((event) => exceptional.includes(event.type))) {
    return replayEvents(
      projectCommonChecks,
      events as readonly ProjectCommonEvent[],
      locale,
      context,
      t,
    );
  }
  return load().then(
    (lifecycle) => replayEvents(lifecycle, events, locale, context, t),
    (error: unknown) => ({
      ok: false,
      issues: [
        {
          where: '',
          message: t('rulesUnavailable', {
            detail: error instanceof Error ? error.message : String(error),
          }),
        },
      ],
    }),
  );
}
