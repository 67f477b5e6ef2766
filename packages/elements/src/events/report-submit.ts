import type { ReportSubmittedEvent } from '../closing-report/report-draft.js';

/**
 * Fired when the team's lead submitted a valid execution report in `<qy-closing-report>`, before it is posted. `event` is core's `report-submitted` project event. Cancelable: `preventDefault()` stops the POST.
 *
 * @example
 * closing.addEventListener('qy-report-submit', (event) => console.log(event.detail.event.payload.report.id));
 */
export class QyReportSubmitEvent extends Event {
  static readonly type = 'qy-report-submit';
  constructor(readonly detail: { event: ReportSubmittedEvent }) {
    super(QyReportSubmitEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qy-report-submit': QyReportSubmitEvent;
  }
}
