/**
 * Fired when the `endpoint` of `<qy-closing-report>` refused an execution report for good; `message` is the server's reason.
 *
 * @example
 * closing.addEventListener('qy-report-rejected', (event) => console.log(event.detail.message));
 */
export class QyReportRejectedEvent extends Event {
  static readonly type = 'qy-report-rejected';
  constructor(readonly detail: { key: string; status: number; message: string }) {
    super(QyReportRejectedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qy-report-rejected': QyReportRejectedEvent;
  }
}
