import type { Ballot, MessageParams } from '@qingyuan/core';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { DeliveryOutcome } from '../base/outbox.js';
import { QyBallotQueuedEvent } from '../events/ballot-queued.js';
import { QyBallotRejectedEvent } from '../events/ballot-rejected.js';
import { QyBallotSentEvent } from '../events/ballot-sent.js';
import { QyBallotSubmitEvent } from '../events/ballot-submit.js';
import { DeliveryFlow, type DeliveryStep } from '../internal/delivery-flow.js';
import { renderDeliveryStatus } from '../internal/delivery-status-view.js';
import { ballotFingerprint } from './ballot-fingerprint.js';
import { copyText, renderReceipt, type CopyState } from './ballot-receipt-view.js';
import type { BallotMessageKey } from './ballot.messages.js';
import { boxReceipt } from './box-receipt.js';
import { castBy, DeliveredBallots, type DeliveredBallot } from './delivered-ballots.js';

/** How a {@link BallotOutcome} reads its ballot and tells it what happened. */
export interface BallotOutcomeOptions {
  /** Where the ballot is posted; nothing is sent while it is empty. */
  readonly endpoint: () => string;
  readonly t: (key: BallotMessageKey, params?: MessageParams) => string;
  /** Moves the focus to what `selector` matches after the next update. */
  readonly focus: (selector: string) => void;
  /**
   * The endpoint accepted a ballot: this page's (`mine`), or one an earlier page left waiting;
   * `remembered` settles once its receipt is kept for a voter who comes back.
   */
  readonly onSent: (mine: boolean, remembered: Promise<void>) => void;
  /** The ballot box refused this page's ballot's voting code (401), with its reason. */
  readonly onCodeRefused: (code: string, reason: string) => void;
}

/** What the ballot's outcome shows besides the delivery's own state. */
export interface BallotOutcomeView {
  /** A ballot this device delivered earlier for this voter, shown instead of a fresh one. */
  readonly earlier: DeliveredBallot | undefined;
  /** The voting code in use ('' without one). */
  readonly votingCode: string;
  /** Whether the ballot goes to a box that knows voters by their codes (vote again, change code). */
  readonly wantsCode: boolean;
  /** Leaves the outcome for a fresh ballot: with the same code (`vote`) or another (`code`). */
  readonly onStartAgain: (step: 'code' | 'vote') => void;
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * What `<qy-ballot>` does once a ballot is cast, loaded on demand with its delivery module: it
 * takes the ballot's fingerprint, asks the page (`qy-ballot-submit`), delivers the ballot
 * through the device's outbox ({@link DeliveryFlow}), announces each outcome
 * with the ballot's events, remembers the receipt of a delivered ballot for a voter who comes
 * back ({@link DeliveredBallots}), and shows the outcome with the one code to keep.
 *
 * @example
 * const outcome = new BallotOutcome(this, { endpoint, t, focus, onSent, onCodeRefused });
 * await outcome.cast(ballot, votingCode, this.locale);
 * render() { return outcome.render({ earlier, votingCode, wantsCode, onStartAgain }); }
 */
export class BallotOutcome {
  readonly delivery: DeliveryFlow;
  readonly delivered = new DeliveredBallots();
  /** The fingerprint of the ballot cast last ('' before). */
  fingerprint = '';
  private copy: CopyState = 'idle';

  constructor(
    private readonly host: Host,
    private readonly options: BallotOutcomeOptions,
  ) {
    this.delivery = new DeliveryFlow(host, {
      endpoint: options.endpoint,
      onOutcome: (outcome, mine, before) => this.handle(outcome, mine, before),
    });
  }

  /** Back to a fresh ballot: forgets the delivery's step, the fingerprint and the copy. */
  reset(): void {
    this.fingerprint = '';
    this.copy = 'idle';
    this.delivery.reset();
  }

  /**
   * Casts a ballot: shows `sending` while it takes the fingerprint, dispatches the cancelable
   * `qy-ballot-submit`, then (not cancelled, with an endpoint) delivers it — as the ballot box's
   * `{ code, marks }` when a voting code is in use (the box knows the voter from the code),
   * else as the interchange ballot.
   */
  async cast(ballot: Ballot, code: string, lang: string): Promise<void> {
    this.delivery.preparing();
    const fingerprint = (this.fingerprint = await ballotFingerprint(ballot));
    const event = new QyBallotSubmitEvent({ ballot, fingerprint });
    this.host.dispatchEvent(event);
    const endpoint = this.options.endpoint();
    if (event.defaultPrevented || !endpoint) {
      this.delivery.finishLocally();
      return;
    }
    await this.delivery.send({
      endpoint,
      body: JSON.stringify(code ? { code, marks: ballot.marks } : ballot),
      summary: fingerprint,
      lang,
    });
  }

