import { localize, parseDocument, ReviewMeetingSchema, type ReviewMeeting } from '@qingyuan/core';
import type { nothing } from 'lit';
import { html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DocumentController } from '../data/document-controller.js';
import { renderLoadState } from '../data/load-state-view.js';
import { QyWeightsChangeEvent } from '../events/weights-change.js';
import { QyWeightsLockEvent } from '../events/weights-lock.js';
import { QyFormControl, type ControlValidity } from '../form/form-control.js';
import { sharedStyles } from '../base/shared-styles.js';
import { percentSplit } from './percent-split.js';
import { weightMessages, type WeightMessageKey } from './weight-editor.messages.js';
import { weightEditorStyles } from './weight-editor.styles.js';

/**
 * Agree the criteria weights before a review meeting: one whole percentage per criterion,
 * shown with a bar, which must add up to 100 % before they can be locked. Locking fires
 * `qy-weights-lock` with the decimals to write into the meeting (`0.4` for 40 %) and makes the
 * editor read-only. Form-associated: submits `{"<criterion id>": weight, …}` as JSON.
 *
 * The criteria come from a meeting given as the `meeting` property, a `src` URL or an inline
 * `<script type="application/json">` child; their current weights are the starting point.
 *
 * @tag qy-weight-editor
 * @summary Agree and lock the criteria weights of a review meeting (sums to 100 %).
 *
 * @slot - An optional `<script type="application/json">` with the meeting document.
 *
 * @event qy-weights-change - A weight changed (`percents`, and whether they sum to 100).
 * @event qy-weights-lock - The weights were agreed and locked.
 * @event qy-load - The meeting was read and validated.
 * @event qy-load-error - The meeting is missing, unreachable or malformed.
 *
 * @csspart base - The fieldset.
 * @csspart input - A percentage input.
 * @csspart bar - A weight's bar.
 * @csspart total - The running total.
 * @csspart lock-button - The lock button.
 * @csspart status - Loading status text.
 * @csspart error - The error box shown for a bad meeting document.
 *
 * @cssproperty --qy-color-text - Text colour.
 * @cssproperty --qy-color-surface - Background colour.
 * @cssproperty --qy-color-border - Borders.
 * @cssproperty --qy-color-accent - Bars and the lock button.
 * @cssproperty --qy-color-danger - The total when it is not 100 %.
 * @cssproperty --qy-weight-bar-color - Colour of the bars.
 * @cssproperty --qy-weight-track-color - Colour behind the bars.
 * @cssproperty --qy-weight-editor-max-width - Maximum width.
 */
export class QyWeightEditor extends QyFormControl<WeightMessageKey> {
  static override styles = [sharedStyles, weightEditorStyles];

  protected readonly catalogs = weightMessages;

  /** The review meeting whose criteria are weighted. */
  @property({ attribute: false }) meeting: unknown;

  /** A URL to fetch the meeting document from. */
  @property() src = '';

  /** Whether the weights are locked (read-only). */
  @property({ type: Boolean, reflect: true }) locked = false;

  @state() private percents: Record<string, number> = {};
  private initial: Record<string, number> = {};

  private readonly doc = new DocumentController<ReviewMeeting>(this, {
    property: () => this.meeting,
    src: () => this.src,
    parse: (data, locale) => parseDocument(ReviewMeetingSchema, data, { locale }),
    t: (key, params) => this.t(key, params),
    locale: () => this.locale,
    onReady: (meeting) => {
      const split = percentSplit(meeting.criteria.map((criterion) => criterion.weight));
      this.initial = Object.fromEntries(meeting.criteria.map((c, i) => [c.id, split[i]!]));
      this.percents = { ...this.initial };
      // Weights the browser restored before the meeting arrived apply to it now.
      this.applyPendingRestore();
    },
  });

  /** Percent per criterion id, as shown. */
  get value(): Readonly<Record<string, number>> {
    return this.percents;
  }

  /** The sum of the percentages. */
  get total(): number {
    return Object.values(this.percents).reduce((a, b) => a + b, 0);
  }

  /** The weights as decimals (`0.4` for 40 %), as written into the meeting's criteria. */
  get weights(): Record<string, number> {
    return Object.fromEntries(
      Object.entries(this.percents).map(([id, percent]) => [id, percent / 100]),
    );
  }

