/**
 * Fired when the `endpoint` of `<qy-work-record>` accepted a work record (the first time or on a retry); `record` is its id.
 *
 * @example
 * card.addEventListener('qy-work-record-sent', (event) => console.log(event.detail.record));
 */
export class QyWorkRecordSentEvent extends Event {
  static readonly type = 'qy-work-record-sent';
  constructor(readonly detail: { key: string; record: string; status: number }) {
    super(QyWorkRecordSentEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qy-work-record-sent': QyWorkRecordSentEvent;
  }
}
