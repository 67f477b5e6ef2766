import { localize, type PbBallotJSON } from '@qingyuan/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { boxReceipt } from '../ballot/box-receipt.js';
import { ballotFingerprint } from '../ballot/ballot-fingerprint.js';
import { copyText, renderReceipt, type CopyState } from '../ballot/ballot-receipt-view.js';
import type { BallotMessageKey } from '../ballot/ballot.messages.js';
import { DocumentController, type DocumentState } from '../data/document-controller.js';
import { renderLoadState } from '../data/load-state-view.js';
import { QyPbBallotQueuedEvent } from '../events/pb-ballot-queued.js';
import { QyPbBallotRejectedEvent } from '../events/pb-ballot-rejected.js';
import { QyPbBallotSentEvent } from '../events/pb-ballot-sent.js';
import { QyPbBallotSubmitEvent } from '../events/pb-ballot-submit.js';
import { QyFormControl, type ControlValidity } from '../form/form-control.js';
import { DeliveryFlow, type DeliveryStep } from '../internal/delivery-flow.js';
import { renderDeliveryStatus } from '../internal/delivery-status-view.js';
import { FocusAfterUpdateController } from '../internal/focus-after-update.js';
import type { DeliveryOutcome } from '../base/outbox.js';
import { ballotBaseStyles } from '../internal/ballot-base-styles.js';
import { sharedStyles } from '../base/shared-styles.js';
import {
  castPbBallot,
  choicesFromSaved,
  listOf,
  moveRanked,
  NO_CHOICES,
  withChosen,
  withPoints,
  withRanked,
  type PbChoices,
} from './pb-ballot-choices.js';
import {
  projectTitle,
  renderCategoryLimits,
  renderErrors,
  renderPbList,
  type PbViewContext,
} from './pb-ballot-list-view.js';
import type { PbBallotBoxController } from './pb-ballot-box.js';
import { renderPbReview } from './pb-ballot-review-view.js';
import {
  ballotLists,
  districtsOf,
  parsePbBallotSheet,
  type PbBallotSheet,
  type PbSheetProject,
} from './pb-ballot-sheet.js';
import { isShortfall, placeViolations } from './pb-ballot-violations.js';
import {
  pbBallotMessages,
  type PbBallotMessageKey,
  type PbReceiptMessageKey,
} from './pb-ballot.messages.js';
import { pbBallotStyles } from './pb-ballot.styles.js';

/** Where the voter is in the PB ballot's flow (`code`: asked for the box's voting code). */
export type PbBallotStep = 'code' | 'vote' | 'review' | DeliveryStep;

const OUTBOX_KEY = 'qingyuan:pb-ballot-outbox';

