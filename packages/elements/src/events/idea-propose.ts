import type { OpenSpaceIdea, OpenSpaceSession } from '@qingyuan/core';

/**
 * Fired when a participant posts an idea on `<qy-idea-board>`: the new idea (its id made on
 * the device) and the whole session with it, already checked by core's Open Space rules. The
 * host persists it; there is no ballot-box route for ideas yet.
 *
 * @example
 * board.addEventListener('qy-idea-propose', (event) => save(event.detail.idea));
 */
export class QyIdeaProposeEvent extends Event {
  static readonly type = 'qy-idea-propose';
  constructor(readonly detail: { idea: OpenSpaceIdea; session: OpenSpaceSession }) {
    super(QyIdeaProposeEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qy-idea-propose': QyIdeaProposeEvent;
  }
}
