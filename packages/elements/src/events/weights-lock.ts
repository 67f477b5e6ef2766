/**
 * Fired when the weights are agreed and locked in `<qy-weight-editor>`. `weights` are the
 * decimals to write into the meeting's criteria (`0.4` for 40 %).
 *
 * @example
 * editor.addEventListener('qy-weights-lock', (event) => save(event.detail.weights));
 */
export class QyWeightsLockEvent extends Event {
  static readonly type = 'qy-weights-lock';
  constructor(
    readonly detail: { weights: Record<string, number>; percents: Record<string, number> },
  ) {
    super(QyWeightsLockEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qy-weights-lock': QyWeightsLockEvent;
  }
}
