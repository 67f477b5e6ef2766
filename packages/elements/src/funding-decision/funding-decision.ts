import {
  formatMoney,
  allocateFunds,
  checkDecisionOpinions,
  checkSummarySheet,
  fundingDecisionFrom,
  FundingDecisionSchema,
  localize,
  parseDecimalMoney,
  parseDocument,
  ResultsSummarySheetSchema,
  type FundingDecision,
  type FundingDecisionFromResult,
  type FundingOverride,
  type GovernanceBody,
  type LocalizedText,
  type Money,
  type Participant,
  type ResultsSummarySheet,
  type Violation,
} from '@qingyuan/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DocumentController } from '../data/document-controller.js';
import { renderLoadState } from '../data/load-state-view.js';
import { QyFundingDecisionQueuedEvent } from '../events/funding-decision-queued.js';
import { QyFundingDecisionRejectedEvent } from '../events/funding-decision-rejected.js';
import { QyFundingDecisionSentEvent } from '../events/funding-decision-sent.js';
import { QyFundingDecisionSubmitEvent } from '../events/funding-decision-submit.js';
import { QyFormControl, type ControlValidity } from '../form/form-control.js';
import { DeliveryFlow, type DeliveryStep } from '../internal/delivery-flow.js';
import { renderDeliveryStatus } from '../internal/delivery-status-view.js';
import { renderHeading } from '../internal/heading-view.js';
import { FocusAfterUpdateController } from '../internal/focus-after-update.js';
import type { DeliveryOutcome } from '../base/outbox.js';
import { sharedStyles } from '../base/shared-styles.js';
import {
  fundingDecisionMessages,
  type FundingDecisionMessageKey,
} from './funding-decision.messages.js';
import {
  changedGrants,
  fundingDecisionRequest,
  fundingDecisionsAddress,
} from './funding-decision-request.js';
import { fundingDecisionStyles } from './funding-decision.styles.js';
import { renderDecisionRanking } from './decision-ranking-view.js';
import type { DecisionViewContext } from './decision-view-context.js';
import { renderOpinions } from './opinions-view.js';
import { renderOverrides } from './override-form-view.js';
import { renderSignOff } from './sign-off-view.js';
import { renderStoredDecision } from './stored-decision-view.js';

const OUTBOX_KEY = 'qingyuan:funding-decision-outbox';

/** The meeting a posted body decides (the box's request and the document both name it). */
function meetingOf(body: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(body);
    const meeting = (parsed as { meeting?: unknown } | null)?.meeting;
    return typeof meeting === 'string' ? meeting : undefined;
  } catch {
    return undefined;
  }
}

/** The decision in the ballot box's answer (`{ decision, … }`), if it is a valid one. */
function storedDecision(answer: unknown): FundingDecision | undefined {
  if (answer === null || typeof answer !== 'object' || !('decision' in answer)) return undefined;
  const parsed = FundingDecisionSchema.safeParse(answer.decision);
  return parsed.success ? parsed.data : undefined;
}

/** One opinion of a street leader or an expert that the decision weighed. */
export type FundingOpinion = NonNullable<FundingDecision['opinions']>[number];

/** Where the decision stands: computed, or refused by a rule before anything is posted. */
type Outcome =
  | { readonly ok: false; readonly violations: readonly Violation[] }
  | {
      readonly ok: true;
      readonly result: Extract<FundingDecisionFromResult, { ok: true }>;
      /** Rules the decision still breaks (the summary sheet's sign-off). */
      readonly blocking: readonly Violation[];
      /** What core's rule `decision.opinions` finds missing among the opinions. */
      readonly opinions: readonly Violation[];
    };

/** Whether a rule still keeps the computed decision from being posted. */
const blocked = (outcome: Extract<Outcome, { ok: true }>): boolean =>
  outcome.blocking.length > 0 || outcome.opinions.length > 0;

