/**
 * Registers `<qy-work-record>` (import for its side effect) and exports its class.
 * The class without registering it: the class entry `@qingyuan/elements/work-record.js`.
 *
 * @example
 * import '@qingyuan/elements/define/work-record.js';
 */
import { defineElement } from '../base/define.js';
import { QyWorkRecord } from '../work-record/work-record.js';

defineElement('qy-work-record', QyWorkRecord);

declare global {
  interface HTMLElementTagNameMap {
    'qy-work-record': QyWorkRecord;
  }
}

export { QyWorkRecord };
