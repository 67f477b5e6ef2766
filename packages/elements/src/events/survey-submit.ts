import type { SurveyResponse } from '@qingyuan/core';

/** What `qy-survey-submit` carries: the response, already validated by core's `validateResponse`. */
export interface QySurveySubmitDetail {
  response: SurveyResponse;
}

/**
 * Fired when the respondent confirms their answers on the review step of `<qy-needs-survey>`.
 * The response has passed `validateResponse(survey, response)`. Cancelable: calling
 * `preventDefault()` stops the element from posting to its `action` (the host sends it).
 *
 * @example
 * survey.addEventListener('qy-survey-submit', (event) => save(event.detail.response));
 */
export class QySurveySubmitEvent extends Event {
  static readonly type = 'qy-survey-submit';
  constructor(readonly detail: QySurveySubmitDetail) {
    super(QySurveySubmitEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qy-survey-submit': QySurveySubmitEvent;
  }
}
