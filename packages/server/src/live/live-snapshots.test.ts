import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LocalChangeFeed } from './change-feed.js';
import { LiveSnapshots } from './live-snapshots.js';

describe('LiveSnapshots', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('loads once for every watcher and coalesces a burst of changes into one refresh', async () => {
    const feed = new LocalChangeFeed();
    let version = 0;
    const load = vi.fn((id: string) => Promise.resolve(`${id}@${version}`));
    const live = new LiveSnapshots(feed, load, 1000);
    const seenA: string[] = [];
    const seenB: string[] = [];
    const stopA = live.watch('m1', (s) => seenA.push(s));
    const stopB = live.watch('m1', (s) => seenB.push(s));
    await vi.advanceTimersByTimeAsync(0);
    expect(load).toHaveBeenCalledTimes(1);
    expect(seenA).toEqual(['m1@0']);
    expect(seenB).toEqual(['m1@0']);

    for (let i = 1; i <= 50; i++) {
      version = i;
      await feed.publish('m1');
    }
    await vi.advanceTimersByTimeAsync(999);
    expect(load).toHaveBeenCalledTimes(1); // still inside the interval
    await vi.advanceTimersByTimeAsync(1);
    expect(load).toHaveBeenCalledTimes(2);
    expect(seenA).toEqual(['m1@0', 'm1@50']);
    expect(seenB).toEqual(['m1@0', 'm1@50']);

    // A late watcher gets the latest snapshot at once, without a load.
    const late: string[] = [];
    const stopLate = live.watch('m1', (s) => late.push(s));
    expect(late).toEqual(['m1@50']);
    expect(load).toHaveBeenCalledTimes(2);

    stopA();
    stopB();
    stopLate();
    await feed.publish('m1');
    await vi.advanceTimersByTimeAsync(5000);
    expect(load).toHaveBeenCalledTimes(2); // nobody watches: nothing loads
  });

  it('loads again when a change arrives while a load runs', async () => {
    const feed = new LocalChangeFeed();
    let release: (() => void) | undefined;
    let calls = 0;
    const load = () => {
      calls += 1;
      const n = calls;
      return new Promise<number>((resolve) => (release = () => resolve(n)));
    };
    const live = new LiveSnapshots(feed, load, 0);
    const seen: number[] = [];
    live.watch('m1', (s) => seen.push(s));
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toBe(1);
    await feed.publish('m1'); // during the first load
    release!();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toBe(2);
    release!();
    await vi.advanceTimersByTimeAsync(0);
    expect(seen).toEqual([1, 2]);
  });
});
