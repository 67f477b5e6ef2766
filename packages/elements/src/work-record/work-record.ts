import {
  CycleStageSchema,
  localize,
  parseDocument,
  WorkRecordSchema,
  type CycleStage,
  type Participant,
  type Violation,
  type WorkRecord,
} from '@qingyuan/core';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { QyWorkRecordQueuedEvent } from '../events/work-record-queued.js';
import { QyWorkRecordRejectedEvent } from '../events/work-record-rejected.js';
import { QyWorkRecordSentEvent } from '../events/work-record-sent.js';
import { QyWorkRecordSubmitEvent } from '../events/work-record-submit.js';
import { QyFormControl, type ControlValidity } from '../form/form-control.js';
import { DeliveryFlow, type DeliveryStep } from '../internal/delivery-flow.js';
import { renderDeliveryStatus } from '../internal/delivery-status-view.js';
import { FocusAfterUpdateController } from '../internal/focus-after-update.js';
import { fieldAria, fieldError, fieldLabel } from '../internal/form-field-view.js';
import type { DeliveryOutcome } from '../base/outbox.js';
import { postingOutcome, readSummary } from '../internal/posting-outcome.js';
import { randomId } from '../internal/random-id.js';
import { sharedStyles } from '../base/shared-styles.js';
import { fieldsOf, recordOf, type WorkRecordFields } from './work-record-fields.js';
import { workRecordMessages, type WorkRecordMessageKey } from './work-record.messages.js';
import { workRecordStyles } from './work-record.styles.js';
import { renderHeading } from '../internal/heading-view.js';

const OUTBOX_KEY = 'qingyuan:work-record-outbox';
const STAGES = CycleStageSchema.options as readonly CycleStage[];
/** The fields in the order of the card, as the record's top-level keys name them. */
const FIELD_ORDER = [
  'stage',
  'date',
  'place',
  'participants',
  'attendance',
  'content',
  'decisions',
  'nextSteps',
  'recordedBy',
] as const;
type FieldKey = (typeof FIELD_ORDER)[number];

/**
 * The standard work record card 工作记录卡 kept at every step of the cycle: date, place,
 * participants (and how many took part in all), what was done, what was decided, next steps,
 * and the recorder. It produces core's `WorkRecord` document and checks it with core's
 * `WorkRecordSchema` (`parseDocument`), showing each problem in zh-CN or English beside its field.
 * With `endpoint` a saved record is POSTed as the `WorkRecord` itself (JSON, with an
 * `Idempotency-Key`) through the shared outbox: kept on the device while offline, retried, never
 * stored twice. Form-associated: inside a host `<form>` it submits the record as JSON under
 * `name`, and is invalid (with core's first message) until the record is.
 *
 * @tag qy-work-record
 * @summary Write the standard work record card (工作记录卡) and save it.
 *
 * @event qy-work-record-submit - A valid record was saved (cancelable: stops the POST).
 * @event qy-work-record-sent - The `endpoint` accepted the record.
 * @event qy-work-record-queued - The record could not be sent now and waits on the device.
 * @event qy-work-record-rejected - The `endpoint` refused the record for good.
 *
 * @csspart base - The outer fieldset.
 * @csspart field - One field with its label and message.
 * @csspart input - An input, select or text area.
 * @csspart field-error - The message beside a field that breaks a rule.
 * @csspart summary - The count of problems after a save attempt.
 * @csspart actions - The row of buttons.
 * @csspart delivery - The delivery step after saving.
 *
 * @cssproperty --qy-color-text - Text colour.
 * @cssproperty --qy-color-surface - Background colour.
 * @cssproperty --qy-color-muted - Secondary text.
 * @cssproperty --qy-color-border - Borders of fields.
 * @cssproperty --qy-color-accent - The save button.
 * @cssproperty --qy-color-accent-contrast - Text on the accent.
 * @cssproperty --qy-color-danger - Error messages.
 * @cssproperty --qy-radius - Corner radius.
 * @cssproperty --qy-space - Base spacing.
 * @cssproperty --qy-target-size - Minimum size of touch targets (44px).
 * @cssproperty --qy-focus-ring - Focus outline.
 * @cssproperty --qy-work-record-max-width - Maximum width.
 */
export class QyWorkRecord extends QyFormControl<WorkRecordMessageKey> {
  static override styles = [sharedStyles, workRecordStyles];

  protected readonly catalogs = workRecordMessages;

  /** Where to POST the record (the `WorkRecord` as JSON, with an `Idempotency-Key` header). */
  @property() endpoint = '';

