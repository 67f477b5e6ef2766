import type { ClosingEvent } from '../closing-report/closing-writer.js';

/**
 * Fired when the writer submitted a valid closing document in `<qy-closing-report>`, before it is posted. `event` is core's `report-submitted`, `audit-recorded` or `evaluation-recorded` project event (its `type` tells which, after `writes`). Cancelable: `preventDefault()` stops the POST.
 *
 * @example
 * closing.addEventListener('qy-report-submit', (event) => console.log(event.detail.event.payload.report.id));
 */
export class QyReportSubmitEvent extends Event {
  static readonly type = 'qy-report-submit';
  constructor(readonly detail: { event: ClosingEvent }) {
    super(QyReportSubmitEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qy-report-submit': QyReportSubmitEvent;
  }
}
