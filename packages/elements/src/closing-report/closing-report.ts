import {
  formatMoney,
  ActivityStatusSchema,
  ExecutionReportSchema,
  localize,
  parseDocument,
  type Application,
  type EvaluationReport,
  type ExecutionReport,
  type FinancialAudit,
  type GovernanceBody,
  type Participant,
  type Violation,
} from '@qingyuan/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DocumentController } from '../data/document-controller.js';
import { renderLoadState } from '../data/load-state-view.js';
import { renderClosingReading, type ReadingView } from './closing-reading-view.js';
import { QyReportQueuedEvent } from '../events/report-queued.js';
import { QyReportRejectedEvent } from '../events/report-rejected.js';
import { QyReportSentEvent } from '../events/report-sent.js';
import { QyReportSubmitEvent } from '../events/report-submit.js';
import { QyFormControl, type ControlValidity } from '../form/form-control.js';
import { DeliveryFlow, type DeliveryStep } from '../internal/delivery-flow.js';
import { renderDeliveryStatus } from '../internal/delivery-status-view.js';
import { FocusAfterUpdateController } from '../internal/focus-after-update.js';
import { fieldAria, fieldError, fieldLabel, type FieldAria } from '../internal/form-field-view.js';
import type { DeliveryOutcome } from '../base/outbox.js';
import { postingOutcome, readSummary } from '../internal/posting-outcome.js';
import { randomId } from '../internal/random-id.js';
import { sharedStyles } from '../base/shared-styles.js';
import { readClosingDocuments, type ClosingDocuments } from './closing-documents.js';
import { closingReportMessages, type ClosingReportMessageKey } from './closing-report.messages.js';
import { closingReportStyles } from './closing-report.styles.js';
import {
  fieldsOfReport,
  reportOf,
  reportRuleViolations,
  type ReportFields,
  type ReportSubmittedEvent,
} from './report-draft.js';
import { renderHeading } from '../internal/heading-view.js';
import type { ClosingEvent, ClosingKind, ClosingWriter, DraftBase } from './closing-writer.js';

/** The outbox of each kind of closing document on the device (`localStorage` keys). */
const OUTBOX_KEYS: Record<ClosingKind, string> = {
  report: 'qingyuan:report-outbox',
  audit: 'qingyuan:audit-outbox',
  evaluation: 'qingyuan:evaluation-outbox',
};
const KINDS = Object.keys(OUTBOX_KEYS) as ClosingKind[];

/** A closing document being written: the execution report, the audit or the evaluation. */
export type ClosingDocument = ExecutionReport | FinancialAudit | EvaluationReport;
const STATUSES = ActivityStatusSchema.options;

