import { html, LitElement, type TemplateResult } from 'lit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { until } from '../testing/fixture.js';
import { DeliveryFlow, type DeliveryStep } from './delivery-flow.js';
import { renderDeliveryStatus, type DeliveryMessageKey } from './delivery-status-view.js';
import { BallotOutbox } from '../base/outbox.js';

const endpoint = '/__stub/ballots';
const STORAGE_KEY = 'qingyuan:delivery-flow-test';
const control = (body: Record<string, unknown>) =>
  fetch('/__stub/control', { method: 'POST', body: JSON.stringify(body) });

const text: Record<DeliveryMessageKey, string> = {
  sending: 'Sending…',
  sent: 'Received.',
  queued: 'Offline: saved.',
  rejected: 'Refused: {message}',
  rejectedUnexplained: 'Refused without a reason (HTTP {status}).',
  retry: 'Try again now',
  done: 'Done.',
};

/** The smallest host: a flow and its status view, recording what it reported. */
class FlowHost extends LitElement {
  readonly seen: { status: string; mine: boolean; before: DeliveryStep | undefined }[] = [];
  readonly flow = new DeliveryFlow(this, {
    endpoint: () => endpoint,
    storageKey: STORAGE_KEY,
    onOutcome: (outcome, mine, before) => this.seen.push({ status: outcome.status, mine, before }),
  });

  protected override render(): TemplateResult {
    const step = this.flow.step;
    return step
      ? renderDeliveryStatus({
          step,
          refusal: this.flow.refusal,
          t: (key, params) =>
            text[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params?.[name] ?? '')),
          onRetry: () => void this.flow.retryNow(),
        })
      : html`<p>form</p>`;
  }
}
customElements.define('qy-delivery-flow-test-host', FlowHost);

async function host(): Promise<FlowHost> {
  const el = new FlowHost();
  document.body.append(el);
  await el.updateComplete;
  return el;
}
const shown = (el: FlowHost) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

describe('DeliveryFlow', () => {
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    document.querySelectorAll('qy-delivery-flow-test-host').forEach((el) => el.remove());
    await control({ down: false, refuse: false, reset: true });
  });

  it('goes sending → queued → sent, keeps the answer, and reports queued only once', async () => {
    await control({ down: true });
    const el = await host();
    expect(el.flow.step).toBeUndefined();
    await el.flow.send({ endpoint, body: '{"voter":"v1","marks":{}}', summary: 'r1' });
    expect(el.flow.step).toBe('queued');
    await el.updateComplete;
    expect(shown(el)).toContain('Offline: saved. Try again now');
    await el.flow.retryNow();
    expect(el.seen.map((s) => [s.status, s.before])).toEqual([
      ['queued', 'sending'],
      ['queued', 'queued'],
    ]);
    await control({ down: false });
    await el.flow.retryNow();
    expect(el.flow.step).toBe('sent');
    expect(el.flow.answer).toBeDefined();
    await el.updateComplete;
    expect(shown(el)).toBe('Received.');
  });

  it('shows a refusal with the server’s reason, never only its status', async () => {
    await control({
      refuse: true,
      refusal: {
        status: 409,
        body: { error: 'rules', violations: [{ message: 'Voting is closed' }] },
      },
    });
    const el = await host();
    await el.flow.send({ endpoint, body: '{}', summary: 'r' });
    await el.updateComplete;
    expect(el.flow.refusal).toEqual({ status: 409, message: 'Voting is closed' });
    expect(shown(el)).toBe('Refused: Voting is closed');
  });

  it('adopts an entry an earlier page left waiting: its delivery is the host’s own', async () => {
    await control({ down: true });
    const left = new BallotOutbox(localStorage, STORAGE_KEY).add({
      endpoint,
      body: '{"voter":"v1","marks":{}}',
      summary: 'old',
    });
    const el = await host();
    expect(el.flow.waiting().map((entry) => entry.key)).toEqual([left.key]);
    el.flow.adopt(left);
    expect(el.flow.step).toBe('queued');
    await control({ down: false });
    await el.flow.retryNow();
    await until(() => el.flow.step === 'sent', 'sent');
    expect(el.seen.at(-1)).toMatchObject({ status: 'sent', mine: true });
    el.flow.reset();
    await el.updateComplete;
    expect(shown(el)).toBe('form');
  });
});