/**
 * A participatory-budgeting ballot 参与式预算选票 in every Pabulib format: approval (tick between
 * a minimum and a maximum of projects), knapsack (tick within the budget, with a running budget
 * bar announced politely), cumulative (spread points, at most so many per project, with the
 * points left) and ordinal (rank projects with "Up"/"Down" buttons or Alt + arrow keys, no
 * dragging). A voter of a district votes its list and the city-wide list, each with its own
 * limits and budget; per-category limits are shown with what the ballot takes of them. Every
 * rule is core's `checkPbBallot`: its violations appear, localized, beside the project, list or
 * category they concern. Then a review step, submission with the ballot's fingerprint (or the box's receipt), and — with
 * `endpoint` — delivery of core's PB ballot document (`{ district?, projects, points? }`) with
 * an `Idempotency-Key`, kept on the device while offline and retried, never stored twice.
 * Form-associated: inside a host `<form>` its value is that document as JSON under `name`.
 *
 * The sheet (core's `PbBallotElection` document plus the texts of `PbBallotTextsSchema`) comes
 * as the `election` property, a `src` URL, or an inline `<script type="application/json">`.
 *
 * With a Qingyuan ballot box, `box`, `organization` and `election` (the id) are all it needs:
 * it reads the election's sheet from the box, asks for the voting code first when it has none
 * (or takes `code`, or the page URL's `code-param`) and checks it with the box before any
 * choice (an unknown code, or one that has voted, stays at the code field with the reason),
 * casts `{ code, …ballot }` through the
 * offline outbox with an `Idempotency-Key`, and shows the box's receipt whole. A code the box
 * refuses on arrival brings the voter back to the code field with the box's reason and the choices kept;
 * any other refusal (voting closed, already voted) is shown in the box's words, never retried.
 * The box connection is loaded on first need: a page fed a sheet never downloads it.
 *
 * @tag qy-pb-ballot
 * @summary Vote in a participatory budget: approval, knapsack, cumulative or ranked.
 *
 * @slot - An optional `<script type="application/json">` holding the ballot sheet.
 *
 * @event qy-pb-ballot-submit - The voter confirmed a valid ballot (cancelable: stops the POST).
 * @event qy-pb-ballot-sent - The endpoint accepted the ballot.
 * @event qy-pb-ballot-queued - The ballot could not be sent now and waits on the device.
 * @event qy-pb-ballot-rejected - The endpoint refused the ballot for good.
 * @event qy-load - The sheet was read and validated.
 * @event qy-load-error - The sheet is missing, unreachable or malformed.
 *
 * @csspart code-entry - The voting-code step (with a `box`).
 * @csspart code-input - The voting-code text field.
 * @csspart election-status - The notice that the box's election is not open.
 * @csspart code-notice - The notice that the box could not check the voting code now.
 * @csspart base - The outer fieldset around the whole ballot.
 * @csspart header - The title, introduction and how to vote.
 * @csspart district - The district chooser.
 * @csspart list - One list (a district's or the city-wide one).
 * @csspart project - One project.
 * @csspart toggle - A project's tick (label with checkbox), approval and knapsack.
 * @csspart stepper - A project's points with its − and + buttons, cumulative.
 * @csspart points-input - The points field, cumulative.
 * @csspart ranking - The ranked projects, ordinal.
 * @csspart budget - The running budget of a list (text and bar), knapsack.
 * @csspart budget-bar - The bar of the running budget.
 * @csspart points-left - The points left of a list, cumulative.
 * @csspart categories - The per-category limits.
 * @csspart field-error - Core's message beside the project, list or category it concerns.
 * @csspart actions - The row of buttons.
 * @csspart review - The review step.
 * @csspart receipt - The receipt (label and code).
 * @csspart status - Loading status text.
 * @csspart error - The error box shown for a bad sheet.
 *
 * @cssproperty --qy-color-text - Text colour.
 * @cssproperty --qy-color-surface - Background colour.
 * @cssproperty --qy-color-muted - Secondary text colour.
 * @cssproperty --qy-color-border - Border colour of projects and fields.
 * @cssproperty --qy-color-accent - Colour of the primary button, ticks and the budget bar.
 * @cssproperty --qy-color-accent-contrast - Text colour on the accent.
 * @cssproperty --qy-color-danger - Colour of errors and of a budget over its limit.
 * @cssproperty --qy-radius - Corner radius.
 * @cssproperty --qy-space - Base spacing.
 * @cssproperty --qy-target-size - Minimum size of touch targets (44px).
 * @cssproperty --qy-focus-ring - Focus outline.
 * @cssproperty --qy-font-family - Font stack.
 * @cssproperty --qy-pb-ballot-max-width - Maximum width of the ballot.
 * @cssproperty --qy-pb-ballot-bar-height - Height of the budget bar.
 */
export class QyPbBallot extends QyFormControl<PbBallotMessageKey> {
  static override styles = [sharedStyles, ballotBaseStyles, pbBallotStyles];

  protected readonly catalogs = pbBallotMessages;

  /**
   * The ballot sheet: core's `PbBallotElection` document (rules, budget, district budgets,
   * projects with costs, districts and categories) with the texts voters read (title,
   * currency, project titles…). Wins over `src` and an inline JSON child. (The `election`
   * *attribute* is the election's id on the `box`: see `electionId`.)
   */
  @property({ attribute: false }) election: unknown;

  /** A URL to fetch the ballot sheet from. */
  @property() src = '';

  /** Where to POST the ballot (core's PB ballot document as JSON, with an `Idempotency-Key`). */
  @property() endpoint = '';

  /**
   * The base URL of a Qingyuan ballot box (`https://box.example.org`, or relative); with
   * `organization` and `election` (the id) the ballot reads the election's sheet from
   * `GET <box>/organizations/<organization>/pb-elections/<election>` and casts to its
   * `…/ballots` with the voter's code. An `endpoint` still wins for where ballots go.
   */
  @property() box = '';

  /** The id of the organisation that holds the PB election on the `box`. */
  @property() organization = '';

  /** The PB election's id on the `box` (attribute `election`). */
  @property({ attribute: 'election' }) electionId = '';

