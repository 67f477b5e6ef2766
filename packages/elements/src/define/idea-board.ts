/**
 * Registers `<qy-idea-board>` (import for its side effect) and exports its class.
 * The class without registering it: the class entry `@qingyuan/elements/idea-board.js`.
 *
 * @example
 * import '@qingyuan/elements/define/idea-board.js';
 */
import { defineElement } from '../base/define.js';
import { QyIdeaBoard } from '../idea-board/idea-board.js';

defineElement('qy-idea-board', QyIdeaBoard);

declare global {
  interface HTMLElementTagNameMap {
    'qy-idea-board': QyIdeaBoard;
  }
}

export { QyIdeaBoard };
