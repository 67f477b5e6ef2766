import {
  applyEvent,
  parseDocument,
  ProjectHistorySchema,
  projectLifecycle,
  projectStatuses,
  type ProjectContext,
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
}

function isStatus(value: unknown): value is ProjectStatus {
  return typeof value === 'string' && (projectStatuses as readonly string[]).includes(value);
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
  t: (key: 'unknownStatus' | 'refusedEvent', params: MessageParams) => string,
): DocumentResult<ProjectProgress> {
  if (!Array.isArray(data)) {
    const status = (data as { status?: unknown } | null)?.status;
    if (!isStatus(status)) {
      const message = t('unknownStatus', {
        status: String(status),
        statuses: projectStatuses.join(', '),
      });
      return { ok: false, issues: [{ where: 'status', message }] };
    }
    const state: ProjectState = { ...projectLifecycle.initial, status };
    return { ok: true, value: { state, visited: [status] } };
  }
  const history = parseDocument(ProjectHistorySchema, data, { locale });
  if (!history.ok) return history;
  const visited: ProjectStatus[] = ['draft'];
  let state = projectLifecycle.initial;
  for (const [index, event] of history.value.entries()) {
    const result = applyEvent(projectLifecycle, state, event, context);
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
  return { ok: true, value: { state, visited } };
}