/**
 * The closing of a funded project 结项: the execution report 执行报告, the financial audit
 * 财务审计 (budget against actual per line, overspending, the supervision group's approvals of
 * spending beyond the grant, the co-funding and income lines apart) and the evaluation against
 * the indicators 评估. Every figure is core's (`auditTotals`, `indicatorAttainment`): nothing is
 * added up here.
 *
 * `mode="read"` is the public's view of all three. The default writing mode is the team's
 * overall lead's: the execution report, one outcome per activity of the (amended) plan, checked
 * with core's `ExecutionReportSchema` and rule `report.activities-from-plan`, each problem beside
 * its field; with `endpoint` it is POSTed as core's `report-submitted` project event
 * (`{ type, at, by, payload: { report } }`, JSON, with an `Idempotency-Key`) through the shared
 * outbox. Form-associated in writing mode: inside a host `<form>` it submits the report as JSON
 * under `name`.
 *
 * `writes="audit"` is the auditor's (the supervision group or the service center): core's
 * `FinancialAudit`, one line per budget line of the (amended) application with the amount
 * actually spent, the co-funding and income lines apart, each line's variance and core's
 * `auditTotals` shown as they are typed, the conclusion and remarks; checked with core's schema
 * and rules (`audit.budget-lines`, `audit.granted`, `spending.within-grant`…) and posted as core's
 * `audit-recorded` event. `writes="evaluation"` is the evaluator's: core's final
 * `EvaluationReport`, what each indicator reached with its share of the target (core's
 * `indicatorAttainment`) as typed, and a summary, posted as `evaluation-recorded`. Both forms
 * are loaded on demand (their own modules); each kind keeps its own outbox on the device.
 *
 * The documents come as the `documents` property, a `src` URL or an inline
 * `<script type="application/json">` child, as one object
 * `{ application?, report?, audit?, evaluation?, approvals? }`, each checked with its core
 * schema.
 *
 * @tag qy-closing-report
 * @summary Execution report, financial audit and evaluation of a project: write or read.
 *
 * @slot - An optional `<script type="application/json">` with the documents.
 *
 * @event qy-report-submit - The writer submitted a valid document (cancelable: stops the POST); `detail.event.type` tells which.
 * @event qy-report-sent - The `endpoint` accepted the document (`detail.type`: the project event).
 * @event qy-report-queued - The document could not be sent now and waits on the device.
 * @event qy-report-rejected - The `endpoint` refused the document for good.
 * @event qy-load - The documents were read and validated.
 * @event qy-load-error - The documents are missing, unreachable or malformed.
 *
 * @csspart base - The outer section.
 * @csspart report - The execution report section.
 * @csspart audit - The financial audit section.
 * @csspart audit-line - One audit line.
 * @csspart variance - A line's over / under mark.
 * @csspart totals - The audit's totals.
 * @csspart approvals - The approvals of spending beyond the grant.
 * @csspart evaluation - The evaluation section.
 * @csspart indicator - One indicator result.
 * @csspart meter - The bar of an indicator's share reached.
 * @csspart form - The writing form.
 * @csspart input - An input, select or text area.
 * @csspart field-error - The message beside a field that breaks a rule.
 * @csspart summary - The count of problems after a submit attempt.
 * @csspart actions - The row of buttons.
 * @csspart delivery - The delivery step after submitting.
 * @csspart status - Loading status text.
 * @csspart error - The error box shown for bad documents.
 *
 * @cssproperty --qy-color-text - Text colour.
 * @cssproperty --qy-color-surface - Background colour.
 * @cssproperty --qy-color-muted - Secondary text.
 * @cssproperty --qy-color-border - Borders.
 * @cssproperty --qy-color-accent - Buttons and the bars of indicators met.
 * @cssproperty --qy-color-accent-contrast - Text on the accent.
 * @cssproperty --qy-color-danger - Errors and overspending.
 * @cssproperty --qy-radius - Corner radius.
 * @cssproperty --qy-space - Base spacing.
 * @cssproperty --qy-target-size - Minimum size of touch targets (44px).
 * @cssproperty --qy-focus-ring - Focus outline.
 * @cssproperty --qy-closing-report-max-width - Maximum width.
 */
export class QyClosingReport extends QyFormControl<ClosingReportMessageKey> {
  static override styles = [sharedStyles, closingReportStyles];

  protected readonly catalogs = closingReportMessages;

  /** The documents (`{ application?, report?, audit?, evaluation?, approvals? }`). */
  @property({ attribute: false }) documents: unknown;

  /** A URL to fetch the documents from. */
  @property() src = '';

  /**
   * The level of the element's heading (2–6, default 2), so it fits the host page's outline; the
   * headings of its sections are one level below.
   */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** `read` for the public's view; anything else is the writing mode. */
  @property({ reflect: true }) mode: 'write' | 'read' = 'write';

  /** Where to POST the report (core's `report-submitted` event, with an `Idempotency-Key`). */
  @property() endpoint = '';

  /** The participant id of the person writing the report (the team's overall lead). */
  @property({ attribute: 'submitted-by' }) submittedBy = '';

  /** The project's name as shown in the heading (default: the application's title). */
  @property({ attribute: 'project-name' }) projectName = '';

  /** The participants, to show names instead of ids (optional). */
  @property({ attribute: false }) participants: readonly Participant[] = [];

  /** The governance bodies, to name the body that approved spending beyond the grant (optional). */
  @property({ attribute: false }) bodies: readonly GovernanceBody[] = [];

