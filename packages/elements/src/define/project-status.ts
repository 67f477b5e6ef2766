/**
 * Registers `<qy-project-status>` (import for its side effect).
 *
 * @example
 * import '@qingyuan/elements/define/project-status.js';
 */
import { defineElement } from '../internal/define.js';
import { QyProjectStatus } from '../project-status/project-status.js';

defineElement('qy-project-status', QyProjectStatus);

declare global {
  interface HTMLElementTagNameMap {
    'qy-project-status': QyProjectStatus;
  }
}

export { QyProjectStatus };
