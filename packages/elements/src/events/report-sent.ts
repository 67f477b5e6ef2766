import type { ClosingEvent } from '../closing-report/closing-writer.js';

/**
 * Fired when the `endpoint` of `<qy-closing-report>` accepted a closing document (the first time or on a retry): `report` is its id, `type` the project event it was posted as (`report-submitted`, `audit-recorded`, `evaluation-recorded`).
 *
 * @example
 * closing.addEventListener('qy-report-sent', (event) => console.log(event.detail.report));
 */
export class QyReportSentEvent extends Event {
  static readonly type = 'qy-report-sent';
  constructor(
    readonly detail: {
      key: string;
      report: string;
      status: number;
      type: ClosingEvent['type'];
    },
  ) {
    super(QyReportSentEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qy-report-sent': QyReportSentEvent;
  }
}
