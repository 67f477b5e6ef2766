/**
 * Fired when the endpoint refused a ballot for good (a 4xx answer other than 408/429): it is
 * not retried. `message` is the server's text, if any.
 *
 * @example
 * ballot.addEventListener('qy-ballot-rejected', (event) => alert(event.detail.message));
 */
export class QyBallotRejectedEvent extends Event {
  static readonly type = 'qy-ballot-rejected';
  constructor(readonly detail: { key: string; status: number; message: string }) {
    super(QyBallotRejectedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qy-ballot-rejected': QyBallotRejectedEvent;
  }
}