/**
 * The service center's funding decision 资助决定 after the review meeting: the final ranking of
 * the signed results summary sheet 评选结果汇总表 against the fund, the fund line, the grants by
 * the rule (core's `allocateFunds`), changes to them with who decided and why (a reason is
 * required; core's `fundingDecisionFrom` refuses a change that breaks a funding rule and the
 * element shows core's reasons), the opinions of street leaders and experts (core's rule
 * `decision.opinions`, `checkDecisionOpinions`: without them the decision is not posted, and the
 * opinions section says what is missing), and the sheet's sign-off by the supervision and audit
 * group (core's `checkSummarySheet`: without it the decision cannot be posted). The document is core's `fundingDecisionFrom`'s, which passes
 * `checkFundingDecision` against the sheet's ranking by construction.
 *
 * With the Qingyuan ballot box (`@qingyuan/server`), `box`, `organization`, `round` and the
 * service center's `credential` (a property, never an attribute, never stored) are all it
 * needs: it posts the box's request (`fundingDecisionRequest`: the decision's id, meeting,
 * deciders, time, `mode`, `partial`, the changes a person made and the opinions) to
 * `{box}/organizations/{organization}/rounds/{round}/funding-decisions` with
 * `Authorization: Bearer {credential}` — the box recomputes the grants from the meeting's
 * published ranking and is the system of record — and then shows the decision the box stored,
 * or the box's own reasons when it refuses (a broken rule, a second decision for the meeting).
 *
 * Without `box` it posts core's `FundingDecision` document as JSON to `endpoint`. Either way the
 * delivery goes through the device's outbox (an `Idempotency-Key` on every attempt; kept and
 * retried while offline; the credential is read at each attempt and never written to
 * localStorage). It is form-associated: inside a host `<form>` its value is the decision's JSON
 * under `name`, and it is invalid while a rule blocks the decision.
 *
 * @tag qy-funding-decision
 * @summary The final ranking against the fund, recorded changes and opinions; posts the decision.
 *
 * @slot - An optional `<script type="application/json">` with the summary sheet.
 *
 * @event qy-funding-decision-submit - The decision is about to be posted (`detail.decision`); cancelable.
 * @event qy-funding-decision-sent - The server accepted the decision (`detail.answer`: the box's `{ decision, differences, projects, receipt }`).
 * @event qy-funding-decision-queued - The decision waits on the device for the connection.
 * @event qy-funding-decision-rejected - The server refused the decision (`detail.message`).
 * @event qy-load - The summary sheet was read.
 * @event qy-load-error - The summary sheet is malformed or `src` failed.
 *
 * @csspart base - The outer section.
 * @csspart fund - The fund, granted and remaining.
 * @csspart sign-off - The summary sheet's sign-off (or why the decision is blocked).
 * @csspart ranking - The table of the final ranking against the fund.
 * @csspart fund-line - The row marking where the fund runs out.
 * @csspart overrides - The recorded changes.
 * @csspart override-form - The form recording a change.
 * @csspart opinions - The opinions of street leaders and experts.
 * @csspart opinion-form - The form adding an opinion.
 * @csspart field-error - The message beside a field that breaks a rule.
 * @csspart post - The button posting the decision.
 * @csspart delivery - The delivery step (sending, received, waiting, refused).
 * @csspart stored - The decision the ballot box stored (box mode).
 * @csspart actions - The delivery step's buttons.
 * @csspart status - Loading status text.
 * @csspart error - The error box shown for a bad summary sheet.
 *
 * @cssproperty --qy-color-text - Text colour.
 * @cssproperty --qy-color-surface - Background colour.
 * @cssproperty --qy-color-muted - Secondary text.
 * @cssproperty --qy-color-border - Borders and table rules.
 * @cssproperty --qy-color-accent - The main button and the fund line.
 * @cssproperty --qy-color-danger - Errors.
 * @cssproperty --qy-radius - Corner radius.
 * @cssproperty --qy-space - Base spacing.
 * @cssproperty --qy-funding-decision-max-width - Maximum width.
 */
export class QyFundingDecision extends QyFormControl<FundingDecisionMessageKey> {
  static override styles = [sharedStyles, fundingDecisionStyles];

  protected readonly catalogs = fundingDecisionMessages;

  /** The signed results summary sheet (`ResultsSummarySheet`); wins over `src` and inline JSON. */
  @property({ attribute: false }) sheet: unknown;

  /** A URL to fetch the summary sheet from. */
  @property() src = '';

