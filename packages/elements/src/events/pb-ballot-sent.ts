/**
 * Fired when the endpoint of `<qy-pb-ballot>` accepted a PB ballot (the first time or on a
 * retry, also one left waiting by an earlier page). `key` is the `Idempotency-Key` it was sent
 * with, `fingerprint` the ballot's fingerprint, `receipt` the receipt the server answered with
 * (`{ "receipt": "…" }`), when it gave one.
 *
 * @example
 * pb.addEventListener('qy-pb-ballot-sent', (event) => console.log(event.detail.fingerprint));
 */
export class QyPbBallotSentEvent extends Event {
  static readonly type = 'qy-pb-ballot-sent';
  constructor(
    readonly detail: { key: string; fingerprint: string; status: number; receipt?: string },
  ) {
    super(QyPbBallotSentEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qy-pb-ballot-sent': QyPbBallotSentEvent;
  }
}
