/**
 * Registers `<qy-ballot>` (import for its side effect) and exports its class.
 * The class without registering it: the class entry `@qingyuan/elements/ballot.js`.
 *
 * @example
 * import '@qingyuan/elements/define/ballot.js';
 */
import { defineElement } from '../base/define.js';
import { QyBallot } from '../ballot/ballot.js';

defineElement('qy-ballot', QyBallot);

declare global {
  interface HTMLElementTagNameMap {
    'qy-ballot': QyBallot;
  }
}

export { QyBallot };
