import type { Ballot } from '@qingyuan/core';

/** What `qy-ballot-submit` carries: the ballot in the interchange format and its fingerprint. */
export interface QyBallotSubmitDetail {
  ballot: Ballot;
  /** The ballot's fingerprint: a short SHA-256 code the voter can write down and check later. */
  fingerprint: string;
}

/**
 * Fired when the voter confirms the ballot on the review step. Cancelable: calling
 * `preventDefault()` stops `<qy-ballot>` from posting to its `endpoint` (the host sends it).
 *
 * @example
 * ballot.addEventListener('qy-ballot-submit', (event) => save(event.detail.ballot));
 */
export class QyBallotSubmitEvent extends Event {
  static readonly type = 'qy-ballot-submit';
  constructor(readonly detail: QyBallotSubmitDetail) {
    super(QyBallotSubmitEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qy-ballot-submit': QyBallotSubmitEvent;
  }
}
