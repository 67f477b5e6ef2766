import type { ClosingEvent } from '../closing-report/closing-writer.js';

/**
 * Fired when the `endpoint` of `<qy-closing-report>` refused a closing document for good; `message` is the server’s reason, `type` the project event it was posted as.
 *
 * @example
 * closing.addEventListener('qy-report-rejected', (event) => console.log(event.detail.message));
 */
export class QyReportRejectedEvent extends Event {
  static readonly type = 'qy-report-rejected';
  constructor(
    readonly detail: {
      key: string;
      status: number;
      message: string;
      type: ClosingEvent['type'];
    },
  ) {
    super(QyReportRejectedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qy-report-rejected': QyReportRejectedEvent;
  }
}
