/**
 * Registers `<qy-weight-editor>` (import for its side effect) and exports its class.
 * The class without registering it: the class entry `@qingyuan/elements/weight-editor.js`.
 *
 * @example
 * import '@qingyuan/elements/define/weight-editor.js';
 */
import { defineElement } from '../base/define.js';
import { QyWeightEditor } from '../weight-editor/weight-editor.js';

defineElement('qy-weight-editor', QyWeightEditor);

declare global {
  interface HTMLElementTagNameMap {
    'qy-weight-editor': QyWeightEditor;
  }
}

export { QyWeightEditor };
