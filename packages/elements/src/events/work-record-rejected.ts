/**
 * Fired when the `endpoint` of `<qy-work-record>` refused a work record for good; `message` is the server's reason.
 *
 * @example
 * card.addEventListener('qy-work-record-rejected', (event) => console.log(event.detail.message));
 */
export class QyWorkRecordRejectedEvent extends Event {
  static readonly type = 'qy-work-record-rejected';
  constructor(readonly detail: { key: string; status: number; message: string }) {
    super(QyWorkRecordRejectedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qy-work-record-rejected': QyWorkRecordRejectedEvent;
  }
}
