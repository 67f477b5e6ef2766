import {
  applyEvent,
  projectLifecycle,
  replay,
  type ApplyResult,
  type ProjectEvent,
  type ProjectState,
  type ReplayResult,
} from '@qingyuan/core';
import { demoBodies, projectHistories } from '../data/project-histories.js';

/** The part of `Storage` the book uses (so tests can pass a plain object). */
export type BookStorage = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * The projects' histories as the demo keeps them: the seeded events, plus the events recorded
 * in this browser (kept in its storage under `key`, so a reset — a new key — starts afresh).
 * Every new event goes through core's `applyEvent` with the demo's governance bodies; a
 * refused one is returned with every violated rule and not stored.
 *
 * @example
 * const book = new ProjectBook(localStorage, 'qy-demo-projects:qingyuan-2007-ab12cd');
 * const result = book.record('xinghuayuan-children', { type: 'execution-started', at, by });
 * if (!result.ok) show(result.violations);
 */
export class ProjectBook {
  constructor(
    private readonly storage: BookStorage,
    private readonly key: string,
  ) {}

  /** The governance bodies the rules read. */
  readonly context = { bodies: demoBodies };

  private added(): Record<string, ProjectEvent[]> {
    try {
      const parsed: unknown = JSON.parse(this.storage.getItem(this.key) ?? '{}');
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, ProjectEvent[]>) : {};
    } catch {
      return {};
    }
  }

  /** The projects the book knows, in the order of the seed. */
  get projects(): string[] {
    return Object.keys(projectHistories);
  }

  /** A project's whole history: seeded events, then those recorded here. */
  history(project: string): ProjectEvent[] {
    return [...(projectHistories[project] ?? []), ...(this.added()[project] ?? [])];
  }

  /** The project's state, derived by core from its history. */
  state(project: string): ReplayResult<ProjectState> {
    return replay(projectLifecycle, this.history(project), this.context);
  }

  /** Checks an event with core's rules and, when none is broken, records it. */
  record(project: string, event: ProjectEvent): ApplyResult<ProjectState> {
    const current = this.state(project);
    if (!current.ok) return { ok: false, violations: current.violations };
    const result = applyEvent(projectLifecycle, current.state, event, this.context);
    if (result.ok) {
      const added = this.added();
      added[project] = [...(added[project] ?? []), event];
      this.storage.setItem(this.key, JSON.stringify(added));
    }
    return result;
  }
}
