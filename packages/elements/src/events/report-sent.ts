/**
 * Fired when the `endpoint` of `<qy-closing-report>` accepted an execution report (the first time or on a retry); `report` is its id.
 *
 * @example
 * closing.addEventListener('qy-report-sent', (event) => console.log(event.detail.report));
 */
export class QyReportSentEvent extends Event {
  static readonly type = 'qy-report-sent';
  constructor(readonly detail: { key: string; report: string; status: number }) {
    super(QyReportSentEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qy-report-sent': QyReportSentEvent;
  }
}
