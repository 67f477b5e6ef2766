import { ReactiveElement } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { until } from '../testing/fixture.js';
import type { DeliveryOutcome } from './outbox.js';
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
    vi.restoreAllMocks();
    document.querySelectorAll('qy-outbox-controller-test-host').forEach((el) => el.remove());
    await control({ down: false, refuse: false, reset: true });
  });

  it('ignores `online` while its host is disconnected, and sends the waiting entry on reconnect', async () => {
    await control({ down: true });
    const host = new OutboxHost();
    document.body.append(host);
    await host.delivery.send({ endpoint, body: '{"voter":"v1","marks":{}}', receipt: 'r' });
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
});
