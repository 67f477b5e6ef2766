/**
 * Registers `<qy-ranking-table>` (import for its side effect) and exports its class.
 * The class without registering it: the class entry `@qingyuan/elements/ranking-table.js`.
 *
 * @example
 * import '@qingyuan/elements/define/ranking-table.js';
 */
import { defineElement } from '../base/define.js';
import { QyRankingTable } from '../ranking-table/ranking-table.js';

defineElement('qy-ranking-table', QyRankingTable);

declare global {
  interface HTMLElementTagNameMap {
    'qy-ranking-table': QyRankingTable;
  }
}

export { QyRankingTable };
