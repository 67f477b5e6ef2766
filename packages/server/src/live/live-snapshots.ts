import type { ChangeFeed } from './change-feed.js';

/** Someone watching a meeting's snapshots; called with each fresh one. */
export type SnapshotListener<T> = (snapshot: T) => void;

interface Watched<T> {
  listeners: Set<SnapshotListener<T>>;
  latest: T | undefined;
  /** When the last load started (ms since epoch). */
  loadedAt: number;
  /** A load is running or scheduled. */
  pending: boolean;
  /** A change arrived after the running load started: load again when it ends. */
  stale: boolean;
  unsubscribe: () => void;
}

/**
 * What live event streams of a meeting show (turnout, ranking), computed once for all of the
 * meeting's streams and at most once per `intervalMs` however fast ballots arrive: changes
 * announced on the feed during the interval are coalesced into the next load. A new watcher
 * gets the latest snapshot at once (loading one when there is none yet).
 *
 * @example
 * const live = new LiveSnapshots(feed, (id) => loadTurnout(id), 250);
 * const stop = live.watch('m1', (snapshot) => stream.writeSSE({ data: JSON.stringify(snapshot) }));
 */
export class LiveSnapshots<T> {
  private readonly watched = new Map<string, Watched<T>>();

  constructor(
    private readonly feed: ChangeFeed,
    private readonly load: (meetingId: string) => Promise<T>,
    private readonly intervalMs: number,
  ) {}

  /** Calls `listener` with the meeting's snapshot now and after each change; returns the stop function. */
  watch(meetingId: string, listener: SnapshotListener<T>): () => void {
    let entry = this.watched.get(meetingId);
    if (entry === undefined) {
      const created: Watched<T> = {
        listeners: new Set(),
        latest: undefined,
        loadedAt: 0,
        pending: false,
        stale: false,
        unsubscribe: () => undefined,
      };
      created.unsubscribe = this.feed.subscribe(meetingId, () => this.changed(meetingId));
      this.watched.set(meetingId, created);
      entry = created;
      this.changed(meetingId);
    } else if (entry.latest !== undefined) {
      listener(entry.latest);
    }
    entry.listeners.add(listener);
    return () => {
      const current = this.watched.get(meetingId);
      if (current === undefined) return;
      current.listeners.delete(listener);
      if (current.listeners.size === 0) {
        current.unsubscribe();
        this.watched.delete(meetingId);
      }
    };
  }

  private changed(meetingId: string): void {
    const entry = this.watched.get(meetingId);
    if (entry === undefined) return;
    if (entry.pending) {
      entry.stale = true;
      return;
    }
    entry.pending = true;
    const wait = Math.max(0, entry.loadedAt + this.intervalMs - Date.now());
    setTimeout(() => void this.refresh(meetingId, entry), wait);
  }

  private async refresh(meetingId: string, entry: Watched<T>): Promise<void> {
    entry.loadedAt = Date.now();
    entry.stale = false;
    try {
      const snapshot = await this.load(meetingId);
      if (this.watched.get(meetingId) === entry) {
        entry.latest = snapshot;
        for (const listener of [...entry.listeners]) listener(snapshot);
      }
    } catch {
      // A failed load leaves the last snapshot; the next change tries again.
    } finally {
      entry.pending = false;
      if (entry.stale) this.changed(meetingId);
    }
  }
}
