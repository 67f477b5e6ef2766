/**
 * Fired when a work record of `<qy-work-record>` could not be sent now and waits on the device; it is retried with the same `Idempotency-Key`.
 *
 * @example
 * card.addEventListener('qy-work-record-queued', (event) => console.log(event.detail.record));
 */
export class QyWorkRecordQueuedEvent extends Event {
  static readonly type = 'qy-work-record-queued';
  constructor(readonly detail: { key: string; record: string }) {
    super(QyWorkRecordQueuedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qy-work-record-queued': QyWorkRecordQueuedEvent;
  }
}
