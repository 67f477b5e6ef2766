import { writeFileSync } from 'node:fs';
import { PerformanceObserver, performance } from 'node:perf_hooks';

/**
 * A timeline of what the ballot box's process did, for finding what a slow ballot waited
 * for: each group commit of ballots in its stages, garbage-collection pauses, event-loop
 * stalls and the WAL checkpoints of the background thread. Off unless the environment
 * variable `QINGYUAN_STAGE_TIMINGS` names a file (the server bench sets it); then the
 * timeline is written there as JSON when the process exits. Times are milliseconds since the
 * Unix epoch with sub-millisecond precision (`performance.timeOrigin + performance.now()`),
 * so another process (the bench's load generator) can line its own times up with them.
 */
export interface StageTimeline {
  /** One group commit: when its oldest ballot was queued, when the commit began, when the
   * checks and statements were done (before COMMIT), when COMMIT returned, and its size. */
  commits: {
    queued: number;
    start: number;
    written: number;
    committed: number;
    n: number;
    /** During COMMIT: the process's CPU time (ms) and its voluntary (waiting, as for an
     * `fsync`) and involuntary (preempted) context switches. */
    commitCpu: number;
    waits: number;
    preempted: number;
    /** The database file's modification time after COMMIT (0 without a file): only a
     * checkpoint writes that file, so without the background thread a change marks a commit
     * that checkpointed by itself. */
    dbChanged: number;
  }[];
  /** The SQLite file, when the database is one (set by `openDatabase`). */
  file?: string;
  /** Garbage-collection pauses (start, duration, V8's kind). */
  gc: { start: number; duration: number; kind: number }[];
  /** Event-loop stalls longer than 20 ms seen by a 10 ms probe (start, duration). */
  stalls: { start: number; duration: number }[];
  /** Background WAL checkpoints (start, duration, and SQLite's answer: frames in the WAL, and
   * frames copied into the database). */
  checkpoints: { start: number; duration: number; log: number; done: number }[];
}

/** Now, in milliseconds since the Unix epoch (sub-millisecond precision). */
export function epochNow(): number {
  return performance.timeOrigin + performance.now();
}

function startTimeline(file: string): StageTimeline {
  const timeline: StageTimeline = { commits: [], gc: [], stalls: [], checkpoints: [] };
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const detail = (entry as { detail?: { kind?: number } }).detail;
      timeline.gc.push({
        start: performance.timeOrigin + entry.startTime,
        duration: entry.duration,
        kind: detail?.kind ?? 0,
      });
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  let last = epochNow();
  const probe = setInterval(() => {
    const now = epochNow();
    if (now - last > 30) timeline.stalls.push({ start: last + 10, duration: now - last - 10 });
    last = now;
  }, 10);
  probe.unref();
  process.once('exit', () => {
    observer.disconnect();
    writeFileSync(file, JSON.stringify(timeline));
  });
  return timeline;
}

const file = process.env.QINGYUAN_STAGE_TIMINGS;

/** The timeline being recorded, or null (the default: nothing is recorded). */
export const stageTimeline: StageTimeline | null = file ? startTimeline(file) : null;