  /**
   * The level of the element's heading (2–6, default 2), so it fits the host page's outline; the
   * headings of its sections are one level below.
   */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** The step of the cycle the record belongs to (the writer can change it). */
  @property() stage: CycleStage = 'execution';

  /** The project the record is about (its id), if any. */
  @property() project = '';

  /** The community the record is about (its id), if any. */
  @property() community = '';

  /** The recorder's participant id (the person signed in), prefilled. */
  @property({ attribute: 'recorded-by' }) recordedBy = '';

  /**
   * The people who may take part (the team, the community's residents…): shown as check boxes
   * and a recorder list with their names. Without them, ids are typed.
   */
  @property({ attribute: false }) people: readonly Participant[] = [];

  @state() private fields: WorkRecordFields = this.emptyFields();
  @state() private showErrors = false;
  @state() private saved: WorkRecord | undefined;

  private readonly focusAfter = new FocusAfterUpdateController(this);

  private readonly delivery = new DeliveryFlow(this, {
    endpoint: () => this.endpoint,
    storageKey: OUTBOX_KEY,
    onOutcome: (outcome, mine, before) => this.announce(outcome, mine, before),
  });

  /** The record as it stands (valid or not): core's `WorkRecord` shape. */
  get value(): WorkRecord {
    return recordOf(this.fields, this, this.locale);
  }

  /** Where the writer is: writing, or a delivery step after saving. */
  get currentStep(): 'write' | DeliveryStep {
    return this.delivery.step ?? 'write';
  }

  /** Every rule the record breaks now (core's schema), in the card's field order. */
  get violations(): readonly Violation[] {
    const result = parseDocument(WorkRecordSchema, this.value, { locale: this.locale });
    return result.ok ? [] : result.violations;
  }

  /** Sends every record for this `endpoint` still waiting on the device, now. */
  retryNow(): Promise<void> {
    return this.delivery.retryNow();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const waiting = this.delivery.waiting()[0];
    if (waiting && !this.delivery.step) this.delivery.adopt(waiting);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // The host's prefills reach an untouched card.
    if (changed.has('stage') && !this.touched) this.fields = { ...this.fields, stage: this.stage };
    if (changed.has('recordedBy') && !this.touched)
      this.fields = { ...this.fields, recordedBy: this.recordedBy };
  }

  private touched = false;
  private initialId = this.fields.id;

  private emptyFields(): WorkRecordFields {
    return {
      id: `wr-${randomId()}`,
      stage: this.stage ?? 'execution',
      date: today(),
      place: '',
      participants: [],
      attendance: '',
      content: '',
      decisions: '',
      nextSteps: '',
      recordedBy: this.recordedBy ?? '',
    };
  }

  // ----- form participation -----

  protected formValue(): string | null {
    return JSON.stringify(this.value);
  }

  protected resetValue(): void {
    // A form reset goes back to the card as mounted, its record id included.
    this.fields = { ...this.emptyFields(), id: this.initialId };
    this.touched = false;
    this.showErrors = false;
  }

  protected restoreValue(saved: string): void {
    let data: unknown;
    try {
      data = JSON.parse(saved);
    } catch {
      return;
    }
    const fields = fieldsOf(data, this.locale, this.fields);
    if (!fields) return;
    this.fields = fields;
    this.touched = true;
  }

  protected checkControlValidity(): ControlValidity | undefined {
    const first = this.violations[0];
    if (!first) return undefined;
    return {
      flags: first.rule === 'too_small' ? { valueMissing: true } : { customError: true },
      message: first.message[this.locale],
    };
  }

  // ----- editing -----

  private set<K extends keyof WorkRecordFields>(key: K, value: WorkRecordFields[K]): void {
    this.fields = { ...this.fields, [key]: value };
    this.touched = true;
  }

  private toggleParticipant(id: string, on: boolean): void {
    const others = this.fields.participants.filter((p) => p !== id);
    this.set('participants', on ? [...others, id] : others);
  }

  private errorsByField(): Map<FieldKey, string> {
    const errors = new Map<FieldKey, string>();
    for (const violation of this.violations) {
      const key = String(violation.path[0] ?? '') as FieldKey;
      if (FIELD_ORDER.includes(key) && !errors.has(key))
        errors.set(key, violation.message[this.locale]);
    }
    return errors;
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const result = parseDocument(WorkRecordSchema, this.value, { locale: this.locale });
    if (!result.ok) {
      this.showErrors = true;
      const first = FIELD_ORDER.find((key) => this.errorsByField().has(key));
      this.focusAfter.request(`#f-${first ?? 'content'}`);
      return;
    }
    const record = result.value;
    const submit = new QyWorkRecordSubmitEvent({ record });
    this.dispatchEvent(submit);
    this.saved = record;
    this.focusAfter.request('#step-title');
    if (submit.defaultPrevented || !this.endpoint) {
      this.delivery.finishLocally();
      return;
    }
    await this.delivery.send({
      endpoint: this.endpoint,
      body: JSON.stringify(record),
      summary: JSON.stringify({ id: record.id, date: record.date }),
      lang: this.locale,
    });
  }

