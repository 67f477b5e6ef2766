import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  BallotOutbox,
  type DeliveryOutcome,
  type OutboxEntry,
  type OutboxHeaders,
} from '../base/outbox.js';

const FIRST_RETRY_MS = 5_000;
const MAX_RETRY_MS = 300_000;
/**
 * Each wait is shortened by a random part of up to this fraction, so that the phones of a
 * meeting hall that lost the network together do not all retry at the same instant.
 */
const JITTER = 0.2;

/** How an {@link OutboxController} finds its host's endpoint and reports what happened. */
export interface OutboxControllerOptions {
  /** The URL the host posts to (`endpoint`, `action`); nothing is sent while it is empty. */
  readonly endpoint: () => string;
  /**
   * Called with every delivery outcome of this endpoint; `mine` is true for the entry this host
   * element sent itself with {@link OutboxController.send} (so it can change its step), false
   * for entries left waiting by an earlier page or element.
   */
  readonly onOutcome: (outcome: DeliveryOutcome, mine: boolean) => void;
  /** The localStorage key of the outbox (each kind of document keeps its own). */
  readonly storageKey?: string;
  /** Headers read at every attempt and never stored (see {@link OutboxHeaders}). */
  readonly headers?: OutboxHeaders;
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Delivers a host element's documents through the device's {@link BallotOutbox}: sends a new
 * entry at once, retries what waits for the host's endpoint when the element connects and when
 * the browser comes back `online`, and otherwise retries queued entries on a timer that backs
 * off from 5 s, doubling up to 5 min (reset by a delivery), each wait shortened at random by up
 * to a fifth (jitter), stopped while the element is disconnected.
 *
 * @example
 * private readonly delivery = new OutboxController(this, {
 *   endpoint: () => this.endpoint,
 *   onOutcome: (outcome, mine) => { if (mine && outcome.status === 'sent') this.step = 'sent'; },
 * });
 * // on submit:
 * await this.delivery.send({ endpoint: this.endpoint, body, summary, lang: this.locale });
 */
export class OutboxController implements ReactiveController {
  private readonly outbox: BallotOutbox;
  private pendingKey: string | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retryDelay = FIRST_RETRY_MS;
  private readonly onOnline = (): void => void this.retryNow();

  constructor(
    private readonly host: Host,
    private readonly options: OutboxControllerOptions,
  ) {
    this.outbox = new BallotOutbox(
      localStorage,
      options.storageKey,
      options.headers ? { headers: options.headers } : {},
    );
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('online', this.onOnline);
    const endpoint = this.options.endpoint();
    if (endpoint && this.outbox.entries().some((entry) => entry.endpoint === endpoint)) {
      void this.retryNow();
    }
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.onOnline);
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }

  /** Stores a new entry (it becomes the host's own), tries it once and reports the outcome. */
  async send(entry: Omit<OutboxEntry, 'key'>): Promise<void> {
    const stored = this.outbox.add(entry);
    this.pendingKey = stored.key;
    this.handle(await this.outbox.deliver(stored));
  }

  /** Sends every entry of the host's endpoint still waiting on the device, now. */
  async retryNow(): Promise<void> {
    const endpoint = this.options.endpoint();
    if (!endpoint) return;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    for (const outcome of await this.outbox.flush(endpoint)) this.handle(outcome);
  }

  private handle(outcome: DeliveryOutcome): void {
    this.options.onOutcome(outcome, outcome.entry.key === this.pendingKey);
    if (outcome.status === 'sent') this.retryDelay = FIRST_RETRY_MS;
    else if (outcome.status === 'queued') this.scheduleRetry();
  }

  private scheduleRetry(): void {
    if (this.retryTimer !== undefined || !this.host.isConnected) return;
    const wait = Math.round(this.retryDelay * (1 - JITTER * Math.random()));
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.retryNow();
    }, wait);
    this.retryDelay = Math.min(this.retryDelay * 2, MAX_RETRY_MS);
  }
}
