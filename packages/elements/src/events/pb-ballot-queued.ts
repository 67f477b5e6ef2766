/**
 * Fired when `<qy-pb-ballot>` could not deliver a PB ballot now (offline, server unreachable or
 * busy): it waits on the device and is retried with the same `Idempotency-Key`.
 *
 * @example
 * pb.addEventListener('qy-pb-ballot-queued', (event) => console.log('waiting', event.detail.key));
 */
export class QyPbBallotQueuedEvent extends Event {
  static readonly type = 'qy-pb-ballot-queued';
  constructor(readonly detail: { key: string; fingerprint: string }) {
    super(QyPbBallotQueuedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qy-pb-ballot-queued': QyPbBallotQueuedEvent;
  }
}