  /** Locks the weights when they sum to 100; returns whether it did. */
  lock(): boolean {
    if (this.total !== 100 || this.isDisabled) return false;
    this.locked = true;
    this.dispatchEvent(
      new QyWeightsLockEvent({ weights: this.weights, percents: { ...this.percents } }),
    );
    return true;
  }

  protected formValue(): string | null {
    return Object.keys(this.percents).length > 0 ? JSON.stringify(this.weights) : null;
  }

  protected resetValue(): void {
    this.percents = { ...this.initial };
    this.locked = false;
  }

  protected override restoreReady(): boolean {
    return this.doc.state.status === 'ready';
  }

  /**
   * Takes the saved weights of criteria the meeting has, when they are a whole percentage the
   * editor accepts (1 to 100 %); other criteria keep their weight, unknown ones are dropped.
   */
  protected restoreValue(saved: string): void {
    let weights: unknown;
    try {
      weights = JSON.parse(saved);
    } catch {
      return;
    }
    if (weights === null || typeof weights !== 'object' || Array.isArray(weights)) return;
    const next = { ...this.percents };
    for (const id of Object.keys(next)) {
      const weight: unknown = (weights as Record<string, unknown>)[id];
      if (typeof weight !== 'number') continue;
      const percent = Math.round(weight * 100);
      if (percent >= 1 && percent <= 100) next[id] = percent;
    }
    this.percents = next;
  }

  protected checkControlValidity(): ControlValidity | undefined {
    const total = this.total;
    if (total === 100) return undefined;
    const message = this.t('mustSum', { total });
    return {
      flags: total > 100 ? { rangeOverflow: true } : { rangeUnderflow: true },
      message,
    };
  }

  private setPercent(id: string, input: HTMLInputElement): void {
    const parsed = Math.round(Number(input.value));
    const percent = Number.isFinite(parsed) ? Math.min(100, Math.max(1, parsed)) : 1;
    this.percents = { ...this.percents, [id]: percent };
    this.dispatchEvent(
      new QyWeightsChangeEvent({ percents: { ...this.percents }, complete: this.total === 100 }),
    );
  }

  protected override render(): TemplateResult | typeof nothing {
    const state = this.doc.state;
    if (state.status !== 'ready') {
      return renderLoadState(state, (key, params) => this.t(key, params));
    }
    const meeting = state.value;
    const total = this.total;
    const summary = meeting.criteria
      .map((c) => `${localize(c.name, this.locale)} ${this.percents[c.id] ?? 0} %`)
      .join(', ');
    const totalText =
      total === 100
        ? this.t('complete')
        : total < 100
          ? this.t('remaining', { points: 100 - total })
          : this.t('over', { points: total - 100 });
    return html`<fieldset part="base" ?disabled=${this.isDisabled}>
      <legend>${this.t('legend')}</legend>
      ${meeting.criteria.map((criterion) => {
        const name = localize(criterion.name, this.locale);
        const percent = this.percents[criterion.id] ?? 0;
        return html`<div class="row">
          <label for=${`w-${criterion.id}`}>${name}</label>
          <span class="field">
            <input
              part="input"
              id=${`w-${criterion.id}`}
              type="number"
              inputmode="numeric"
              min="1"
              max="100"
              step="1"
              aria-label=${this.t('percentOf', { name })}
              .value=${String(percent)}
              ?readonly=${this.locked}
              @input=${(event: Event) =>
                this.setPercent(criterion.id, event.target as HTMLInputElement)}
            />
            <span aria-hidden="true">%</span>
          </span>
          <div class="bar" part="bar" aria-hidden="true">
            <span style="width:${percent}%"></span>
          </div>
        </div>`;
      })}
      <p class="total ${total === 100 ? '' : 'invalid'}" part="total" role="status">
        ${this.t('total', { total })} — ${totalText}
      </p>
      ${
        this.locked
          ? html`<p role="status"><strong>${this.t('locked', { summary })}</strong></p>`
          : html`<button
              type="button"
              class="primary"
              part="lock-button"
              ?disabled=${total !== 100}
              @click=${() => this.lock()}
            >
              ${this.t('lock')}
            </button>`
      }
    </fieldset>`;
  }
}
