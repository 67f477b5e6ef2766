import {
  applyEvent,
  parseDocument,
  projectLifecycle,
  replay,
  WorkRecordSchema,
  type ApplyResult,
  type ParseDocumentResult,
  type ProjectEvent,
  type ProjectState,
  type ReplayResult,
  type WorkRecord,
  type Locale,
} from '@qingyuan/core';
import { projectHistories, workRecords } from '../data/project-histories.js';
import { demoContext } from '../data/round-context.js';

/** The part of `Storage` the book uses (so tests can pass a plain object). */
export type BookStorage = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * The projects' histories and work record cards as the demo keeps them: the seeded ones, plus
 * those recorded in this browser (kept in its storage under `key`, so a reset — a new key —
 * starts afresh). Every new event goes through core's `applyEvent` with the demo's governance
 * bodies, every new card through core's `WorkRecordSchema`; a refused one is returned with every
 * violated rule or issue and not stored.
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

  /** The governance bodies and round documents the rules read. */
  readonly context = demoContext;

  private read<T>(key: string): Record<string, T[]> {
    try {
      const parsed: unknown = JSON.parse(this.storage.getItem(key) ?? '{}');
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, T[]>) : {};
    } catch {
      return {};
    }
  }

  private added(): Record<string, ProjectEvent[]> {
    return this.read<ProjectEvent>(this.key);
  }

  private get recordsKey(): string {
    return `${this.key}:records`;
  }

  /** A project's work record cards: the seeded ones, then those written here, by date. */
  records(project: string): WorkRecord[] {
    return [
      ...workRecords.filter((record) => record.project === project),
      ...(this.read<WorkRecord>(this.recordsKey)[project] ?? []),
    ].sort((a, b) => a.date.localeCompare(b.date));
  }

  /**
   * Checks a work record card with core's `WorkRecordSchema` (issues in `locale`) and, when it
   * is valid, keeps it with its project.
   */
  addRecord(raw: unknown, locale: Locale): ParseDocumentResult<WorkRecord> {
    const result = parseDocument(WorkRecordSchema, raw, { locale });
    if (result.ok && result.value.project) {
      const all = this.read<WorkRecord>(this.recordsKey);
      const project = result.value.project;
      all[project] = [...(all[project] ?? []), result.value];
      this.storage.setItem(this.recordsKey, JSON.stringify(all));
    }
    return result;
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
