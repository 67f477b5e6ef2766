/**
 * Registers `<qy-needs-report>` (import for its side effect) and exports its class.
 * The class without registering it: the class entry `@qingyuan/elements/needs-report.js`.
 *
 * @example
 * import '@qingyuan/elements/define/needs-report.js';
 */
import { defineElement } from '../base/define.js';
import { QyNeedsReport } from '../needs-report/needs-report.js';

defineElement('qy-needs-report', QyNeedsReport);

declare global {
  interface HTMLElementTagNameMap {
    'qy-needs-report': QyNeedsReport;
  }
}

export { QyNeedsReport };
