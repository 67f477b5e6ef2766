/**
 * Registers `<qy-funding-decision>` (import for its side effect) and exports its class.
 * The class without registering it: the class entry `@qingyuan/elements/funding-decision.js`.
 *
 * @example
 * import '@qingyuan/elements/define/funding-decision.js';
 */
import { QyFundingDecision } from '../funding-decision/funding-decision.js';
import { defineElement } from '../base/define.js';

defineElement('qy-funding-decision', QyFundingDecision);

declare global {
  interface HTMLElementTagNameMap {
    'qy-funding-decision': QyFundingDecision;
  }
}

export { QyFundingDecision };
