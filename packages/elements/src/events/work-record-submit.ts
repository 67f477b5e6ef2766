import type { WorkRecord } from '@qingyuan/core';

/**
 * Fired when a valid work record card was confirmed in `<qy-work-record>`, before it is posted. Cancelable: `preventDefault()` stops the POST.
 *
 * @example
 * card.addEventListener('qy-work-record-submit', (event) => console.log(event.detail.record.id));
 */
export class QyWorkRecordSubmitEvent extends Event {
  static readonly type = 'qy-work-record-submit';
  constructor(readonly detail: { record: WorkRecord }) {
    super(QyWorkRecordSubmitEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qy-work-record-submit': QyWorkRecordSubmitEvent;
  }
}