  /**
   * What the writing mode writes: `report` (the default: the team's overall lead's execution
   * report, `report-submitted`), `audit` (the auditor's financial audit, `audit-recorded`) or
   * `evaluation` (the evaluator's final evaluation, `evaluation-recorded`).
   */
  @property({ reflect: true }) writes: ClosingKind = 'report';

  /**
   * A credential for the `endpoint`, sent as `Authorization: Bearer …` with every attempt. A
   * property only: never an attribute, never stored with a waiting document (a document retried
   * later goes with the credential the element has then). Without one, no `Authorization` is sent.
   */
  @property({ attribute: false }) credential = '';

  @state() private fields: ReportFields = emptyFields(`er-${randomId()}`);
  @state() private showErrors = false;
  @state() private submitted: { id: string; at: string } | undefined;
  private initialFields = this.fields;

  /** The audit's or the evaluation's writing, once its module has arrived. */
  @state() private writer: ClosingWriter | undefined;
  /** Why the writing's module could not be loaded ('' while nothing failed). */
  @state() private writerError = '';
  /** The audit's or the evaluation's draft. */
  @state() private draft: DraftBase | undefined;
  private initialDraft: DraftBase | undefined;

  private readonly focusAfter = new FocusAfterUpdateController(this);

  private readonly doc = new DocumentController<ClosingDocuments>(this, {
    property: () => this.documents,
    src: () => this.src,
    parse: readClosingDocuments,
    t: (key, params) => this.t(key, params),
    locale: () => this.locale,
    onReady: () => this.applyPendingRestore(),
  });

  /** One delivery per kind, each with its own outbox on the device. */
  private readonly deliveries = Object.fromEntries(
    KINDS.map((kind) => [
      kind,
      new DeliveryFlow(this, {
        endpoint: () => this.endpoint,
        storageKey: OUTBOX_KEYS[kind],
        // Read at every attempt and never stored.
        headers: (): Record<string, string> =>
          this.credential ? { Authorization: `Bearer ${this.credential}` } : {},
        onOutcome: (outcome, mine, before) => this.announce(kind, outcome, mine, before),
      }),
    ]),
  ) as Record<ClosingKind, DeliveryFlow>;

  /** What this element writes (`writes`, `report` unless it is `audit` or `evaluation`). */
  private get kind(): ClosingKind {
    return this.writes === 'audit' || this.writes === 'evaluation' ? this.writes : 'report';
  }

  private get delivery(): DeliveryFlow {
    return this.deliveries[this.kind];
  }

  private get ready(): ClosingDocuments | undefined {
    return this.doc.state.status === 'ready' ? this.doc.state.value : undefined;
  }

  private get writing(): boolean {
    return this.mode !== 'read';
  }

  /**
   * The document being written (valid or not): the execution report, or with `writes` the
   * financial audit or the evaluation; undefined without an application (or while the audit's or
   * evaluation's form is still loading).
   */
  get value(): ClosingDocument | undefined {
    const docs = this.ready;
    const application = docs?.application;
    if (!docs || !application) return undefined;
    if (this.kind === 'report')
      return reportOf(this.fields, application, this.submittedBy, this.locale);
    return this.writer && this.draft
      ? this.writer.document(this.draft, docs, this.submittedBy, this.locale)
      : undefined;
  }

  /** Where the writer is: writing, or a delivery step after submitting. */
  get currentStep(): 'write' | DeliveryStep {
    return this.delivery.step ?? 'write';
  }

  /** Every rule the document breaks now: core's schema, then core's rules of its event. */
  get violations(): readonly Violation[] {
    const docs = this.ready;
    const application = docs?.application;
    const document = this.value;
    if (!docs || !application || !document) return [];
    if (this.kind !== 'report')
      return this.writer && this.draft
        ? this.writer.violations(this.draft, docs, this.submittedBy, this.locale)
        : [];
    const parsed = parseDocument(ExecutionReportSchema, document, { locale: this.locale });
    if (!parsed.ok) return parsed.violations;
    return reportRuleViolations(application, this.reportEvent(parsed.value));
  }

