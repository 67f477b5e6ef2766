/**
 * Registers `<qy-project-status>` (import for its side effect) and exports its class.
 * The class without registering it: the class entry `@qingyuan/elements/project-status.js`.
 *
 * @example
 * import '@qingyuan/elements/define/project-status.js';
 */
import { defineElement } from '../base/define.js';
import { QyProjectStatus } from '../project-status/project-status.js';

defineElement('qy-project-status', QyProjectStatus);

declare global {
  interface HTMLElementTagNameMap {
    'qy-project-status': QyProjectStatus;
  }
}

export { QyProjectStatus };