  /**
   * The voter's voting code (or census identifier) for the `box` election. Without one the
   * ballot asks for it before any choice. Never reflected to an attribute; kept on the device
   * only while a ballot waits to be delivered.
   */
  @property() code = '';

  /**
   * Take the voting code from this query parameter of the page URL when `code` is empty:
   * `code-param="c"` reads `?c=…`; an empty attribute reads `?code=…`. The parameter is
   * removed from the address bar once read.
   */
  @property({ attribute: 'code-param' }) codeParam: string | null = null;

  /**
   * The voter's district: they vote its list and the city-wide list. Empty: when the election
   * has districts the voter picks theirs on the ballot, else the city-wide list only.
   */
  @property() district = '';

  @state() private choices: PbChoices = NO_CHOICES;
  @state() private pickedDistrict = '';
  @state() private step: 'vote' | 'review' = 'vote';
  @state() private showShortfalls = false;
  @state() private announcement = '';
  @state() private copy: CopyState = 'idle';
  private fingerprint = '';

  private readonly focusAfter = new FocusAfterUpdateController(this);

  private readonly doc = new DocumentController<PbBallotSheet>(this, {
    property: () => this.election,
    src: () => this.src,
    parse: (data, locale) => parsePbBallotSheet(data, locale),
    t: (key, params) => this.t(key, params),
    locale: () => this.locale,
    onReady: () => this.sheetReady(),
  });

  /** A sheet was read (given, fetched, or from the box): a fresh ballot on it. */
  private sheetReady(): void {
    this.choices = NO_CHOICES;
    this.step = 'vote';
    this.showShortfalls = false;
    this.applyPendingRestore();
    // A ballot left waiting by an earlier page (offline, tab closed) is shown as queued.
    const waiting = this.delivery.waiting().at(-1);
    if (waiting && !this.delivery.step) {
      this.fingerprint = waiting.summary;
      this.delivery.adopt(waiting);
    }
  }

  /**
   * The connection to the ballot box: loaded on first need, so a ballot fed a sheet never
   * downloads it.
   */
  private boxed: PbBallotBoxController | undefined;
  private connecting: Promise<void> | undefined;

  /** Whether the ballot reads and casts through a ballot box (`box`, `organization`, `election`). */
  private get boxActive(): boolean {
    return !!(this.box.trim() && this.organization.trim() && this.electionId.trim());
  }

  /** The box connection, while the ballot is connected to a box and it has loaded. */
  private get linked(): PbBallotBoxController | undefined {
    return this.boxActive ? this.boxed : undefined;
  }

