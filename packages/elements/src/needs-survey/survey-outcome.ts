import type { MessageParams } from '@qingyuan/core';
import { html, nothing, type TemplateResult } from 'lit';
import { renderDeliveryStatus } from '../internal/delivery-status-view.js';
import type { NeedsSurveyMessageKey } from './needs-survey.messages.js';

/** A step after submission: sending, sent, queued on the device, refused, or done (no `action`). */
export type SurveyOutcomeStep = 'sending' | 'done' | 'sent' | 'queued' | 'rejected';

/** What the outcome view shows and what its buttons do. */
export interface SurveyOutcomeContext {
  t(key: NeedsSurveyMessageKey, params?: MessageParams): string;
  readonly step: SurveyOutcomeStep;
  /** The submitted response's id (empty before a submission). */
  readonly responseId: string;
  /** Why the box refused the response, for `rejected`. */
  readonly rejection: { status: number; message: string } | undefined;
  retry(): void;
  startOver(): void;
}

/**
 * The view after submission, the shared delivery status (`renderDeliveryStatus`): what happened
 * to the response (as the step's title), its id as a receipt, "Try again now" while it waits on
 * the device and "Fill in another" once finished.
 *
 * @example
 * html`${renderSurveyOutcome({ t, step: 'sent', responseId: 'r-1', rejection: undefined, retry, startOver })}`;
 */
export function renderSurveyOutcome(context: SurveyOutcomeContext): TemplateResult {
  const { t, step } = context;
  const finished = step === 'sent' || step === 'done' || step === 'rejected';
  return renderDeliveryStatus({
    step,
    refusal: context.rejection,
    t: (key, params) => t(key, params),
    onRetry: () => context.retry(),
    part: 'status',
    body:
      context.responseId && step !== 'rejected'
        ? html`<p class="receipt">${t('responseId')}: <code>${context.responseId}</code></p>`
        : nothing,
    actions: finished
      ? html`<button type="button" @click=${() => context.startOver()}>${t('another')}</button>`
      : nothing,
  });
}
