import { ReactiveElement } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { until } from '../testing/fixture.js';
import type { DeliveryOutcome } from '../base/outbox.js';
import { OutboxController } from './outbox-controller.js';

const endpoint = '/__stub/ballots';
const control = (body: Record<string, boolean>) =>
  fetch('/__stub/control', { method: 'POST', body: JSON.stringify(body) });
const state = async (): Promise<{ stored: { key: string }[] }> =>
  (await fetch('/__stub/state')).json();

/** The smallest host: records every outcome the controller reports. */
class OutboxHost extends ReactiveElement {
  readonly outcomes: { status: DeliveryOutcome['status']; mine: boolean }[] = [];
  readonly delivery = new OutboxController(this, {
    endpoint: () => endpoint,
    onOutcome: (outcome, mine) => this.outcomes.push({ status: outcome.status, mine }),
    storageKey: 'qingyuan:outbox-controller-test',
  });
}
customElements.define('qy-outbox-controller-test-host', OutboxHost);

describe('OutboxController', () => {
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    document.querySelectorAll('qy-outbox-controller-test-host').forEach((el) => el.remove());
    await control({ down: false, refuse: false, reset: true });
  });

  it('ignores `online` while its host is disconnected, and sends the waiting entry on reconnect', async () => {
    await control({ down: true });
    const host = new OutboxHost();
    document.body.append(host);
    await host.delivery.send({ endpoint, body: '{"voter":"v1","marks":{}}', summary: 'r' });
    expect(host.outcomes).toEqual([{ status: 'queued', mine: true }]);

    host.remove();
    await control({ down: false });
    // A retry would call fetch synchronously from the event: none may happen while detached.
    const fetchSpy = vi.spyOn(window, 'fetch');
    window.dispatchEvent(new Event('online'));
    expect(fetchSpy).not.toHaveBeenCalled();
    vi.restoreAllMocks();

    document.body.append(host);
    await until(() => host.outcomes.length === 2, 'sent on reconnect');
    expect(host.outcomes[1]).toEqual({ status: 'sent', mine: true });
    expect((await state()).stored).toHaveLength(1);
  });

  /**
   * Fake `setTimeout` only (animation frames, which `until` polls with, stay real): the test moves
   * the clock itself, so no test waits for a retry. The network is the real stub endpoint.
   */
  function fakeClock(): { posts: () => number } {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const fetchSpy = vi.spyOn(window, 'fetch');
    return { posts: () => fetchSpy.mock.calls.filter(([url]) => url === endpoint).length };
  }

  /** Moves the fake clock to 1 ms before `delay` (no post), then to `delay` (one more post). */
  async function expectRetryAfter(
    host: OutboxHost,
    posts: () => number,
    delay: number,
  ): Promise<void> {
    const before = posts();
    const outcomes = host.outcomes.length;
    vi.advanceTimersByTime(delay - 1);
    expect(posts(), `no retry before ${delay} ms`).toBe(before);
    vi.advanceTimersByTime(1);
    expect(posts(), `a retry at ${delay} ms`).toBe(before + 1);
    await until(
      () => host.outcomes.length === outcomes + 1,
      `the outcome of the ${delay} ms retry`,
    );
  }

  it('retries on a timer from 5 s, doubling to a 5 min cap, and starts again at 5 s after a delivery', async () => {
    const { posts } = fakeClock();
    vi.spyOn(Math, 'random').mockReturnValue(0); // no jitter: the plain schedule
    await control({ down: true });
    const host = new OutboxHost();
    document.body.append(host);
    await host.delivery.send({ endpoint, body: '{"voter":"v1","marks":{}}', summary: 'r' });
    expect(host.outcomes).toEqual([{ status: 'queued', mine: true }]);
    expect(posts()).toBe(1);

    for (const delay of [5_000, 10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000]) {
      await expectRetryAfter(host, posts, delay);
      expect(host.outcomes.at(-1)).toEqual({ status: 'queued', mine: true });
    }
    await control({ down: false });
    await expectRetryAfter(host, posts, 300_000);
    expect(host.outcomes.at(-1)).toEqual({ status: 'sent', mine: true });
    expect((await state()).stored).toHaveLength(1);
    // Nothing waits any more: no timer is left.
    vi.advanceTimersByTime(600_000);
    expect(posts()).toBe(10);

    // The next document that cannot go starts the schedule again from 5 s.
    await control({ down: true });
    await host.delivery.send({ endpoint, body: '{"voter":"v2","marks":{}}', summary: 'r2' });
    expect(host.outcomes.at(-1)).toEqual({ status: 'queued', mine: true });
    await expectRetryAfter(host, posts, 5_000);
    await expectRetryAfter(host, posts, 10_000);
  });

  it('shortens each wait at random by at most a fifth (jitter), so devices do not retry together', async () => {
    const { posts } = fakeClock();
    const random = vi.spyOn(Math, 'random');
    await control({ down: true });
    const host = new OutboxHost();
    document.body.append(host);
    // Each wait draws once: the largest draw gives the shortest wait (four fifths of the
    // step), a draw of 0 the full step, others fall in between.
    const draws = [0.999_999, 0.5, 0.25, 0, 0.999_999];
    for (const draw of draws) random.mockReturnValueOnce(draw);
    await host.delivery.send({ endpoint, body: '{"voter":"v1","marks":{}}', summary: 'r' });
    for (const wait of [4_000, 9_000, 19_000, 40_000, 64_000]) {
      await expectRetryAfter(host, posts, wait);
    }
    expect(random).toHaveBeenCalledTimes(draws.length + 1);
  });

  it('retries on the timer while mounted, and not after its host is removed', async () => {
    const { posts } = fakeClock();
    vi.spyOn(Math, 'random').mockReturnValue(0);
    await control({ down: true });
    const host = new OutboxHost();
    document.body.append(host);
    await host.delivery.send({ endpoint, body: '{"voter":"v1","marks":{}}', summary: 'r' });
    await expectRetryAfter(host, posts, 5_000);
    host.remove();
    vi.advanceTimersByTime(600_000);
    expect(posts()).toBe(2);
  });
});
