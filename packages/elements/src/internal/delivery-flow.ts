import type { ReactiveControllerHost } from 'lit';
import {
  BallotOutbox,
  type DeliveryOutcome,
  type OutboxEntry,
  type OutboxHeaders,
} from '../base/outbox.js';
import { OutboxController } from './outbox-controller.js';

/**
 * Where a delivered document stands, as the host shows it: being sent, accepted by the server,
 * waiting on the device (offline or busy server), refused for good, or finished without any
 * server (no endpoint, or the host cancelled the submit event).
 */
export type DeliveryStep = 'sending' | 'sent' | 'queued' | 'rejected' | 'done';

/** The server's refusal of a delivery: its HTTP status and its reason in its own words. */
export interface DeliveryRefusal {
  readonly status: number;
  /** The server's reason ('' when it gave none). */
  readonly message: string;
}

/** How a {@link DeliveryFlow} finds its endpoint and tells its host what happened. */
export interface DeliveryFlowOptions {
  /** The URL the host posts to; nothing is sent while it is empty. */
  readonly endpoint: () => string;
  /** The localStorage key of the outbox (each kind of document keeps its own). */
  readonly storageKey?: string;
  /**
   * Headers read at every attempt and never stored with the entry (e.g. `Authorization` from
   * the host's credential); `undefined` keeps the entry waiting (see {@link OutboxHeaders}).
   */
  readonly headers?: OutboxHeaders;
  /**
   * Called with every outcome after the flow has updated its own state; `mine` is true for the
   * entry this host sent with {@link DeliveryFlow.send}, false for one left by an earlier page.
   * `before` is the step shown before this outcome (a retry that is still `queued` finds
   * `queued`). The host dispatches its events here.
   */
  readonly onOutcome?: (
    outcome: DeliveryOutcome,
    mine: boolean,
    before: DeliveryStep | undefined,
  ) => void;
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The delivery flow shared by `<qy-ballot>` and `<qy-needs-survey>`: it sends a document
 * through the device's outbox ({@link OutboxController}: retries, back-off, `online`), and keeps
 * the one state both elements show with {@link renderDeliveryStatus} — the step, the server's
 * refusal and its answer — so that neither keeps its own copy of the rules.
 *
 * A waiting entry left by an earlier page load (the voter lost the network and closed the tab)
 * is this host's too when it belongs to the same endpoint: the host can ask
 * {@link DeliveryFlow.waiting} on start and show it as queued rather than as a blank form.
 *
 * @example
 * private readonly delivery = new DeliveryFlow(this, {
 *   endpoint: () => this.endpoint,
 *   onOutcome: (outcome, mine) => { if (outcome.status === 'sent') this.dispatchEvent(…); },
 * });
 * // on submit:
 * await this.delivery.send({ endpoint: this.endpoint, body, summary, lang: this.locale });
 * // in render:
 * this.delivery.step ? renderDeliveryStatus({ flow: this.delivery, t, onRetry }) : this.renderForm();
 */
export class DeliveryFlow {
  /** The current step; undefined before anything was sent (the host shows its form). */
  step: DeliveryStep | undefined;
  /** The server's refusal, in the `rejected` step. */
  refusal: DeliveryRefusal | undefined;
  /** The server's JSON answer to the accepted delivery (`sent`), if it gave one. */
  answer: unknown;
  /** The entry being delivered or waiting (its `summary` is what the host shows meanwhile). */
  entry: OutboxEntry | undefined;

  private readonly controller: OutboxController;
  private readonly outbox: BallotOutbox;

  constructor(
    private readonly host: Host,
    private readonly options: DeliveryFlowOptions,
  ) {
    this.controller = new OutboxController(host, {
      endpoint: options.endpoint,
      onOutcome: (outcome, mine) => this.handle(outcome, mine),
      ...(options.storageKey === undefined ? {} : { storageKey: options.storageKey }),
      ...(options.headers === undefined ? {} : { headers: options.headers }),
    });
    this.outbox =
      options.storageKey === undefined
        ? new BallotOutbox()
        : new BallotOutbox(localStorage, options.storageKey);
  }

  /** The entries of the host's endpoint still waiting on this device, oldest first. */
  waiting(): OutboxEntry[] {
    const endpoint = this.options.endpoint();
    return endpoint ? this.outbox.entries().filter((entry) => entry.endpoint === endpoint) : [];
  }

  /** Shows a waiting entry (left by an earlier page) as this host's own, queued. */
  adopt(entry: OutboxEntry): void {
    this.entry = entry;
    this.set('queued');
  }

  /** Stores the document, shows `sending`, tries it once and shows the outcome. */
  async send(entry: Omit<OutboxEntry, 'key'>): Promise<void> {
    this.refusal = undefined;
    this.answer = undefined;
    this.set('sending');
    await this.controller.send(entry);
  }

  /** Marks the document finished without a server (no endpoint, or the host cancelled). */
  finishLocally(): void {
    this.set('done');
  }

  /** Shows `sending` while the host prepares the document (e.g. computes its fingerprint). */
  preparing(): void {
    this.set('sending');
  }

  /** Sends every entry of the endpoint still waiting on the device, now. */
  retryNow(): Promise<void> {
    return this.controller.retryNow();
  }

  /** Back to the form: forgets the step, the refusal and the answer (not the outbox). */
  reset(): void {
    this.step = undefined;
    this.refusal = undefined;
    this.answer = undefined;
    this.entry = undefined;
    this.host.requestUpdate();
  }

  private handle(outcome: DeliveryOutcome, mine: boolean): void {
    // An entry left by an earlier page that this host adopted counts as its own.
    const own = mine || outcome.entry.key === this.entry?.key;
    const before = this.step;
    if (own) {
      this.entry = outcome.entry;
      switch (outcome.status) {
        case 'sent':
          this.answer = outcome.answer;
          this.set('sent');
          break;
        case 'queued':
          this.set('queued');
          break;
        case 'rejected':
          this.refusal = { status: outcome.httpStatus, message: outcome.message };
          this.set('rejected');
          break;
        case 'busy':
          break;
      }
    }
    this.options.onOutcome?.(outcome, own, before);
  }

  private set(step: DeliveryStep): void {
    this.step = step;
    this.host.requestUpdate();
  }
}
