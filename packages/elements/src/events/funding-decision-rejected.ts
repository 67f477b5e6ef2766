/**
 * Fired when the server refused a funding decision for good (`detail.status`, and its reason in
 * `detail.message`); it is not retried.
 *
 * @example
 * el.addEventListener('qy-funding-decision-rejected', (event) => alert(event.detail.message));
 */
export class QyFundingDecisionRejectedEvent extends Event {
  static readonly type = 'qy-funding-decision-rejected';
  constructor(readonly detail: { key: string; decision: string; status: number; message: string }) {
    super(QyFundingDecisionRejectedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qy-funding-decision-rejected': QyFundingDecisionRejectedEvent;
  }
}
