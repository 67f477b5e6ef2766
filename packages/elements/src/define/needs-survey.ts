/**
 * Registers `<qy-needs-survey>` (import for its side effect).
 *
 * @example
 * import '@qingyuan/elements/define/needs-survey.js';
 */
import { defineElement } from '../internal/define.js';
import { QyNeedsSurvey } from '../needs-survey/needs-survey.js';

defineElement('qy-needs-survey', QyNeedsSurvey);

declare global {
  interface HTMLElementTagNameMap {
    'qy-needs-survey': QyNeedsSurvey;
  }
}

export { QyNeedsSurvey };
