/**
 * Registers `<qy-closing-report>` (import for its side effect) and exports its class.
 * The class without registering it: the class entry `@qingyuan/elements/closing-report.js`.
 *
 * @example
 * import '@qingyuan/elements/define/closing-report.js';
 */
import { defineElement } from '../base/define.js';
import { QyClosingReport } from '../closing-report/closing-report.js';

defineElement('qy-closing-report', QyClosingReport);

declare global {
  interface HTMLElementTagNameMap {
    'qy-closing-report': QyClosingReport;
  }
}

export { QyClosingReport };
