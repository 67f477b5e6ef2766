/**
 * Registers `<qy-ballot>` (import for its side effect).
 *
 * @example
 * import '@qingyuan/elements/define/ballot.js';
 */
import { defineElement } from '../internal/define.js';
import { QyBallot } from '../ballot/ballot.js';

defineElement('qy-ballot', QyBallot);

declare global {
  interface HTMLElementTagNameMap {
    'qy-ballot': QyBallot;
  }
}

export { QyBallot };
