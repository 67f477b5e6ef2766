import type { MessageParams } from '@qingyuan/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { DeliveryRefusal, DeliveryStep } from './delivery-flow.js';

/** The message keys every delivering element's catalog has (ballot and needs survey). */
export type DeliveryMessageKey =
  'sending' | 'sent' | 'queued' | 'rejected' | 'rejectedUnexplained' | 'retry' | 'done';

/** What {@link renderDeliveryStatus} shows. */
export interface DeliveryStatusView {
  readonly step: DeliveryStep;
  readonly refusal: DeliveryRefusal | undefined;
  /** The host's localized text. */
  readonly t: (key: DeliveryMessageKey, params?: MessageParams) => string;
  /** Called by the "Try again now" button of the `queued` step. */
  readonly onRetry: () => void;
  /** The host's own content under the heading (a receipt, a correction form…). */
  readonly body?: TemplateResult | typeof nothing;
  /** The host's own buttons after "Try again now" (e.g. "Start another"). */
  readonly actions?: TemplateResult | typeof nothing;
  /** The `part` of the section (default none). */
  readonly part?: string;
}

/**
 * The heading of a delivery step — sending, received, saved while offline, refused with the
 * server's reason (never a bare HTTP status when it gave one), done — focusable as
 * `#step-title`, then the host's body, then "Try again now" while queued and the host's actions.
 *
 * @example
 * renderDeliveryStatus({ step: 'queued', refusal: undefined, t: (k, p) => this.t(k, p),
 *   onRetry: () => void this.retryNow(), body: html`<p>…receipt…</p>` });
 */
export function renderDeliveryStatus(view: DeliveryStatusView): TemplateResult {
  const { step, refusal, t } = view;
  const heading =
    step === 'rejected'
      ? refusal?.message
        ? t('rejected', { message: refusal.message })
        : t('rejectedUnexplained', { status: refusal?.status ?? 0 })
      : t(step);
  const retry =
    step === 'queued'
      ? html`<button type="button" @click=${view.onRetry}>${t('retry')}</button>`
      : nothing;
  const actions = view.actions ?? nothing;
  return html`<section aria-labelledby="step-title" part=${view.part ?? nothing}>
    <h2 id="step-title" tabindex="-1">${heading}</h2>
    ${view.body ?? nothing}
    ${
      retry === nothing && actions === nothing
        ? nothing
        : html`<div class="actions" part="actions">${retry}${actions}</div>`
    }
  </section>`;
}
