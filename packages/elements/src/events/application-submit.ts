import type { Application } from '@qingyuan/core';

/**
 * Fired when `<qy-application-form>` is submitted with an application that `ApplicationSchema`
 * accepts and that breaks none of the project rules for submission (core's `missingForNext`
 * from a draft: an indicator, budget lines adding up to the total). The page submits it: in
 * core's project lifecycle the project is `submitted` once the page records its `submitted`
 * event (the ballot box does), not before.
 *
 * @example
 * form.addEventListener('qy-application-submit', (event) => save(event.detail.application));
 */
export class QyApplicationSubmitEvent extends Event {
  static readonly type = 'qy-application-submit';
  constructor(readonly detail: { application: Application }) {
    super(QyApplicationSubmitEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qy-application-submit': QyApplicationSubmitEvent;
  }
}
