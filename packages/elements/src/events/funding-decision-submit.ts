import type { FundingDecision } from '@qingyuan/core';

/** What `qy-funding-decision-submit` carries: the decision, already checked by core's rules. */
export interface QyFundingDecisionSubmitDetail {
  decision: FundingDecision;
}

/**
 * Fired when the service center posts its decision from `<qy-funding-decision>`. The decision
 * was made by core's `fundingDecisionFrom` and passed `checkFundingDecision` and the summary
 * sheet's sign-off rules. Cancelable: `preventDefault()` stops the element from posting it to its
 * `endpoint` (the host sends it).
 *
 * @example
 * el.addEventListener('qy-funding-decision-submit', (event) => save(event.detail.decision));
 */
export class QyFundingDecisionSubmitEvent extends Event {
  static readonly type = 'qy-funding-decision-submit';
  constructor(readonly detail: QyFundingDecisionSubmitDetail) {
    super(QyFundingDecisionSubmitEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qy-funding-decision-submit': QyFundingDecisionSubmitEvent;
  }
}