  /**
   * The level of the element's heading (2–6, default 2), so it fits the host page's outline; the
   * headings of its sections are one level below.
   */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** The fund (`Money`, integer minor units) the ranking is funded from. */
  @property({ attribute: false }) fund: Money | undefined;

  /** The governance bodies: who may sign the sheet off (core's sign-off rule needs them). */
  @property({ attribute: false }) bodies: readonly GovernanceBody[] = [];

  /** The participants, to show names instead of ids and to pick deciders and opinions from. */
  @property({ attribute: false }) participants: readonly Participant[] = [];

  /** Who may decide a change (participant ids, the service center first); default: the service center's members. */
  @property({ attribute: false }) deciders: readonly string[] | undefined;

  /** Changes already recorded (`FundingOverride[]`), e.g. restored from the host's storage. */
  @property({ attribute: false }) overrides: readonly FundingOverride[] = [];

  /** Opinions already recorded. */
  @property({ attribute: false }) opinions: readonly FundingOpinion[] = [];

  /** The decision document's id (default `fd-` and the meeting's id). */
  @property({ attribute: 'decision-id' }) decisionId = '';

  /** The decision's time (ISO 8601 with offset); default: when it is posted. */
  @property({ attribute: 'decided-at' }) decidedAt = '';

  /** How the fund follows the ranking: `skip` (fund every project that still fits) or `strict`. */
  @property() mode: 'skip' | 'strict' = 'skip';

  /** Grant the remainder of the fund to the first project that does not fit. */
  @property({ type: Boolean }) partial = false;

  /**
   * Where to POST the decision (core's `FundingDecision` as JSON) when there is no `box`;
   * nothing is sent without either.
   */
  @property() endpoint = '';

  /**
   * The Qingyuan ballot box's base URL (`https://box.example`, or a path of the page's origin).
   * With `organization` and `round` the decision goes to the box's
   * `…/organizations/{organization}/rounds/{round}/funding-decisions`, in the box's format, and
   * `endpoint` is not used.
   */
  @property() box = '';

  /** The organisation's id on the ballot box (used with `box`). */
  @property() organization = '';

  /** The round's id on the ballot box (used with `box`). */
  @property() round = '';

  /**
   * The service center's credential of the round on the ballot box, sent as
   * `Authorization: Bearer …` with every attempt. A property only: never an attribute, never
   * reflected, never written to the device's outbox (a decision waiting offline is posted with
   * the credential the element has when it is retried; while it has none, the decision waits).
   */
  @property({ attribute: false }) credential = '';

  @state() private recorded: FundingOverride[] = [];
  @state() private recordedOpinions: FundingOpinion[] = [];
  @state() private overrideErrors: { amount?: string; reason?: string; rules?: string[] } = {};
  @state() private opinionError = '';
  @state() private showBlocking = false;
  @state() private notice = '';
  @state() private posted: FundingDecision | undefined;
  /** The decision as the ballot box stored it (box mode, once it answered). */
  @state() private stored: FundingDecision | undefined;
  @state() private credentialMissing = false;

  /** When the element started: the decision's time on screen until it is posted. */
  private startedAt = new Date().toISOString();

  private readonly focusAfter = new FocusAfterUpdateController(this);

  private readonly doc = new DocumentController<ResultsSummarySheet>(this, {
    property: () => this.sheet,
    src: () => this.src,
    parse: (data, locale) => parseDocument(ResultsSummarySheetSchema, data, { locale }),
    t: (key, params) => this.t(key, params),
    locale: () => this.locale,
  });

  /** Whether a decision left waiting on this device was looked for (once the sheet is known). */
  private waitingChecked = false;

  private readonly delivery = new DeliveryFlow(this, {
    endpoint: () => this.target(),
    storageKey: OUTBOX_KEY,
    // Read at every attempt and never stored: without a credential a box's decision waits.
    headers: (): Record<string, string> | undefined => {
      if (!this.boxMode()) return {};
      return this.credential ? { Authorization: `Bearer ${this.credential}` } : undefined;
    },
    onOutcome: (outcome, mine, before) => this.announce(outcome, mine, before),
  });

  /** The decision as it stands (undefined while the sheet or the fund is missing or a change is refused). */
  get value(): FundingDecision | undefined {
    const outcome = this.outcome();
    return outcome?.ok ? outcome.result.decision : undefined;
  }

