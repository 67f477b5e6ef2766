/**
 * Fired when a signature of `<qy-execution-team>` could not be sent now (offline, busy server) and waits on the device; it is retried with the same `Idempotency-Key`.
 *
 * @example
 * team.addEventListener('qy-signature-queued', (event) => console.log(event.detail.member));
 */
export class QySignatureQueuedEvent extends Event {
  static readonly type = 'qy-signature-queued';
  constructor(readonly detail: { key: string; member: string }) {
    super(QySignatureQueuedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qy-signature-queued': QySignatureQueuedEvent;
  }
}
