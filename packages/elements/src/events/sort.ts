/** A sort order. */
export type SortDirection = 'ascending' | 'descending';

/**
 * Fired when the user sorts `<qy-ranking-table>` by a column.
 *
 * @example
 * table.addEventListener('qy-sort', (event) => console.log(event.detail.column));
 */
export class QySortEvent extends Event {
  static readonly type = 'qy-sort';
  constructor(readonly detail: { column: string; direction: SortDirection }) {
    super(QySortEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qy-sort': QySortEvent;
  }
}
