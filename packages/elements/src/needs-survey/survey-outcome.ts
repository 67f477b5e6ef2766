import { html, nothing, type TemplateResult } from 'lit';
import type { MessageParams } from '../i18n/messages.js';
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
 * The view after submission: what happened to the response (as the step's title), its id as a
 * receipt, "Try again now" while it waits on the device and "Fill in another" once finished.
 *
 * @example
 * html`${renderSurveyOutcome({ t, step: 'sent', responseId: 'r-1', rejection: undefined, retry, startOver })}`;
 */
export function renderSurveyOutcome(context: SurveyOutcomeContext): TemplateResult {
  const { t, step, rejection } = context;
  const message =
    step === 'sending'
      ? t('sending')
      : step === 'sent'
        ? t('sent')
        : step === 'queued'
          ? t('queued')
          : step === 'rejected'
            ? rejection?.message
              ? t('rejected', { message: rejection.message })
              : t('rejectedUnexplained', { status: rejection?.status ?? 0 })
            : t('done');
  const finished = step === 'sent' || step === 'done' || step === 'rejected';
  return html`<section aria-labelledby="step-title" part="status">
    <h2 id="step-title" tabindex="-1">${message}</h2>
    ${
      context.responseId && step !== 'rejected'
        ? html`<p class="receipt">${t('responseId')}: <code>${context.responseId}</code></p>`
        : nothing
    }
    <div class="actions" part="actions">
      ${
        step === 'queued'
          ? html`<button type="button" @click=${() => context.retry()}>${t('retry')}</button>`
          : nothing
      }
      ${
        finished
          ? html`<button type="button" @click=${() => context.startOver()}>${t('another')}</button>`
          : nothing
      }
    </div>
  </section>`;
}
