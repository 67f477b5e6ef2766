import type { PbBallotJSON } from '@qingyuan/core';

/** What `qy-pb-ballot-submit` carries: core's PB ballot document and its fingerprint. */
export interface QyPbBallotSubmitDetail {
  /** The ballot as core's `PbBallotSchema` document (`{ district?, projects, points? }`). */
  ballot: PbBallotJSON;
  /** The ballot's fingerprint: a short SHA-256 code the voter can write down and check later. */
  fingerprint: string;
}

/**
 * Fired when the voter confirms a valid PB ballot on the review step of `<qy-pb-ballot>`.
 * Cancelable: `preventDefault()` stops the element from posting it (the host sends it).
 *
 * @example
 * pb.addEventListener('qy-pb-ballot-submit', (event) => save(event.detail.ballot));
 */
export class QyPbBallotSubmitEvent extends Event {
  static readonly type = 'qy-pb-ballot-submit';
  constructor(readonly detail: QyPbBallotSubmitDetail) {
    super(QyPbBallotSubmitEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qy-pb-ballot-submit': QyPbBallotSubmitEvent;
  }
}