  /** Sends every document of this kind for this `endpoint` still waiting on the device, now. */
  retryNow(): Promise<void> {
    return this.delivery.retryNow();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.adoptWaiting();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('writes')) {
      this.showErrors = false;
      if (this.writer?.kind !== this.kind) {
        this.writer = undefined;
        this.draft = undefined;
        if (this.kind !== 'report') void this.loadWriter(this.kind);
      }
      if (changed.get('writes') !== undefined) this.adoptWaiting();
    }
  }

  /** Shows a document of this kind an earlier page left waiting on this device as this element's own. */
  private adoptWaiting(): void {
    const waiting = this.delivery.waiting()[0];
    if (waiting && !this.delivery.step) this.delivery.adopt(waiting);
  }

  /**
   * Loads the audit's or the evaluation's writing (a module of its own, fetched once per page),
   * then starts its draft and applies a restored form state waiting for it.
   */
  private async loadWriter(kind: Exclude<ClosingKind, 'report'>): Promise<void> {
    this.writerError = '';
    try {
      const writer =
        kind === 'audit'
          ? (await import('./closing-audit-form.js')).auditWriter
          : (await import('./closing-evaluation-form.js')).evaluationWriter;
      if (this.kind !== kind) return;
      this.writer = writer as unknown as ClosingWriter;
      this.draft = this.initialDraft = writer.empty(
        `${kind === 'audit' ? 'fa' : 'ev'}-${randomId()}`,
      );
      this.applyPendingRestore();
    } catch {
      if (this.kind === kind) this.writerError = this.t('formLoadError');
    }
  }

  /** Core's project event posting `document`, after what this element writes. */
  private event(document: ClosingDocument): ClosingEvent {
    return this.kind === 'report' || !this.writer
      ? this.reportEvent(document as ExecutionReport)
      : this.writer.event(document as FinancialAudit | EvaluationReport, this.submittedBy);
  }

  private reportEvent(report: ExecutionReport): ReportSubmittedEvent {
    return {
      type: 'report-submitted',
      at: report.submittedAt,
      by: report.submittedBy,
      payload: { report },
    };
  }

  // ----- form participation -----

  protected formValue(): string | null {
    if (!this.writing) return null;
    const document = this.value;
    return document ? JSON.stringify(document) : null;
  }

  protected resetValue(): void {
    this.fields = this.initialFields;
    this.draft = this.initialDraft;
    this.showErrors = false;
  }

  protected override restoreReady(): boolean {
    return this.ready !== undefined && (this.kind === 'report' || this.draft !== undefined);
  }

  protected restoreValue(saved: string): void {
    let data: unknown;
    try {
      data = JSON.parse(saved);
    } catch {
      return;
    }
    if (this.kind !== 'report') {
      const draft = this.writer && this.draft && this.writer.restore(data, this.locale, this.draft);
      if (draft) this.draft = draft;
      return;
    }
    const fields = fieldsOfReport(data, this.locale, this.fields);
    if (fields) this.fields = fields;
  }

  protected checkControlValidity(): ControlValidity | undefined {
    if (!this.writing) return undefined;
    if (!this.ready?.application)
      return {
        flags: { valueMissing: true },
        message: this.t(this.kind === 'report' ? 'needsPlan' : 'needsBudget'),
      };
    if (this.kind !== 'report' && !this.draft)
      return { flags: { valueMissing: true }, message: this.writerError || this.t('formLoading') };
    const first = this.violations[0];
    if (!first) return undefined;
    return {
      flags: first.rule === 'too_small' ? { valueMissing: true } : { customError: true },
      message: first.message[this.locale],
    };
  }

  // ----- writing -----

  private setField(key: 'start' | 'end' | 'summary' | 'problems', value: string): void {
    this.fields = { ...this.fields, [key]: value };
  }

  private setOutcome(activity: string, key: 'status' | 'participants' | 'note', value: string) {
    const current = this.fields.activities[activity] ?? { status: '', participants: '', note: '' };
    this.fields = {
      ...this.fields,
      activities: { ...this.fields.activities, [activity]: { ...current, [key]: value } },
    };
  }

  /** The first message for each field id (`period-end`, `activities-0-status`, `lines-0-actual`…). */
  private errorsByField(): { byField: Map<string, string>; other: string[] } {
    const byField = new Map<string, string>();
    const other: string[] = [];
    const writer = this.kind === 'report' ? undefined : this.writer;
    for (const violation of this.violations) {
      const id = writer ? (writer.fieldOf(violation.path) ?? '') : violation.path.join('-');
      const message = violation.message[this.locale];
      if (writer ? id !== '' : FIELD_IDS.some((pattern) => pattern.test(id))) {
        if (!byField.has(id)) byField.set(id, message);
      } else other.push(message);
    }
    return { byField, other };
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const at = new Date().toISOString();
    if (this.kind === 'report') this.fields = { ...this.fields, at };
    else if (this.draft) this.draft = { ...this.draft, at };
    const document = this.value;
    if (!document) return;
    if (this.violations.length > 0) {
      this.showErrors = true;
      const first = [...this.errorsByField().byField.keys()][0];
      this.focusAfter.request(first ? `#f-${first}` : '[part="summary"]');
      return;
    }
    const posted = this.event(document);
    const signal = new QyReportSubmitEvent({ event: posted });
    this.dispatchEvent(signal);
    this.submitted = { id: document.id, at: posted.at };
    this.focusAfter.request('#step-title');
    if (signal.defaultPrevented || !this.endpoint) {
      this.delivery.finishLocally();
      return;
    }
    await this.delivery.send({
      endpoint: this.endpoint,
      body: JSON.stringify(posted),
      summary: JSON.stringify({ id: document.id, at: posted.at }),
      lang: this.locale,
    });
  }

  private announce(
    kind: ClosingKind,
    outcome: DeliveryOutcome,
    mine: boolean,
    before: DeliveryStep | undefined,
  ): void {
    const report = readSummary(outcome.entry.summary, ['id']).id;
    const type = EVENT_TYPES[kind];
    const { event, focus } = postingOutcome(outcome, mine, before, {
      sent: (key, status) => new QyReportSentEvent({ key, report, status, type }),
      queued: (key) => new QyReportQueuedEvent({ key, report, type }),
      rejected: (key, status, message) => new QyReportRejectedEvent({ key, status, message, type }),
    });
    if (focus && kind === this.kind) this.focusAfter.request('#step-title');
    if (event) this.dispatchEvent(event);
  }

  private back(): void {
    this.delivery.reset();
    this.focusAfter.request('#title');
  }

  // ----- rendering -----

  private who(id: string): string {
    const person = this.participants.find((p) => p.id === id);
    return person ? localize(person.name, this.locale) : id;
  }

  private money(amount: bigint | number, currency: string): string {
    return formatMoney({ amount: Number(amount), currency }, this.locale);
  }

  /** What the reading mode shows the public with: words, names and money in the page's language. */
  private get readingView(): ReadingView {
    return {
      locale: this.locale,
      headingLevel: this.headingLevel,
      t: (key, params) => this.t(key, params),
      who: (id) => this.who(id),
      body: (id) => {
        const body = this.bodies.find((b) => b.id === id);
        return body ? localize(body.name, this.locale) : id;
      },
      money: (amount, currency) => this.money(amount, currency),
    };
  }

  protected override render(): TemplateResult | typeof nothing {
    const docs = this.ready;
    if (!docs) return renderLoadState(this.doc.state, (key, params) => this.t(key, params));
    const project =
      this.projectName ||
      (docs.application ? localize(docs.application.title, this.locale) : '') ||
      docs.report?.project ||
      docs.audit?.project ||
      '';
    const step = this.delivery.step;
    return html`<section part="base" aria-labelledby="title">
      ${renderHeading(this.headingLevel, 0, this.t('title', { project }), { id: 'title', tabindex: -1 })}
      ${
        !this.writing
          ? renderClosingReading(this.readingView, docs)
          : step
            ? this.renderDelivery(step)
            : this.renderForm(docs)
      }
    </section>`;
  }

  private renderForm(docs: ClosingDocuments): TemplateResult {
    const kind = this.kind;
    const application = docs.application;
    if (!application)
      return html`<p class="qy-error" part="error">
        ${this.t(kind === 'report' ? 'needsPlan' : 'needsBudget')}
      </p>`;
    const { byField, other } = this.showErrors
      ? this.errorsByField()
      : { byField: new Map<string, string>(), other: [] as string[] };
    const aria = (id: string) => fieldAria(id, byField.has(id));
    const error = (id: string) => fieldError(id, byField.get(id));
    const optional = this.t('optional');
    const count = byField.size + other.length;
    const texts = FORM_TEXTS[kind];
    if (kind !== 'report' && !(this.writer && this.draft)) {
      return this.writerError
        ? html`<div part="error" class="qy-error" role="alert">
            <p>${this.writerError}</p>
            <button type="button" @click=${() => void this.loadWriter(kind)}>
              ${this.t('retry')}
            </button>
          </div>`
        : html`<p part="status" class="qy-status" role="status">${this.t('formLoading')}</p>`;
    }
    const body =
      kind === 'report'
        ? this.renderReportFields(application, aria, error, optional)
        : this.writer!.render({
            ...this.readingView,
            docs,
            fields: this.draft!,
            update: (change) => {
              if (this.draft) this.draft = change(this.draft);
            },
            aria,
            error,
            optional,
          });
    return html`<form part="form" novalidate @submit=${(e: SubmitEvent) => void this.submit(e)}>
      <fieldset class="plain" ?disabled=${this.isDisabled}>
        <legend>${renderHeading(this.headingLevel, 1, this.t(texts.heading))}</legend>
        ${
          count > 0
            ? html`<div part="summary" class="qy-error" role="alert" tabindex="-1">
                <p>${this.t(texts.problems, { count })}</p>
                ${
                  other.length
                    ? html`<p>${this.t('otherProblems')}</p>
                        <ul>
                          ${other.map((message) => html`<li>${message}</li>`)}
                        </ul>`
                    : nothing
                }
              </div>`
            : nothing
        }
        ${body}
        <div class="actions" part="actions">
          <button type="submit" class="primary">${this.t(texts.submit)}</button>
        </div>
      </fieldset>
    </form>`;
  }

  /** The execution report's fields: the period, one outcome per planned activity, summary, problems. */
  private renderReportFields(
    application: Application,
    aria: (id: string) => FieldAria,
    error: (id: string) => TemplateResult | typeof nothing,
    optional: string,
  ): TemplateResult {
    const f = this.fields;
    return html`<div class="row">
        ${(['start', 'end'] as const).map((key) => {
          const id = `period-${key}`;
          const a = aria(id);
          return html`<div class="field">
            ${fieldLabel(id, this.t(key === 'start' ? 'periodStart' : 'periodEnd'))}
            <input
              id="f-${id}"
              part="input"
              type="date"
              .value=${f[key]}
              aria-invalid=${a.invalid}
              aria-describedby=${a.describedBy}
              @input=${(e: Event) => this.setField(key, (e.target as HTMLInputElement).value)}
            />
            ${error(id)}
          </div>`;
        })}
      </div>
      ${application.plan.map((activity, index) => {
        const outcome = f.activities[activity.id] ?? { status: '', participants: '', note: '' };
        const base = `activities-${index}`;
        const status = aria(`${base}-status`);
        const reached = aria(`${base}-participants`);
        return html`<fieldset class="activity" data-activity=${activity.id}>
          <legend>${localize(activity.title, this.locale)}</legend>
          <div class="field">
            ${fieldLabel(`${base}-status`, this.t('status'))}
            <select
              id="f-${base}-status"
              part="input"
              aria-invalid=${status.invalid}
              aria-describedby=${status.describedBy}
              @change=${(e: Event) =>
                this.setOutcome(activity.id, 'status', (e.target as HTMLSelectElement).value)}
            >
              <option value="" ?selected=${outcome.status === ''}>${this.t('chooseStatus')}</option>
              ${STATUSES.map(
                (value) =>
                  html`<option value=${value} ?selected=${outcome.status === value}>
                    ${this.t(`activity-${value}`)}
                  </option>`,
              )}
            </select>
            ${error(`${base}-status`)}
          </div>
          <div class="field">
            ${fieldLabel(`${base}-participants`, this.t('reached'), optional)}
            <input
              id="f-${base}-participants"
              part="input"
              inputmode="numeric"
              .value=${outcome.participants}
              aria-invalid=${reached.invalid}
              aria-describedby=${reached.describedBy}
              @input=${(e: Event) =>
                this.setOutcome(activity.id, 'participants', (e.target as HTMLInputElement).value)}
            />
            ${error(`${base}-participants`)}
          </div>
          <div class="field">
            ${fieldLabel(`${base}-note`, this.t('note'), optional)}
            <input
              id="f-${base}-note"
              part="input"
              .value=${outcome.note}
              @input=${(e: Event) =>
                this.setOutcome(activity.id, 'note', (e.target as HTMLInputElement).value)}
            />
          </div>
        </fieldset>`;
      })}
      ${(['summary', 'problems'] as const).map((key) => {
        const a = aria(key);
        return html`<div class="field">
          ${fieldLabel(key, this.t(key), key === 'problems' ? optional : undefined)}
          <textarea
            id="f-${key}"
            part="input"
            rows="4"
            .value=${f[key]}
            aria-invalid=${a.invalid}
            aria-describedby=${a.describedBy}
            @input=${(e: Event) => this.setField(key, (e.target as HTMLTextAreaElement).value)}
          ></textarea>
          ${error(key)}
        </div>`;
      })}`;
  }

  private renderDelivery(step: DeliveryStep): TemplateResult {
    const receipt = this.submitted
      ? this.submitted
      : readSummary(this.delivery.entry?.summary ?? '', ['id', 'at']);
    return renderDeliveryStatus({
      step,
      refusal: this.delivery.refusal,
      // The audit and the evaluation name what was sent; "Try again now" is the same for all.
      t: (key, params) =>
        this.t(this.kind === 'report' || key === 'retry' ? key : `${this.kind}-${key}`, params),
      onRetry: () => void this.retryNow(),
      part: 'delivery',
      body: receipt.id
        ? html`<p>
            ${this.t(RECEIPTS[this.kind], { id: receipt.id, date: receipt.at.slice(0, 10) })}
          </p>`
        : nothing,
      actions: html`<button type="button" @click=${() => this.back()}>${this.t('back')}</button>`,
    });
  }
}

