import type { ProjectEvent } from '@qingyuan/core';

/** Core's `contract-signed` project event. */
export type ContractSignedEvent = Extract<ProjectEvent, { type: 'contract-signed' }>;
/**
 * Fired when a member confirmed their signature in `<qy-execution-team>`, before it is posted. `event` is core's `contract-signed` project event, `code` the member's signing code. Cancelable: `preventDefault()` stops the POST (the host delivers it itself).
 *
 * @example
 * team.addEventListener('qy-signature-submit', (event) => console.log(event.detail.event.payload.member));
 */
export class QySignatureSubmitEvent extends Event {
  static readonly type = 'qy-signature-submit';
  constructor(readonly detail: { event: ContractSignedEvent; code: string }) {
    super(QySignatureSubmitEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qy-signature-submit': QySignatureSubmitEvent;
  }
}
