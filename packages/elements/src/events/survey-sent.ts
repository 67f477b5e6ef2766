/**
 * Fired when the `action` URL of `<qy-needs-survey>` accepted a response (the first time or on
 * a retry). `key` is the `Idempotency-Key` it was sent with, `response` the response id.
 *
 * @example
 * survey.addEventListener('qy-survey-sent', (event) => console.log(event.detail.response));
 */
export class QySurveySentEvent extends Event {
  static readonly type = 'qy-survey-sent';
  constructor(readonly detail: { key: string; response: string; status: number }) {
    super(QySurveySentEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qy-survey-sent': QySurveySentEvent;
  }
}
