/**
 * Registers `<qy-execution-team>` (import for its side effect) and exports its class.
 * The class without registering it: the class entry `@qingyuan/elements/execution-team.js`.
 *
 * @example
 * import '@qingyuan/elements/define/execution-team.js';
 */
import { defineElement } from '../base/define.js';
import { QyExecutionTeam } from '../execution-team/execution-team.js';

defineElement('qy-execution-team', QyExecutionTeam);

declare global {
  interface HTMLElementTagNameMap {
    'qy-execution-team': QyExecutionTeam;
  }
}

export { QyExecutionTeam };