/** The texts of each kind's form. */
const FORM_TEXTS: Record<
  ClosingKind,
  Record<'heading' | 'problems' | 'submit', ClosingReportMessageKey>
> = {
  report: { heading: 'writeHeading', problems: 'problemsCount', submit: 'submit' },
  audit: { heading: 'writeAuditHeading', problems: 'auditProblems', submit: 'submitAudit' },
  evaluation: {
    heading: 'writeEvaluationHeading',
    problems: 'evaluationProblems',
    submit: 'submitEvaluation',
  },
};

/** The receipt of each kind after submitting. */
const RECEIPTS: Record<ClosingKind, ClosingReportMessageKey> = {
  report: 'submittedReceipt',
  audit: 'auditReceipt',
  evaluation: 'evaluationReceipt',
};

/** The project event each kind of document is posted as. */
const EVENT_TYPES: Record<ClosingKind, ClosingEvent['type']> = {
  report: 'report-submitted',
  audit: 'audit-recorded',
  evaluation: 'evaluation-recorded',
};

/** The field ids of the form, as the violations' paths join (`activities-0-status`). */
const FIELD_IDS = [
  /^period-(start|end)$/,
  /^activities-\d+-(status|participants)$/,
  /^summary$/,
  /^problems$/,
];

function emptyFields(id: string): ReportFields {
  return {
    id,
    start: '',
    end: '',
    activities: {},
    summary: '',
    problems: '',
    at: new Date().toISOString(),
  };
}