  /** Remembers, shows and announces one delivery outcome (retries are the outbox's). */
  private handle(outcome: DeliveryOutcome, mine: boolean, before: DeliveryStep | undefined): void {
    const { key, summary: fingerprint } = outcome.entry;
    switch (outcome.status) {
      case 'sent': {
        const box = boxReceipt(outcome.answer);
        this.options.onSent(mine, this.remember(outcome, box));
        this.host.dispatchEvent(
          new QyBallotSentEvent({
            key,
            fingerprint,
            status: outcome.httpStatus,
            ...(box ? { receipt: box.receipt } : {}),
          }),
        );
        break;
      }
      case 'queued':
        if (mine && before !== 'queued') {
          this.options.focus('#step-title');
          this.host.dispatchEvent(new QyBallotQueuedEvent({ key, fingerprint }));
        }
        break;
      case 'rejected': {
        // A voting code the box does not accept goes back to the code step, to be corrected
        // and sent again; any other refusal is shown with the box's reason.
        const code = fieldOfBody(outcome.entry.body, 'code');
        if (mine && outcome.httpStatus === 401 && code) {
          this.delivery.reset();
          this.options.onCodeRefused(code, outcome.message);
        } else if (mine) {
          this.options.focus('#step-title');
        }
        this.host.dispatchEvent(
          new QyBallotRejectedEvent({ key, status: outcome.httpStatus, message: outcome.message }),
        );
        break;
      }
      case 'busy':
        break;
    }
  }

  /** Keeps the delivered ballot's receipt for a voter who comes back to this page. */
  private async remember(
    outcome: DeliveryOutcome & { status: 'sent' },
    box: { receipt: string; replaced: boolean } | undefined,
  ): Promise<void> {
    const code = fieldOfBody(outcome.entry.body, 'code');
    const voter = fieldOfBody(outcome.entry.body, 'voter');
    if (!code && !voter) return;
    this.delivered.remember({
      endpoint: outcome.entry.endpoint,
      who: await castBy(code ? { code } : { voter }),
      ...(box ? { receipt: box.receipt } : { fingerprint: outcome.entry.summary }),
      replaced: box?.replaced ?? false,
      at: new Date().toISOString(),
    });
  }

  /**
   * The outcome: the delivery's step (sending, sent, queued, refused, done) with the code to
   * keep, or a ballot delivered earlier with its receipt; and, with a box that knows codes,
   * "Change my vote" and "Use another voting code".
   */
  render(view: BallotOutcomeView): TemplateResult {
    const { t } = this.options;
    const step: DeliveryStep = this.delivery.step ?? 'sent';
    const again =
      step === 'sent' && view.wantsCode
        ? html`${
              view.votingCode
                ? html`<button type="button" @click=${() => view.onStartAgain('vote')}>
                    ${t('voteAgain')}
                  </button>`
                : nothing
            }
            <button type="button" @click=${() => view.onStartAgain('code')}>
              ${t('changeCode')}
            </button>`
        : nothing;
    return view.earlier && !this.delivery.step
      ? html`<section aria-labelledby="step-title">
          <h2 id="step-title" tabindex="-1">${t('sentBefore')}</h2>
          ${this.receiptView(view)}
          <div class="actions" part="actions">${again}</div>
        </section>`
      : renderDeliveryStatus({
          step,
          refusal: this.delivery.refusal,
          t,
          onRetry: () => void this.delivery.retryNow(),
          body: step === 'rejected' ? nothing : this.receiptView(view),
          actions: again,
        });
  }

  /**
   * The one code to keep: the ballot box's receipt once it answered, else (with no box) the
   * fingerprint of the interchange ballot — never the fingerprint of a ballot cast with a voting
   * code, which proves nothing to the box.
   */
  private receiptView(view: BallotOutcomeView): TemplateResult | typeof nothing {
    const { earlier } = view;
    const box = earlier ? undefined : boxReceipt(this.delivery.answer);
    const receipt = earlier ? earlier.receipt : box?.receipt;
    const value =
      receipt ?? (earlier ? earlier.fingerprint : view.votingCode ? '' : this.fingerprint) ?? '';
    if (!value) return nothing;
    return renderReceipt({
      t: this.options.t,
      value,
      fromBox: receipt !== undefined,
      replaced: earlier?.replaced ?? box?.replaced ?? false,
      copy: this.copy,
      copyable:
        earlier !== undefined || this.delivery.step === 'sent' || this.delivery.step === 'done',
      onCopy: () => void this.copyReceipt(value),
    });
  }

  private async copyReceipt(receipt: string): Promise<void> {
    const copied = await copyText(
      receipt,
      this.host.shadowRoot?.querySelector('.receipt-value') ?? null,
    );
    this.copy = copied ? 'copied' : 'failed';
    this.host.requestUpdate();
  }
}

/** A string field (`code`, `voter`) of a posted body, '' when it has none or is not JSON. */
function fieldOfBody(body: string, name: 'code' | 'voter'): string {
  try {
    const parsed: unknown = JSON.parse(body);
    if (parsed !== null && typeof parsed === 'object' && name in parsed) {
      const value = (parsed as Record<string, unknown>)[name];
      return typeof value === 'string' ? value : '';
    }
  } catch {
    // not JSON: no code or voter in it
  }
  return '';
}
