/**
 * Fired when a ballot could not be delivered (offline, server unreachable or busy) and was
 * kept in the device's outbox; it is retried when the connection returns.
 *
 * @example
 * ballot.addEventListener('qy-ballot-queued', (event) => console.log(event.detail.key));
 */
export class QyBallotQueuedEvent extends Event {
  static readonly type = 'qy-ballot-queued';
  constructor(readonly detail: { key: string; fingerprint: string }) {
    super(QyBallotQueuedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qy-ballot-queued': QyBallotQueuedEvent;
  }
}
