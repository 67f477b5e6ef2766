import { projectLifecycle, replay, type Application, type ProjectEvent } from '@qingyuan/core';
import { demoContext } from '../data/round-context.js';

/**
 * A stored application as a history: saved, then submitted unless a submission rule refuses it.
 *
 * @example
 * storedHistory(binheDongliDraft, at).map((e) => e.type); // ['application-saved'] (not ready)
 */
export function storedHistory(application: Application, at: string): ProjectEvent[] {
  const saved: ProjectEvent[] = [
    { type: 'application-saved', at, by: 'demo-user', payload: { application } },
  ];
  // What reached the box was submitted: it is "submitted" unless a submission rule refuses it,
  // in which case it stays a draft and the status lists what is missing.
  const submitted: ProjectEvent[] = [...saved, { type: 'submitted', at, by: 'demo-user' }];
  return replay(projectLifecycle, submitted, demoContext).ok ? submitted : saved;
}

/**
 * The application's part of a project's history, up to its submission: the round's events when
 * it was submitted to the round (later steps need the meeting and the decision, which the
 * execution screen shows), else the stored text as a history.
 *
 * @example
 * applicationHistory(project.history, project.application, at).at(-1)?.type; // 'submitted'
 */
export function applicationHistory(
  roundHistory: readonly ProjectEvent[] | undefined,
  application: Application,
  at: string,
): ProjectEvent[] {
  const submitted = roundHistory?.findIndex((e) => e.type === 'submitted') ?? -1;
  return roundHistory && submitted >= 0
    ? roundHistory.slice(0, submitted + 1)
    : storedHistory(application, at);
}
