/**
 * Registers `<qy-pb-results>` (import for its side effect) and exports its class.
 * The class without registering it: the class entry `@qingyuan/elements/pb-results.js`.
 *
 * @example
 * import '@qingyuan/elements/define/pb-results.js';
 */
import { defineElement } from '../base/define.js';
import { QyPbResults } from '../pb-results/pb-results.js';

defineElement('qy-pb-results', QyPbResults);

declare global {
  interface HTMLElementTagNameMap {
    'qy-pb-results': QyPbResults;
  }
}

export { QyPbResults };
