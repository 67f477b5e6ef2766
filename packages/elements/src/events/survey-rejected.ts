/**
 * Fired when the `action` URL refused a survey response for good (a 4xx answer other than
 * 408/425/429): it is not retried. `message` is the server's text, if any.
 *
 * @example
 * survey.addEventListener('qy-survey-rejected', (event) => alert(event.detail.message));
 */
export class QySurveyRejectedEvent extends Event {
  static readonly type = 'qy-survey-rejected';
  constructor(readonly detail: { key: string; status: number; message: string }) {
    super(QySurveyRejectedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qy-survey-rejected': QySurveyRejectedEvent;
  }
}
