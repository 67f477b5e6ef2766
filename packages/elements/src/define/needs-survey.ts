/**
 * Registers `<qy-needs-survey>` (import for its side effect) and exports its class.
 * The class without registering it: the class entry `@qingyuan/elements/needs-survey.js`.
 *
 * @example
 * import '@qingyuan/elements/define/needs-survey.js';
 */
import { defineElement } from '../base/define.js';
import { QyNeedsSurvey } from '../needs-survey/needs-survey.js';

defineElement('qy-needs-survey', QyNeedsSurvey);

declare global {
  interface HTMLElementTagNameMap {
    'qy-needs-survey': QyNeedsSurvey;
  }
}

export { QyNeedsSurvey };
