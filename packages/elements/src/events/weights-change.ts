/**
 * Fired while weights are edited in `<qy-weight-editor>`: percent per criterion id, and
 * whether they sum to 100.
 *
 * @example
 * editor.addEventListener('qy-weights-change', (event) => console.log(event.detail.percents));
 */
export class QyWeightsChangeEvent extends Event {
  static readonly type = 'qy-weights-change';
  constructor(readonly detail: { percents: Record<string, number>; complete: boolean }) {
    super(QyWeightsChangeEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qy-weights-change': QyWeightsChangeEvent;
  }
}