  /** The delivery step, once the decision was posted. */
  get step(): DeliveryStep | undefined {
    return this.delivery.step;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('overrides')) this.recorded = [...this.overrides];
    if (changed.has('opinions')) this.recordedOpinions = [...this.opinions];
    if (changed.has('credential') && this.credential) this.credentialMissing = false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.adoptWaiting();
    // A decision waiting for the credential goes as soon as the host gives one.
    if (changed.has('credential') && this.credential && this.boxMode()) {
      if (this.delivery.waiting().length > 0) void this.retryNow();
    }
  }

  /**
   * Shows a decision an earlier page left waiting on this device as this element's own, once
   * the sheet says which meeting it decides: a round's meetings share the box's address, so a
   * decision waiting for another meeting is delivered (the outbox sends every entry of the
   * address) but never shown as this one's.
   */
  private adoptWaiting(): void {
    const meeting = this.readySheet?.meeting;
    if (this.waitingChecked || meeting === undefined || this.delivery.step !== undefined) return;
    this.waitingChecked = true;
    const waiting = this.delivery.waiting().find((entry) => meetingOf(entry.body) === meeting);
    if (waiting) this.delivery.adopt(waiting);
  }

  /** Whether the decision goes to the Qingyuan ballot box (`box` is set). */
  private boxMode(): boolean {
    return this.box.trim() !== '';
  }

  /** Where the decision is posted: the box's route in box mode, else `endpoint` ('' for none). */
  private target(): string {
    return this.boxMode()
      ? fundingDecisionsAddress(this.box, this.organization, this.round)
      : this.endpoint;
  }

  private get readySheet(): ResultsSummarySheet | undefined {
    return this.doc.state.status === 'ready' ? this.doc.state.value : undefined;
  }

  private rows(sheet: ResultsSummarySheet) {
    return [...sheet.rows].sort((a, b) => a.rank - b.rank);
  }

  private deciderIds(): string[] {
    if (this.deciders && this.deciders.length > 0) return [...this.deciders];
    const center = this.bodies
      .filter((body) => body.kind === 'service-center')
      .flatMap((body) => body.members.map((m) => m.participant));
    return center.length > 0 ? center : this.participants.map((p) => p.id);
  }

  private opinionGivers(): string[] {
    const givers = this.participants
      .filter((p) => p.roles.some((role) => role === 'street-office' || role === 'expert'))
      .map((p) => p.id);
    return givers.length > 0 ? givers : this.participants.map((p) => p.id);
  }

  private personName(id: string): string {
    const found = this.participants.find((p) => p.id === id);
    return found ? localize(found.name, this.locale) : id;
  }

  private projectTitle(sheet: ResultsSummarySheet, project: string): string {
    const row = sheet.rows.find((r) => r.project === project);
    return row ? localize(row.title, this.locale) : project;
  }

  private money(amount: number): string {
    return formatMoney({ amount, currency: this.fund?.currency ?? 'CNY' }, this.locale);
  }

  private at(): string {
    return this.decidedAt || this.startedAt;
  }

  /** Core's decision from the rule's allocation and the given changes, and what still blocks it. */
  private outcome(overrides: readonly FundingOverride[] = this.recorded): Outcome | undefined {
    const sheet = this.readySheet;
    const fund = this.fund;
    if (!sheet || !fund) return undefined;
    const rows = this.rows(sheet);
    const allocated = allocateFunds(
      rows.map((row) => ({ project: row.project, requested: row.requested })),
      fund,
      { mode: this.mode === 'strict' ? 'strict' : 'skip', partial: this.partial },
    );
    if (!allocated.ok) return allocated;
    const deciders = this.deciderIds();
    const first = deciders[0] ?? 'service-center';
    const by = [first, ...new Set(overrides.map((o) => o.by).filter((id) => id !== first))];
    const result = fundingDecisionFrom(allocated.allocation, overrides, {
      id: this.decisionId || `fd-${sheet.meeting}`,
      meeting: sheet.meeting,
      decidedBy: [by[0]!, ...by.slice(1)],
      decidedAt: this.at(),
      ...(this.recordedOpinions.length > 0 ? { opinions: this.recordedOpinions } : {}),
    });
    if (!result.ok) return result;
    // fundingDecisionFrom's document passes checkFundingDecision against this ranking by
    // construction (its tests hold it to that), so the sheet's sign-off and the opinions (core's
    // `decision.opinions`, which the box checks too) are what is checked here.
    const sheetCheck = checkSummarySheet(sheet, {
      bodies: this.bodies,
      before: result.decision.decidedAt,
    });
    const opinionCheck = checkDecisionOpinions(
      result.decision,
      this.participants.length > 0 ? this.participants : undefined,
    );
    return {
      ok: true,
      result,
      blocking: sheetCheck.ok ? [] : sheetCheck.violations,
      opinions: opinionCheck.ok ? [] : opinionCheck.violations,
    };
  }

  // ----- form association -----

  protected formValue(): string | null {
    const outcome = this.outcome();
    return outcome?.ok && !blocked(outcome) ? JSON.stringify(outcome.result.decision) : null;
  }

  protected resetValue(): void {
    this.recorded = [...this.overrides];
    this.recordedOpinions = [...this.opinions];
    this.overrideErrors = {};
    this.opinionError = '';
    this.showBlocking = false;
    this.notice = '';
    this.stored = undefined;
    this.credentialMissing = false;
    this.delivery.reset();
  }

  protected override restoreReady(): boolean {
    return this.readySheet !== undefined && this.fund !== undefined;
  }

  /** Reads back the changes and opinions of a decision saved by the browser (its JSON). */
  protected restoreValue(state: string): void {
    let saved: FundingDecision;
    try {
      saved = JSON.parse(state) as FundingDecision;
    } catch {
      return;
    }
    const rule = this.outcome([]);
    if (!rule?.ok || !Array.isArray(saved.departures) || !Array.isArray(saved.grants)) return;
    this.recorded = changedGrants(
      saved,
      new Map(rule.result.grants.map((g) => [g.project, g.granted])),
    );
    this.recordedOpinions = Array.isArray(saved.opinions) ? saved.opinions : [];
  }

  protected checkControlValidity(): ControlValidity | undefined {
    const outcome = this.outcome();
    if (!outcome) return { flags: { valueMissing: true }, message: this.t('empty') };
    const problems = outcome.ok ? [...outcome.blocking, ...outcome.opinions] : outcome.violations;
    if (problems.length === 0) return undefined;
    const anchor = this.renderRoot.querySelector<HTMLElement>('[part="post"]') ?? undefined;
    return {
      flags: { customError: true },
      message: problems.map((v) => v.message[this.locale]).join(' '),
      ...(anchor ? { anchor } : {}),
    };
  }

  // ----- changes and opinions -----

  private recordOverride(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const project = String(data.get('project') ?? '');
    const amountText = String(data.get('amount') ?? '').trim();
    const by = String(data.get('by') ?? '');
    const reason = String(data.get('reason') ?? '').trim();
    const errors: typeof this.overrideErrors = {};
    const amount = parseDecimalMoney(amountText, this.fund?.currency ?? 'CNY');
    if (!amountText || !amount.ok) errors.amount = this.t('amountInvalid');
    if (!reason) errors.reason = this.t('reasonRequired');
    if (errors.amount || errors.reason || !amount.ok) {
      this.overrideErrors = errors;
      this.focusAfter.request(errors.amount ? '#f-amount' : '#f-reason');
      return;
    }
    const override: FundingOverride = {
      project,
      granted: amount.amount,
      by,
      reason: { [this.locale]: reason } as LocalizedText,
      decidedAt: new Date().toISOString(),
    };
    const next = [...this.recorded.filter((o) => o.project !== project), override];
    const check = this.outcome(next);
    if (check && !check.ok) {
      this.overrideErrors = { rules: check.violations.map((v) => v.message[this.locale]) };
      this.focusAfter.request('#override-refused');
      return;
    }
    this.recorded = next;
    this.overrideErrors = {};
    form.reset();
    const sheet = this.readySheet;
    this.notice = sheet
      ? `${this.projectTitle(sheet, project)}: ${this.money(amount.amount)}`
      : this.money(amount.amount);
  }

  private removeOverride(project: string): void {
    this.recorded = this.recorded.filter((o) => o.project !== project);
    this.focusAfter.request('#override-project');
  }

  private addOpinion(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const text = String(data.get('opinion') ?? '').trim();
    if (!text) {
      this.opinionError = this.t('opinionRequired');
      this.focusAfter.request('#f-opinion');
      return;
    }
    const opinion: FundingOpinion = {
      by: String(data.get('opinion-by') ?? ''),
      text: { [this.locale]: text } as LocalizedText,
    };
    this.recordedOpinions = [...this.recordedOpinions, opinion];
    this.opinionError = '';
    form.reset();
  }

  private removeOpinion(index: number): void {
    this.recordedOpinions = this.recordedOpinions.filter((_, i) => i !== index);
    this.focusAfter.request('#opinion-by');
  }

  // ----- posting -----

  private async post(): Promise<void> {
    const outcome = this.outcome();
    if (!outcome?.ok || blocked(outcome)) {
      // Nothing is posted; the problems show where they are, the first one gets the focus.
      this.showBlocking = true;
      this.focusAfter.request(
        outcome?.ok && outcome.blocking.length === 0 ? '#f-opinion' : '#blocking',
      );
      return;
    }
    if (this.boxMode() && !this.credential) {
      // The box only takes a decision from the service center's credential: nothing is posted.
      this.credentialMissing = true;
      this.focusAfter.request('#no-credential');
      return;
    }
    const decision: FundingDecision = {
      ...outcome.result.decision,
      decidedAt: this.decidedAt || new Date().toISOString(),
    };
    this.posted = decision;
    this.stored = undefined;
    this.focusAfter.request('#step-title');
    const event = new QyFundingDecisionSubmitEvent({ decision });
    this.dispatchEvent(event);
    const endpoint = this.target();
    if (event.defaultPrevented || !endpoint) {
      this.delivery.finishLocally();
      return;
    }
    // The box decides from the meeting's published ranking itself: it takes the changes a
    // person made to the rule's grants, not the whole document.
    const body = this.boxMode()
      ? fundingDecisionRequest(
          decision,
          new Map(outcome.result.grants.map((g) => [g.project, g.ruleGranted] as const)),
          { mode: this.mode === 'strict' ? 'strict' : 'skip', partial: this.partial },
        )
      : decision;
    await this.delivery.send({
      endpoint,
      body: JSON.stringify(body),
      summary: decision.id,
      lang: this.locale,
    });
  }

  /** Posts every decision for this `endpoint` still waiting on the device, now. */
  retryNow(): Promise<void> {
    return this.delivery.retryNow();
  }

  private announce(
    outcome: DeliveryOutcome,
    mine: boolean,
    before: DeliveryStep | undefined,
  ): void {
    const { key, summary: decision } = outcome.entry;
    if (mine) this.focusAfter.request('#step-title');
    switch (outcome.status) {
      case 'sent':
        if (mine && this.boxMode()) this.stored = storedDecision(outcome.answer);
        this.dispatchEvent(
          new QyFundingDecisionSentEvent({
            key,
            decision,
            status: outcome.httpStatus,
            answer: outcome.answer,
          }),
        );
        break;
      case 'queued':
        if (mine && before !== 'queued')
          this.dispatchEvent(new QyFundingDecisionQueuedEvent({ key, decision }));
        break;
      case 'rejected':
        this.dispatchEvent(
          new QyFundingDecisionRejectedEvent({
            key,
            decision,
            status: outcome.httpStatus,
            message: outcome.message,
          }),
        );
        break;
      case 'busy':
        break;
    }
  }

  private backToDecision(): void {
    this.delivery.reset();
    this.focusAfter.request('[part="post"]');
  }

  // ----- rendering -----

  protected override render(): TemplateResult | typeof nothing {
    const state = this.doc.state;
    if (state.status !== 'ready') return renderLoadState(state, (k, p) => this.t(k, p));
    const sheet = state.value;
    const step = this.delivery.step;
    if (step) return this.renderDelivery(step);
    if (!this.fund) {
      return html`<p part="status" class="qy-status">${this.t('noFund')}</p>`;
    }
    const outcome = this.outcome();
    if (!outcome) return nothing;
    return html`<section part="base" aria-labelledby="heading">
      ${renderHeading(this.headingLevel, 0, this.t('title'), { id: 'heading', className: 'title' })}
      ${
        outcome.ok
          ? html`<p part="fund" class="fund">
                ${this.t('fund', {
                  fund: this.money(this.fund.amount),
                  granted: this.money(outcome.result.granted),
                  remaining: this.money(outcome.result.remaining),
                })}
              </p>
              ${renderSignOff(this.view, sheet, this.bodies, outcome.blocking)}
              ${renderDecisionRanking(this.view, sheet, outcome.result, this.fund.amount)}`
          : html`<div part="error" class="qy-error" role="alert">
              <ul>
                ${outcome.violations.map((v) => html`<li>${v.message[this.locale]}</li>`)}
              </ul>
            </div>`
      }
      ${this.renderOverrides(sheet)}
      ${renderOpinions(this.view, {
        opinions: this.recordedOpinions,
        givers: this.opinionGivers(),
        // The field's own error, then what core's rule finds missing once a post was tried.
        error: [
          this.opinionError,
          ...(this.showBlocking && outcome.ok ? outcome.opinions : []).map(
            (v) => v.message[this.locale],
          ),
        ]
          .join(' ')
          .trim(),
        onRemove: (i) => this.removeOpinion(i),
        onSubmit: (e) => this.addOpinion(e),
      })}
      ${
        this.showBlocking && outcome.ok && blocked(outcome)
          ? html`<p class="field-error" role="alert">${this.t('blocked')}</p>`
          : nothing
      }
      ${
        this.credentialMissing && this.boxMode() && !this.credential
          ? html`<p id="no-credential" class="field-error" role="alert" tabindex="-1">
              ${this.t('noCredential')}
            </p>`
          : nothing
      }
      <button
        type="button"
        part="post"
        class="primary"
        aria-disabled=${outcome.ok && !blocked(outcome) ? 'false' : 'true'}
        @click=${() => void this.post()}
      >
        ${this.t('post')}
      </button>
    </section>`;
  }

  /** What the views read: words, names and money in the page's language. */
  private get view(): DecisionViewContext {
    return {
      locale: this.locale,
      headingLevel: this.headingLevel,
      t: (key, params) => this.t(key, params),
      money: (amount) => this.money(amount),
      personName: (id) => this.personName(id),
      projectTitle: (sheet, project) => this.projectTitle(sheet, project),
    };
  }

  private renderOverrides(sheet: ResultsSummarySheet): TemplateResult {
    const byRule = this.outcome([]);
    const ruleGrants = byRule?.ok ? byRule.result.grants : [];
    return renderOverrides(this.view, {
      sheet,
      rows: this.rows(sheet),
      recorded: this.recorded,
      ruleGranted: (project) => ruleGrants.find((g) => g.project === project)?.granted ?? 0,
      deciders: this.deciderIds(),
      errors: this.overrideErrors,
      currency: this.fund?.currency ?? 'CNY',
      notice: this.notice,
      onRemove: (project) => this.removeOverride(project),
      onSubmit: (e) => this.recordOverride(e),
    });
  }

  private renderDelivery(step: DeliveryStep): TemplateResult {
    const decision = this.stored ?? this.posted;
    return renderDeliveryStatus({
      step,
      refusal: this.delivery.refusal,
      t: (key, params) => this.t(key, params),
      onRetry: () => void this.retryNow(),
      part: 'delivery',
      body: html`${
        decision
          ? html`<p>
              ${this.t('decisionId', {
                id: decision.id,
                names: decision.decidedBy
                  .map((id) => this.personName(id))
                  .join(this.locale === 'zh-CN' ? '、' : ', '),
                at: decision.decidedAt.slice(0, 16).replace('T', ' '),
              })}
            </p>`
          : nothing
      }${this.stored ? renderStoredDecision(this.view, this.stored, this.readySheet) : nothing}${
        step === 'done' && !this.target()
          ? html`<p>${this.t(this.boxMode() ? 'notSentNoRound' : 'notSent')}</p>`
          : nothing
      }`,
      actions:
        step === 'rejected'
          ? html`<button type="button" @click=${() => this.backToDecision()}>
              ${this.t('title')}
            </button>`
          : nothing,
    });
  }
}
