/**
 * Registers `<qy-pb-ballot>` (import for its side effect) and exports its class.
 * The class without registering it: the class entry `@qingyuan/elements/pb-ballot.js`.
 *
 * @example
 * import '@qingyuan/elements/define/pb-ballot.js';
 */
import { defineElement } from '../base/define.js';
import { QyPbBallot } from '../pb-ballot/pb-ballot.js';

defineElement('qy-pb-ballot', QyPbBallot);

declare global {
  interface HTMLElementTagNameMap {
    'qy-pb-ballot': QyPbBallot;
  }
}

export { QyPbBallot };
