/**
 * Fired when the endpoint accepted a ballot (the first time or on a retry). `key` is the
 * `Idempotency-Key` it was sent with, `fingerprint` the ballot's fingerprint, `receipt` the
 * receipt the Qingyuan ballot box answered with (when the endpoint is one).
 *
 * @example
 * ballot.addEventListener('qy-ballot-sent', (event) => console.log(event.detail.fingerprint));
 */
export class QyBallotSentEvent extends Event {
  static readonly type = 'qy-ballot-sent';
  constructor(
    readonly detail: { key: string; fingerprint: string; status: number; receipt?: string },
  ) {
    super(QyBallotSentEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qy-ballot-sent': QyBallotSentEvent;
  }
}