  private announce(
    outcome: DeliveryOutcome,
    mine: boolean,
    before: DeliveryStep | undefined,
  ): void {
    const record = readSummary(outcome.entry.summary, ['id']).id;
    const { event, focus } = postingOutcome(outcome, mine, before, {
      sent: (key, status) => new QyWorkRecordSentEvent({ key, record, status }),
      queued: (key) => new QyWorkRecordQueuedEvent({ key, record }),
      rejected: (key, status, message) => new QyWorkRecordRejectedEvent({ key, status, message }),
    });
    if (focus) this.focusAfter.request('#step-title');
    if (event) this.dispatchEvent(event);
  }

  private another(): void {
    this.delivery.reset();
    this.saved = undefined;
    this.resetValue();
    // The next card is a new record.
    this.initialId = `wr-${randomId()}`;
    this.fields = { ...this.fields, id: this.initialId };
    this.focusAfter.request('#f-date');
  }

  // ----- rendering -----

  private personName(id: string): string {
    const person = this.people.find((p) => p.id === id);
    return person ? localize(person.name, this.locale) : id;
  }

  protected override render(): TemplateResult {
    const step = this.delivery.step;
    return html`<fieldset part="base" ?disabled=${this.isDisabled}>
      <legend>${renderHeading(this.headingLevel, 0, this.t('title'), { id: 'title' })}</legend>
      ${step ? this.renderDelivery(step) : this.renderCard()}
    </fieldset>`;
  }

  private renderCard(): TemplateResult {
    const errors = this.showErrors ? this.errorsByField() : new Map<FieldKey, string>();
    const f = this.fields;
    const input = (key: FieldKey, value: string, type = 'text') => {
      const a = fieldAria(key, errors.has(key));
      return html`<input
        id="f-${key}"
        part="input"
        type=${type}
        .value=${value}
        aria-invalid=${a.invalid}
        aria-describedby=${a.describedBy}
        @input=${(e: Event) => this.set(key as 'place', (e.target as HTMLInputElement).value)}
      />`;
    };
    const area = (key: FieldKey, value: string) => {
      const a = fieldAria(key, errors.has(key));
      return html`<textarea
        id="f-${key}"
        part="input"
        rows="3"
        .value=${value}
        aria-invalid=${a.invalid}
        aria-describedby=${a.describedBy}
        @input=${(e: Event) => this.set(key as 'content', (e.target as HTMLTextAreaElement).value)}
      ></textarea>`;
    };
    const error = (key: FieldKey) => fieldError(key, errors.get(key));
    const label = (key: FieldKey, text: string, optional = false) =>
      fieldLabel(key, text, optional ? this.t('optional') : undefined);
    const attendance = fieldAria('attendance', errors.has('attendance'), 'h-attendance');
    return html`<form novalidate @submit=${(e: SubmitEvent) => void this.save(e)}>
      <p class="qy-status">${this.t('intro')}</p>
      ${
        errors.size > 0
          ? html`<p part="summary" class="qy-error" role="alert">
              ${this.t('problems', { count: errors.size })}
            </p>`
          : nothing
      }
      <div part="field" class="field">
        ${label('stage', this.t('stage'))}
        <select
          id="f-stage"
          part="input"
          .value=${f.stage}
          @change=${(e: Event) =>
            this.set('stage', (e.target as HTMLSelectElement).value as CycleStage)}
        >
          ${STAGES.map(
            (stage) =>
              html`<option value=${stage} ?selected=${stage === f.stage}>${this.t(stage)}</option>`,
          )}
        </select>
      </div>
      <div part="field" class="field">
        ${label('date', this.t('date'))} ${input('date', f.date, 'date')} ${error('date')}
      </div>
      <div part="field" class="field">
        ${label('place', this.t('place'), true)} ${input('place', f.place)} ${error('place')}
      </div>
      ${this.renderParticipants(errors)}
      <div part="field" class="field">
        ${label('attendance', this.t('attendance'), true)}
        <p id="h-attendance" class="qy-status hint">${this.t('attendanceHint')}</p>
        <input
          id="f-attendance"
          part="input"
          inputmode="numeric"
          .value=${f.attendance}
          aria-invalid=${attendance.invalid}
          aria-describedby=${attendance.describedBy}
          @input=${(e: Event) => this.set('attendance', (e.target as HTMLInputElement).value)}
        />
        ${error('attendance')}
      </div>
      <div part="field" class="field">
        ${label('content', this.t('content'))} ${area('content', f.content)} ${error('content')}
      </div>
      <div part="field" class="field">
        ${label('decisions', this.t('decisions'), true)} ${area('decisions', f.decisions)}
        ${error('decisions')}
      </div>
      <div part="field" class="field">
        ${label('nextSteps', this.t('nextSteps'), true)} ${area('nextSteps', f.nextSteps)}
        ${error('nextSteps')}
      </div>
      ${this.renderRecorder(errors)}
      <div class="actions" part="actions">
        <button type="submit" class="primary">${this.t('save')}</button>
      </div>
    </form>`;
  }