  private startBox(): void {
    this.connecting ??= import('./pb-ballot-box.js').then(({ PbBallotBoxController: Box }) => {
      this.boxed = new Box(this, {
        ready: () => this.sheetReady(),
        focus: (selector) => this.focusAfter.request(selector),
      });
      this.requestUpdate();
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.boxActive) this.startBox();
  }

  /** Also waits for the box connection, while it loads. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.connecting !== undefined && this.boxed === undefined) {
      await this.connecting;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Where the sheet stands: read from the box when connected to one, else given. */
  private get loadState(): DocumentState<PbBallotSheet> {
    if (this.boxActive) return this.boxed?.state ?? { status: 'loading', source: 'src' };
    return this.doc.state;
  }

  private readonly delivery = new DeliveryFlow(this, {
    endpoint: () => this.postUrl,
    storageKey: OUTBOX_KEY,
    onOutcome: (outcome, mine, before) => this.handle(outcome, mine, before),
  });

  /**
   * Where ballots are posted: `endpoint`, else the `box` election's
   * `…/organizations/<organization>/pb-elections/<election>/ballots` (once the box connection
   * has loaded: see `updateComplete`), else ''.
   */
  get postUrl(): string {
    return this.endpoint || this.linked?.ballots || '';
  }

  /** The ballot as it stands, as core's PB ballot document; undefined before the sheet loads. */
  get value(): PbBallotJSON | undefined {
    const sheet = this.sheet;
    return sheet ? castPbBallot(sheet, this.voterDistrict, this.choices) : undefined;
  }

  /** The step the voter is on. */
  get currentStep(): PbBallotStep {
    return this.delivery.step ?? (this.asksCode ? 'code' : this.step);
  }

  /** Whether the voter is asked for the box's voting code. */
  private get asksCode(): boolean {
    return this.linked?.asking === true;
  }

  private get sheet(): PbBallotSheet | undefined {
    const state = this.loadState;
    return state.status === 'ready' ? state.value : undefined;
  }

  /** The voter's district: the `district` attribute, else the one picked, else none. */
  private get voterDistrict(): string | undefined {
    return this.district || this.pickedDistrict || undefined;
  }

  // ----- form participation -----

  protected formValue(): string | null {
    const ballot = this.value;
    return ballot ? JSON.stringify(ballot) : null;
  }

  protected resetValue(): void {
    this.choices = NO_CHOICES;
    this.pickedDistrict = '';
    this.step = 'vote';
    this.showShortfalls = false;
    this.delivery.reset();
  }

  protected override restoreReady(): boolean {
    return this.sheet !== undefined;
  }

  protected restoreValue(saved: string): void {
    const sheet = this.sheet;
    const restored = sheet ? choicesFromSaved(sheet, saved) : null;
    if (!restored) return;
    this.choices = restored.choices;
    if (!this.district && restored.district && districtsOf(sheet!).includes(restored.district)) {
      this.pickedDistrict = restored.district;
    }
  }

  protected checkControlValidity(): ControlValidity | undefined {
    const sheet = this.sheet;
    const ballot = this.value;
    if (!sheet || !ballot) return { flags: { valueMissing: true }, message: this.t('noSheet') };
    const first = placeViolations(sheet, ballot).all[0];
    if (!first) return undefined;
    return {
      flags: isShortfall(first) ? { valueMissing: true } : { customError: true },
      message: first.message[this.locale],
    };
  }

  // ----- choosing -----

  private pickDistrict(district: string): void {
    this.pickedDistrict = district;
    // Projects of a list the voter no longer sees leave the ballot (castPbBallot drops them).
    const sheet = this.sheet;
    if (!sheet) return;
    const lists = ballotLists(sheet, this.voterDistrict);
    const keep = new Set(sheet.projects.filter((p) => lists.includes(listOf(p))).map((p) => p.id));
    this.choices = {
      chosen: this.choices.chosen.filter((id) => keep.has(id)),
      points: Object.fromEntries(
        Object.entries(this.choices.points).filter(([id]) => keep.has(id)),
      ),
      ranked: this.choices.ranked.filter((id) => keep.has(id)),
    };
  }

  private move(sheet: PbBallotSheet, id: string, step: -1 | 1, focus: 'up' | 'down'): void {
    const project = sheet.byId.get(id);
    if (!project) return;
    const inList = sameList(sheet, project);
    this.choices = moveRanked(this.choices, id, step, inList);
    const ranking = this.choices.ranked.filter(inList);
    const rank = ranking.indexOf(id) + 1;
    this.announcement = this.t('moved', {
      project: projectTitle({ locale: this.locale }, project),
      rank,
      count: ranking.length,
    });
    // Focus stays on the moved project: the same button, or the other one at either end.
    const other = focus === 'up' ? 'down' : 'up';
    const edge = (focus === 'up' && rank === 1) || (focus === 'down' && rank === ranking.length);
    this.focusAfter.request(
      `button[data-move="${edge ? other : focus}"][data-project="${CSS.escape(id)}"]`,
    );
  }

  private rank(sheet: PbBallotSheet, id: string, on: boolean): void {
    this.choices = withRanked(this.choices, id, on);
    const project = sheet.byId.get(id);
    // Focus follows the project: onto its "Up" button once ranked, its "Add" button once out.
    this.focusAfter.request(
      on
        ? `button[data-move][data-project="${CSS.escape(id)}"]:not(:disabled)`
        : `button[data-add="${CSS.escape(id)}"]`,
    );
    if (project && on) {
      const count = this.choices.ranked.filter(sameList(sheet, project)).length;
      this.announcement = this.t('moved', {
        project: projectTitle({ locale: this.locale }, project),
        rank: count,
        count,
      });
    }
  }

  private toReview(sheet: PbBallotSheet): void {
    const ballot = this.value!;
    this.showShortfalls = true;
    if (placeViolations(sheet, ballot).all.length > 0) {
      this.focusAfter.request('.fix-first');
      this.requestUpdate();
      return;
    }
    this.step = 'review';
    this.focusAfter.request('#step-title');
  }

  private back(): void {
    this.step = 'vote';
    this.focusAfter.request('#step-title');
  }

  // ----- submission -----

  private async submit(sheet: PbBallotSheet): Promise<void> {
    const ballot = this.value;
    if (!ballot || this.step !== 'review' || placeViolations(sheet, ballot).all.length > 0) return;
    this.focusAfter.request('#step-title');
    this.delivery.preparing();
    this.fingerprint = await ballotFingerprint(ballot);
    const event = new QyPbBallotSubmitEvent({ ballot, fingerprint: this.fingerprint });
    this.dispatchEvent(event);
    const endpoint = this.postUrl;
    if (event.defaultPrevented || !endpoint) {
      this.delivery.finishLocally();
      return;
    }
    const boxed = this.linked;
    await this.delivery.send({
      endpoint,
      // The box's format: the voting code beside core's ballot document.
      body: boxed ? boxed.bodyOf(ballot) : JSON.stringify(ballot),
      summary: this.fingerprint,
      lang: this.locale,
    });
  }

  /** Sends every ballot of this endpoint still waiting on the device, now. */
  retryNow(): Promise<void> {
    return this.delivery.retryNow();
  }

  private handle(outcome: DeliveryOutcome, mine: boolean, before: DeliveryStep | undefined): void {
    const { key, summary: fingerprint } = outcome.entry;
    switch (outcome.status) {
      case 'sent': {
        if (mine) this.focusAfter.request('#step-title');
        const box = boxReceipt(outcome.answer);
        this.dispatchEvent(
          new QyPbBallotSentEvent({
            key,
            fingerprint,
            status: outcome.httpStatus,
            ...(box ? { receipt: box.receipt } : {}),
          }),
        );
        break;
      }
      case 'queued':
        if (mine && before !== 'queued') {
          this.focusAfter.request('#step-title');
          this.dispatchEvent(new QyPbBallotQueuedEvent({ key, fingerprint }));
        }
        break;
      case 'rejected':
        if (mine && this.linked?.refused(outcome)) {
          // A code the box does not know: corrected in the code field, then back to review.
          this.delivery.reset();
          this.step = 'review';
        } else if (mine) this.focusAfter.request('#step-title');
        this.dispatchEvent(
          new QyPbBallotRejectedEvent({
            key,
            status: outcome.httpStatus,
            message: outcome.message,
          }),
        );
        break;
      case 'busy':
        break;
    }
  }

  /** After a refusal: back to the choices, kept, to change them and send again. */
  private backFromRefusal(): void {
    this.delivery.reset();
    this.back();
  }

  private startOver(): void {
    this.delivery.reset();
    // The next voter on this device gives their own code.
    this.linked?.forgetCode();
    this.choices = NO_CHOICES;
    this.step = 'vote';
    this.showShortfalls = false;
    this.copy = 'idle';
    this.fingerprint = '';
    this.focusAfter.request('#step-title');
  }

  private async copyReceipt(receipt: string): Promise<void> {
    const copied = await copyText(receipt, this.renderRoot.querySelector('.receipt-value'));
    this.copy = copied ? 'copied' : 'failed';
  }

  // ----- rendering -----

  private context(sheet: PbBallotSheet, ballot: PbBallotJSON): PbViewContext {
    return {
      sheet,
      locale: this.locale,
      t: (key, params) => this.t(key, params),
      lists: ballotLists(sheet, this.voterDistrict),
      choices: this.choices,
      ballot,
      placed: placeViolations(sheet, ballot),
      showShortfalls: this.showShortfalls,
      onChosen: (id, on) => (this.choices = withChosen(this.choices, id, on)),
      onPoints: (id, points) => (this.choices = withPoints(this.choices, id, points)),
      onRank: (id, on) => this.rank(sheet, id, on),
      onMove: (id, step, focus) => this.move(sheet, id, step, focus),
    };
  }

  protected override render(): TemplateResult | typeof nothing {
    const sheet = this.sheet;
    if (!sheet) {
      // `box` without `organization` or `election`: name what is missing, not "no document"
      const names = this.box.trim()
        ? [this.organization.trim() ? '' : 'organization', this.electionId.trim() ? '' : 'election']
            .filter(Boolean)
            .join(', ')
        : '';
      return renderLoadState(this.loadState, (key, params) =>
        names && key === 'empty' ? this.t('boxMissing', { names }) : this.t(key, params),
      );
    }
    const ballot = this.value!;
    const title = sheet.texts.title
      ? localize(sheet.texts.title, this.locale)
      : this.t('ballotLabel');
    const context = this.context(sheet, ballot);
    return html`<fieldset part="base" ?disabled=${this.isDisabled}>
      <legend class="visually-hidden">${title}</legend>
      ${
        this.delivery.step
          ? this.renderOutcome()
          : this.asksCode
            ? this.linked!.renderCodeStep()
            : this.step === 'review'
              ? renderPbReview(context, {
                  onBack: () => this.back(),
                  onSubmit: () => void this.submit(sheet),
                })
              : this.renderVote(context, title)
      }
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </fieldset>`;
  }

  private renderVote(context: PbViewContext, title: string): TemplateResult {
    const { sheet, t } = context;
    const format = sheet.election.rules.format;
    const hint =
      format === 'approval'
        ? t('formatApproval')
        : format === 'knapsack'
          ? t('formatKnapsack')
          : format === 'cumulative'
            ? t('formatCumulative')
            : t('formatOrdinal');
    const shownAll = context.placed.all.filter((v) => this.showShortfalls || !isShortfall(v));
    const general = context.placed.ballot.filter((v) => this.showShortfalls || !isShortfall(v));
    const districts = this.district ? [] : districtsOf(sheet);
    return html`<div part="header" class="header">
        <h2 id="step-title" tabindex="-1">${title}</h2>
        ${
          sheet.texts.description
            ? html`<p>${localize(sheet.texts.description, this.locale)}</p>`
            : nothing
        }
        <p class="hint">${hint}</p>
        ${this.linked?.renderStatus()}
      </div>
      ${
        districts.length > 0
          ? html`<div class="district" part="district">
              <label for="district">${t('yourDistrict')}</label>
              <select
                id="district"
                .value=${this.pickedDistrict}
                @change=${(e: Event) => this.pickDistrict((e.target as HTMLSelectElement).value)}
              >
                <option value="" ?selected=${this.pickedDistrict === ''}>${t('noDistrict')}</option>
                ${districts.map((d) => {
                  const name = sheet.texts.districts?.[d];
                  return html`<option value=${d} ?selected=${this.pickedDistrict === d}>
                    ${name ? localize(name, this.locale) : d}
                  </option>`;
                })}
              </select>
            </div>`
          : nothing
      }
      ${renderErrors(context, general, 'ballot-error')}
      ${context.lists.map((list) => renderPbList(context, list))} ${renderCategoryLimits(context)}
      ${
        this.showShortfalls && shownAll.length > 0
          ? html`<p class="alert fix-first" role="alert" tabindex="-1">
              ${t('fixFirst', { count: shownAll.length })}
            </p>`
          : nothing
      }
      <div class="actions" part="actions">
        <button type="button" class="primary" @click=${() => this.toReview(sheet)}>
          ${t('toReview')}
        </button>
      </div>`;
  }

  private renderOutcome(): TemplateResult {
    const step = this.delivery.step!;
    const box = boxReceipt(this.delivery.answer);
    const value = box?.receipt ?? this.fingerprint;
    const body =
      step === 'rejected' || step === 'sending' || !value
        ? nothing
        : renderReceipt({
            // The shared receipt view asks only for the receipt keys, which this catalog has.
            t: (key: BallotMessageKey, params) => this.t(key as PbReceiptMessageKey, params),
            value,
            fromBox: box !== undefined,
            replaced: box?.replaced ?? false,
            copy: this.copy,
            copyable: step === 'sent' || step === 'done',
            onCopy: () => void this.copyReceipt(value),
          });
    return renderDeliveryStatus({
      step,
      refusal: this.delivery.refusal,
      t: (key, params) => this.t(key, params),
      onRetry: () => void this.retryNow(),
      body,
      actions:
        step === 'sent' || step === 'done'
          ? html`<button type="button" @click=${() => this.startOver()}>
              ${this.t('startOver')}
            </button>`
          : step === 'rejected'
            ? html`<button type="button" @click=${() => this.backFromRefusal()}>
                ${this.t('back')}
              </button>`
            : nothing,
    });
  }
}

/** Whether a project id is on the same list as `project` (a district's, or the city-wide one). */
function sameList(sheet: PbBallotSheet, project: PbSheetProject): (id: string) => boolean {
  const list = listOf(project);
  return (id) => {
    const found = sheet.byId.get(id);
    return found !== undefined && listOf(found) === list;
  };
}
