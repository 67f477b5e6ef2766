/**
 * Fired when a funding decision could not be posted (offline, server unreachable or busy) and
 * was kept on the device; it is retried when the connection returns, with the same key.
 *
 * @example
 * el.addEventListener('qy-funding-decision-queued', (event) => console.log(event.detail.key));
 */
export class QyFundingDecisionQueuedEvent extends Event {
  static readonly type = 'qy-funding-decision-queued';
  constructor(readonly detail: { key: string; decision: string }) {
    super(QyFundingDecisionQueuedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qy-funding-decision-queued': QyFundingDecisionQueuedEvent;
  }
}