  private renderParticipants(errors: Map<FieldKey, string>): TemplateResult {
    const f = this.fields;
    const message = errors.get('participants');
    const error = fieldError('participants', message);
    if (this.people.length === 0) {
      const a = fieldAria('participants', message !== undefined, 'h-participants');
      return html`<div part="field" class="field">
        ${fieldLabel('participants', this.t('participants'))}
        <p id="h-participants" class="qy-status hint">${this.t('participantsHint')}</p>
        <input
          id="f-participants"
          part="input"
          .value=${f.participants.join(', ')}
          aria-invalid=${a.invalid}
          aria-describedby=${a.describedBy}
          @change=${(e: Event) =>
            this.set(
              'participants',
              (e.target as HTMLInputElement).value.split(/[\s,，、;；]+/).filter(Boolean),
            )}
        />
        ${error}
      </div>`;
    }
    return html`<fieldset
      part="field"
      class="field people"
      id="f-participants"
      tabindex="-1"
      aria-describedby=${fieldAria('participants', message !== undefined).describedBy}
    >
      <legend>${this.t('participants')}</legend>
      ${this.people.map(
        (person) =>
          html`<label class="check"
            ><input
              type="checkbox"
              .checked=${f.participants.includes(person.id)}
              @change=${(e: Event) =>
                this.toggleParticipant(person.id, (e.target as HTMLInputElement).checked)}
            />
            ${localize(person.name, this.locale)}</label
          >`,
      )}
      ${error}
    </fieldset>`;
  }

  private renderRecorder(errors: Map<FieldKey, string>): TemplateResult {
    const message = errors.get('recordedBy');
    const f = this.fields;
    const a = fieldAria('recordedBy', message !== undefined);
    const control =
      this.people.length === 0
        ? html`<input
            id="f-recordedBy"
            part="input"
            .value=${f.recordedBy}
            aria-invalid=${a.invalid}
            aria-describedby=${a.describedBy}
            @input=${(e: Event) => this.set('recordedBy', (e.target as HTMLInputElement).value)}
          />`
        : html`<select
            id="f-recordedBy"
            part="input"
            aria-invalid=${a.invalid}
            aria-describedby=${a.describedBy}
            @change=${(e: Event) => this.set('recordedBy', (e.target as HTMLSelectElement).value)}
          >
            <option value="" ?selected=${f.recordedBy === ''}>${this.t('chooseRecorder')}</option>
            ${this.people.map(
              (person) =>
                html`<option value=${person.id} ?selected=${person.id === f.recordedBy}>
                  ${localize(person.name, this.locale)}
                </option>`,
            )}
          </select>`;
    return html`<div part="field" class="field">
      ${fieldLabel('recordedBy', this.t('recordedBy'))} ${control}
      ${fieldError('recordedBy', message)}
    </div>`;
  }

  private renderDelivery(step: DeliveryStep): TemplateResult {
    const receipt = this.saved ?? readSummary(this.delivery.entry?.summary ?? '', ['id', 'date']);
    return renderDeliveryStatus({
      step,
      refusal: this.delivery.refusal,
      t: (key, params) => this.t(key, params),
      onRetry: () => void this.retryNow(),
      part: 'delivery',
      body: receipt.id
        ? html`<p>${this.t('savedReceipt', { id: receipt.id, date: receipt.date })}</p>`
        : nothing,
      actions: html`<button type="button" @click=${() => this.another()}>
        ${this.t('another')}
      </button>`,
    });
  }

  /** The names of the people on the record (for hosts that show it). */
  participantNames(): string[] {
    return this.fields.participants.map((id) => this.personName(id));
  }
}

/** Today's date on the device, as `YYYY-MM-DD`. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
