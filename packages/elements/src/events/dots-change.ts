import type { OpenSpaceSession } from '@qingyuan/core';

/**
 * Fired when a participant adds or takes back a dot on `<qy-idea-board>`, after core's
 * `addDots` / `removeDots` accepted it: who, which idea, the change (+1 or −1), how many of
 * their dots are now on the idea, and the whole session with the change.
 *
 * @example
 * board.addEventListener('qy-dots-change', (e) => save(e.detail.participant, e.detail.idea, e.detail.dots));
 */
export class QyDotsChangeEvent extends Event {
  static readonly type = 'qy-dots-change';
  constructor(
    readonly detail: {
      participant: string;
      idea: string;
      change: number;
      dots: number;
      session: OpenSpaceSession;
    },
  ) {
    super(QyDotsChangeEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qy-dots-change': QyDotsChangeEvent;
  }
}
