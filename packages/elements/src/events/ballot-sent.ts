/**
 * Fired when the endpoint accepted a ballot (the first time or on a retry). `key` is the
 * `Idempotency-Key` it was sent with, `receipt` the local receipt code, `boxReceipt` the
 * receipt the Qingyuan ballot box answered with (when the endpoint is one).
 *
 * @example
 * ballot.addEventListener('qy-ballot-sent', (event) => console.log(event.detail.receipt));
 */
export class QyBallotSentEvent extends Event {
  static readonly type = 'qy-ballot-sent';
  constructor(
    readonly detail: { key: string; receipt: string; status: number; boxReceipt?: string },
  ) {
    super(QyBallotSentEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qy-ballot-sent': QyBallotSentEvent;
  }
}
