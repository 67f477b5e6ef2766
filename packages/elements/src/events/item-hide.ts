import type { HiddenItem, OpenSpaceSession } from '@qingyuan/core';

/**
 * Fired when an organizer hides an idea on `<qy-idea-board>` with a reason (core's `hideItem`
 * accepted it): the hide record and the whole session with it. Nothing is deleted.
 *
 * @example
 * board.addEventListener('qy-item-hide', (event) => save(event.detail.item));
 */
export class QyItemHideEvent extends Event {
  static readonly type = 'qy-item-hide';
  constructor(readonly detail: { item: HiddenItem; session: OpenSpaceSession }) {
    super(QyItemHideEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qy-item-hide': QyItemHideEvent;
  }
}
