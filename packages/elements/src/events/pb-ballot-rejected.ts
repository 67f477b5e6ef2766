/**
 * Fired when the endpoint of `<qy-pb-ballot>` refused a PB ballot for good (a 4xx other than
 * 408/425/429): `message` is the server's reason in its own words ('' when it gave none).
 *
 * @example
 * pb.addEventListener('qy-pb-ballot-rejected', (event) => alert(event.detail.message));
 */
export class QyPbBallotRejectedEvent extends Event {
  static readonly type = 'qy-pb-ballot-rejected';
  constructor(readonly detail: { key: string; status: number; message: string }) {
    super(QyPbBallotRejectedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qy-pb-ballot-rejected': QyPbBallotRejectedEvent;
  }
}
