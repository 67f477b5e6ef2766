/**
 * Fired when the `endpoint` of `<qy-execution-team>` accepted a member's signature (the first time or on a retry). `key` is the `Idempotency-Key` it was sent with.
 *
 * @example
 * team.addEventListener('qy-signature-sent', (event) => console.log(event.detail.member));
 */
export class QySignatureSentEvent extends Event {
  static readonly type = 'qy-signature-sent';
  constructor(readonly detail: { key: string; member: string; status: number }) {
    super(QySignatureSentEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qy-signature-sent': QySignatureSentEvent;
  }
}
