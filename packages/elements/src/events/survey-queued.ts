/**
 * Fired when a survey response could not be posted (offline, server unreachable or busy) and
 * was kept on the device; it is retried when the connection returns, with the same key.
 *
 * @example
 * survey.addEventListener('qy-survey-queued', (event) => console.log(event.detail.key));
 */
export class QySurveyQueuedEvent extends Event {
  static readonly type = 'qy-survey-queued';
  constructor(readonly detail: { key: string; response: string }) {
    super(QySurveyQueuedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qy-survey-queued': QySurveyQueuedEvent;
  }
}
