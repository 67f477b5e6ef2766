import type { ClosingEvent } from '../closing-report/closing-writer.js';

/**
 * Fired when a closing document of `<qy-closing-report>` (`type`: the project event it is posted as) could not be sent now and waits on the device; it is retried with the same `Idempotency-Key`.
 *
 * @example
 * closing.addEventListener('qy-report-queued', (event) => console.log(event.detail.report));
 */
export class QyReportQueuedEvent extends Event {
  static readonly type = 'qy-report-queued';
  constructor(readonly detail: { key: string; report: string; type: ClosingEvent['type'] }) {
    super(QyReportQueuedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qy-report-queued': QyReportQueuedEvent;
  }
}
