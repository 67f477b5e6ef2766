/**
 * Fired when the `endpoint` of `<qy-execution-team>` refused a signature for good (a wrong or used signing code, a member not on the team…); `message` is the server's reason.
 *
 * @example
 * team.addEventListener('qy-signature-rejected', (event) => console.log(event.detail.message));
 */
export class QySignatureRejectedEvent extends Event {
  static readonly type = 'qy-signature-rejected';
  constructor(readonly detail: { key: string; status: number; message: string }) {
    super(QySignatureRejectedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qy-signature-rejected': QySignatureRejectedEvent;
  }
}
