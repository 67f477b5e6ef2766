/**
 * Fired when the server accepted a funding decision (`detail.decision` is its id, `detail.key`
 * the idempotency key it was sent with, `detail.answer` the server's JSON answer if any).
 *
 * @example
 * el.addEventListener('qy-funding-decision-sent', (event) => console.log(event.detail.decision));
 */
export class QyFundingDecisionSentEvent extends Event {
  static readonly type = 'qy-funding-decision-sent';
  constructor(readonly detail: { key: string; decision: string; status: number; answer: unknown }) {
    super(QyFundingDecisionSentEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qy-funding-decision-sent': QyFundingDecisionSentEvent;
  }
}
