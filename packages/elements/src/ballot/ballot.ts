import {
  localize,
  type Catalogs,
  parseDocument,
  ReviewMeetingSchema,
  type Ballot,
  type Mark,
  type ReviewMeeting,
} from '@qingyuan/core';
import { adoptStyles, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DocumentController } from '../data/document-controller.js';
import { renderLoadState } from '../data/load-state-view.js';
import { QyFormControl, type ControlValidity } from '../form/form-control.js';
import type { DeliveryFlow } from '../internal/delivery-flow.js';
import { FocusAfterUpdateController } from '../internal/focus-after-update.js';
import { outboxHolds } from '../base/outbox-key.js';
import { joinCatalogs } from '../i18n/join-catalogs.js';
import { ballotBaseStyles } from '../internal/ballot-base-styles.js';
import { sharedStyles } from '../base/shared-styles.js';
import {
  ballotAddresses,
  unwrapBoxMeeting,
  type BallotAddresses,
  type BoxMeetingStatus,
} from './ballot-box-address.js';
import { castMarks, markProgress, restoredMarks, withMark, type Marks } from './ballot-marks.js';
import { renderProject, type BallotViewContext } from './ballot-project-view.js';
import type * as LaterModule from './ballot-delivery.js';
import type { BallotOutcome } from './ballot-outcome.js';
import { renderReview } from './ballot-review-view.js';
import { ballotVoteMessages, type BallotMessageKey } from './ballot.messages.js';
import { ballotStyles } from './ballot.styles.js';
import type { DeliveredBallot } from './delivered-ballots.js';
import type { VotingCodeController } from './voting-code-controller.js';

/** The module `<qy-ballot>` loads on demand: the code step, the delivery and the receipt. */
type Later = typeof LaterModule;

/** Where the voter is in the ballot's flow. */
export type BallotStep =
  'code' | 'vote' | 'review' | 'sending' | 'done' | 'sent' | 'queued' | 'rejected';

/**
 * The voter of the interchange ballot cast with an anonymous voting code (no `voter` set): the
 * ballot box decides who the code stands for.
 *
 * @example
 * ballot.addEventListener('qy-ballot-submit', (e) => {
 *   if (e.detail.ballot.voter === ANONYMOUS_VOTER) console.log('cast with an anonymous code');
 * });
 */
export const ANONYMOUS_VOTER = 'anonymous';

/**
 * A review-meeting ballot: every project of the meeting with its criteria, marked by approval
 * toggles or score radio groups per the meeting's method; a review step; submission with a
 * receipt, and — with an endpoint — delivery with an idempotency key that survives going
 * offline. Form-associated: inside a host `<form>` it submits the ballot as JSON under `name`.
 *
 * With the Qingyuan ballot box (`@qingyuan/server`), `box` and `meeting` are all it needs:
 * `<qy-ballot box="https://box.example" meeting="m1">` reads the meeting from the box, asks
 * the voter for the voting code (or takes it from `code`, or from the page URL with
 * `code-param`, then removes it from the address bar), checks it with the box before the voter
 * marks anything, posts `{ code, marks }` and shows the box's receipt — also after an outage
 * or a reload, instead of a fresh ballot. A code the box refuses brings the voter back to the
 * code field with the marks kept.
 *
 * Without a box the meeting comes as the `meeting` property, a `src` URL, or an inline
 * `<script type="application/json">` child, and `endpoint` says where to post.
 *
 * @tag qy-ballot
 * @summary Vote on every project of a review meeting, per criterion, and submit the ballot.
 *
 * @slot - An optional `<script type="application/json">` holding the meeting document.
 *
 * @event qy-ballot-submit - The voter confirmed the ballot (cancelable: stops the POST).
 * @event qy-ballot-sent - The endpoint accepted the ballot.
 * @event qy-ballot-queued - The ballot could not be sent now and waits on the device.
 * @event qy-ballot-rejected - The endpoint refused the ballot for good, or the box refused to check a code for a reason other than the code (`key` is then empty).
 * @event qy-load - The meeting was read and validated.
 * @event qy-load-error - The meeting is missing, unreachable or malformed.
 *
 * @csspart base - The outer fieldset around the whole ballot.
 * @csspart header - The title and progress.
 * @csspart code-entry - The voting-code step.
 * @csspart code-input - The voting-code text field.
 * @csspart project - One project's card.
 * @csspart details - A project's expandable details.
 * @csspart recused-reason - Why a project cannot be voted on.
 * @csspart toggle - An approval toggle (label with checkbox).
 * @csspart score-group - One criterion's score choices (fieldset with the criterion as legend).
 * @csspart score-option - One score choice (label with radio).
 * @csspart actions - The row of buttons.
 * @csspart review - The review step.
 * @csspart receipt - The receipt (label and code).
 * @csspart status - Loading and progress status text.
 * @csspart error - The error box shown for a bad meeting document.
 *
 * @cssproperty --qy-color-text - Text colour.
 * @cssproperty --qy-color-surface - Background colour.
 * @cssproperty --qy-color-muted - Secondary text colour.
 * @cssproperty --qy-color-border - Border colour of cards and choices.
 * @cssproperty --qy-color-accent - Colour of the primary button and chosen marks.
 * @cssproperty --qy-color-accent-contrast - Text colour on the accent.
 * @cssproperty --qy-color-danger - Colour of errors.
 * @cssproperty --qy-radius - Corner radius.
 * @cssproperty --qy-space - Base spacing.
 * @cssproperty --qy-target-size - Minimum size of touch targets (44px).
 * @cssproperty --qy-focus-ring - Focus outline.
 * @cssproperty --qy-font-family - Font stack.
 * @cssproperty --qy-ballot-max-width - Maximum width of the ballot.
 * @cssproperty --qy-ballot-card-background - Background of project cards.
 */
export class QyBallot extends QyFormControl<BallotMessageKey> {
  static override styles = [sharedStyles, ballotBaseStyles, ballotStyles];

  /**
   * The shipped text: what the ballot shows before anything is sent, joined by the code step's
   * and the delivery's when their module arrives (see {@link loadLater}). Only what that module
   * renders asks for its keys, so none is missing when asked for.
   */
  protected catalogs = ballotVoteMessages as Catalogs<BallotMessageKey>;

  /**
   * The review meeting (interchange format); wins over `src`, `box` + `meeting` and an inline
   * JSON child. (The `meeting` *attribute* is the meeting's id on the box: see `meetingId`.)
   */
  @property({ attribute: false }) meeting: unknown;

  /** A URL to fetch the meeting document from. */
  @property() src = '';

  /**
   * The Qingyuan ballot box's base URL (`https://box.example`). With `meeting` (the id) the
   * ballot reads the meeting, posts ballots and checks codes there, with no other setting.
   */
  @property() box = '';

  /** The meeting's id on the ballot box (attribute `meeting`); used with `box`. */
  @property({ attribute: 'meeting' }) meetingId = '';

  /**
   * The id of the voter casting this ballot (drives own-community recusal). With a voting code
   * issued to a named voter, set it to that voter; with an anonymous code, leave it empty.
   */
  @property() voter = '';

  /**
   * Where to POST the ballot (JSON, with an `Idempotency-Key` header). With `box` + `meeting`
   * it defaults to the box's `…/meetings/<id>/ballots`.
   */
  @property() endpoint = '';

  /**
   * The voter's one-time voting code from the ballot box. With a code the ballot posts the
   * box's format `{ code, marks }` instead of the interchange ballot. Never reflected to an
   * attribute; kept on the device only while a ballot waits to be delivered. Without one, the
   * ballot asks the voter for it.
   */
  @property() code = '';

  /**
   * Take the voting code from this query parameter of the page URL when `code` is empty:
   * `code-param="c"` reads `?c=…` (the link a ballot box QR sheet's `voteUrl` makes); an empty
   * attribute reads `?code=…`. The parameter is removed from the address bar once read.
   */
  @property({ attribute: 'code-param' }) codeParam: string | null = null;

  @state() private step: 'code' | 'vote' | 'review' = 'vote';
  @state() private marks: Marks = {};
  @state() private showIncomplete = false;
  /** A ballot this device delivered earlier for this voter, shown instead of a fresh one. */
  @state() private earlier: DeliveredBallot | undefined;
  @state() private boxStatus: BoxMeetingStatus | undefined;

  /** Where the code step goes once the code is accepted. */
  private resumeStep: 'vote' | 'review' = 'vote';
  /** Increases with every {@link resume}: a slower, older run gives way. */
  private resumeRun = 0;
  private readonly focusAfter = new FocusAfterUpdateController(this);

  private readonly doc = new DocumentController<ReviewMeeting>(this, {
    property: () => this.meeting,
    src: () => this.addresses.src,
    parse: (data, locale) => {
      const { document, status } = unwrapBoxMeeting(data);
      this.boxStatus = status;
      return parseDocument(ReviewMeetingSchema, document, { locale });
    },
    t: (key, params) => this.t(key, params),
    locale: () => this.locale,
    onReady: () => {
      this.marks = {};
      this.step = 'vote';
      // A state the browser restored before the meeting arrived applies to it now.
      this.applyPendingRestore();
      void this.resume();
    },
  });

  /** The module loaded on demand (see {@link loadLater}), once it has arrived. */
  private later: Later | undefined;
  private laterLoad: Promise<Later | undefined> | undefined;
  /** Why the module loaded on demand could not be loaded ('' while nothing failed). */
  @state() private laterError = '';
  /** The delivery and its outcome; there once {@link later} has arrived. */
  private outcome: BallotOutcome | undefined;
  /** The voting code in use and the box's verdict; there once {@link later} has arrived. */
  private voting: VotingCodeController | undefined;

  /**
   * Loads the voting-code step, the delivery, the receipt and their text (one module, fetched
   * once per page) and sets up their controllers. Requested at connect, in parallel with the
   * meeting, when the ballot sends or asks for a code ({@link needsLaterAtOnce}), else at the
   * voter's first mark, so that submitting — also offline — never waits for the network;
   * submitting and every step that shows them wait for it. Resolves to
   * undefined when it could not be loaded (offline before it arrived; shown, and tried again at
   * the next request).
   */
  private loadLater(): Promise<Later | undefined> {
    this.laterLoad ??= import('./ballot-delivery.js').then(
      (later) => {
        this.voting = new later.VotingCodeController(this, {
          code: () => this.code,
          codeParam: () => this.codeParam,
          checkUrl: () => this.addresses.check,
          lang: () => this.locale,
          t: (key, params) => this.t(key, params),
        });
        this.outcome = new later.BallotOutcome(this, {
          endpoint: () => this.addresses.endpoint,
          t: (key, params) => this.t(key, params),
          focus: (selector) => this.focusAfter.request(selector),
          onSent: (mine, remembered) => {
            if (mine) {
              this.earlier = undefined;
              this.focusAfter.request('#step-title');
            } else {
              // A ballot left by an earlier page, delivered before this one knew it: show it.
              void remembered.then(() => {
                if (!this.delivery?.step && this.step !== 'review') void this.resume();
              });
            }
          },
          onCodeRefused: (code, reason) => {
            // Back to the code step with the box's reason and the marks kept.
            this.voting?.refusedOnDelivery(code, reason);
            this.resumeStep = 'review';
            this.step = 'code';
            this.focusAfter.request('#voting-code');
          },
        });
        this.catalogs = joinCatalogs(ballotVoteMessages, later.ballotDeliveryMessages);
        // The styles of the code step and the receipt come with them, after the ballot's own.
        adoptStyles(this.renderRoot as ShadowRoot, [
          ...(this.constructor as typeof QyBallot).elementStyles,
          later.ballotDeliveryStyles,
        ]);
        this.later = later;
        this.laterError = '';
        this.requestUpdate();
        return later;
      },
      (error: unknown) => {
        this.laterLoad = undefined;
        this.laterError = error instanceof Error ? error.message : String(error);
        return undefined;
      },
    );
    return this.laterLoad;
  }

  /** Starts loading {@link later} without waiting for it (a failure is shown where needed). */
  private prefetchLater(): void {
    if (!this.later) void this.loadLater();
  }

  /** Tries {@link loadLater} again after it failed, then goes on where the voter was. */
  private readonly retryLater = async (): Promise<void> => {
    if (await this.loadLater()) await this.resume();
  };

  /**
   * Whether the ballot needs the module loaded on demand (see {@link loadLater}) from the start:
   * it sends (a box or an endpoint: a receipt delivered earlier may be shown at once), may ask
   * for a code, or finds a ballot waiting in the outbox.
   */
  private get needsLaterAtOnce(): boolean {
    return (
      this.addresses.endpoint !== '' ||
      this.codeParam !== null ||
      this.code.trim() !== '' ||
      outboxHolds()
    );
  }

  /**
   * Also waits for the module loaded on demand while it is on its way (a code step or an
   * outcome shows "Loading…" until then), and for the update its arrival brings.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.laterLoad && !this.later) {
      await this.laterLoad;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // In parallel with the meeting's request and the first render.
    if (this.needsLaterAtOnce) this.prefetchLater();
  }

  /** The delivery through the device's outbox, once its module has arrived. */
  private get delivery(): DeliveryFlow | undefined {
    return this.outcome?.delivery;
  }

  /** Where the meeting, the ballots and the code check go (see `box`, `src`, `endpoint`). */
  get addresses(): BallotAddresses {
    return ballotAddresses({
      box: this.box,
      meetingId: this.meetingId,
      src: this.src,
      endpoint: this.endpoint,
    });
  }

  /**
   * The ballot as it stands, in the interchange format; undefined without meeting, or without
   * voter and voting code. An anonymous code's ballot has the voter {@link ANONYMOUS_VOTER}.
   */
  get value(): Ballot | undefined {
    const meeting = this.readyMeeting;
    const voter = this.voter || (this.votingCode ? ANONYMOUS_VOTER : '');
    if (!meeting || !voter) return undefined;
    return { voter, marks: castMarks(meeting, this.voter, this.marks) };
  }

  /**
   * The voting code in use: the one the voter typed, else `code`, else the page URL's
   * `code-param` parameter, else ''.
   */
  get votingCode(): string {
    return this.voting?.current ?? this.code.trim();
  }

  /** The step the voter is on. */
  get currentStep(): BallotStep {
    return this.delivery?.step ?? (this.earlier ? 'sent' : this.step);
  }

  private get readyMeeting(): ReviewMeeting | undefined {
    return this.doc.state.status === 'ready' ? this.doc.state.value : undefined;
  }

  /** Whether this ballot goes to a ballot box that knows voters by their codes. */
  private get wantsCode(): boolean {
    return !this.voter && (this.addresses.endpoint !== '' || this.codeParam !== null);
  }

  protected formValue(): string | null {
    const ballot = this.value;
    return ballot ? JSON.stringify(ballot) : null;
  }

  protected resetValue(): void {
    this.marks = {};
    this.step = 'vote';
    this.showIncomplete = false;
    this.outcome?.reset();
  }

  protected override restoreReady(): boolean {
    return this.readyMeeting !== undefined;
  }

  /** Takes the marks of a saved ballot that still fit the meeting (see `restoredMarks`). */
  protected restoreValue(saved: string): void {
    const meeting = this.readyMeeting;
    if (!meeting) return;
    const marks = restoredMarks(meeting, saved);
    if (marks) this.marks = marks;
  }

  protected checkControlValidity(): ControlValidity | undefined {
    const meeting = this.readyMeeting;
    if (!meeting) return { flags: { valueMissing: true }, message: this.t('noMeeting') };
    const voterProblem = this.voterProblem(meeting);
    if (voterProblem) return { flags: { customError: true }, message: voterProblem };
    const { total, done } = markProgress(meeting, this.voter, this.marks);
    if (total > done) {
      return {
        flags: { valueMissing: true },
        message: this.t('incomplete', { missing: total - done }),
      };
    }
    return undefined;
  }

  /** Why nobody can cast this ballot (no voter nor code, a voter not on the list), or ''. */
  private voterProblem(meeting: ReviewMeeting): string {
    if (!this.voter && !this.votingCode) return this.t('voterMissing');
    return this.voter && !meeting.voters.some((voter) => voter.id === this.voter)
      ? this.t('voterUnknown', { voter: this.voter })
      : '';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const who = ['code', 'voter', 'endpoint', 'box', 'meetingId', 'codeParam'] as const;
    if (
      this.readyMeeting &&
      who.some((name) => changed.has(name) && changed.get(name) !== undefined)
    ) {
      void this.resume();
    }
  }

  /**
   * Where a voter who arrives (or whose code or endpoint changed) starts: a ballot still
   * waiting on this device is shown as queued; one delivered earlier with this code shows its
   * receipt; without a code the code step asks for one; a code not yet checked is checked.
   */
  private async resume(): Promise<void> {
    const run = ++this.resumeRun;
    if (!this.later && this.needsLaterAtOnce) {
      // The code step says "Loading…" until its module is there: never the ballot first.
      if (this.wantsCode) this.step = 'code';
      await this.loadLater();
      if (run !== this.resumeRun || !this.later) return;
      if (this.step === 'code') this.step = 'vote';
    }
    const { later, voting, delivery } = this;
    const delivered = this.outcome?.delivered;
    const endpoint = this.addresses.endpoint;
    if (voting && delivery) {
      voting.takeFromUrl();
      if (delivery.step && delivery.step !== 'rejected') return;
      const waiting = delivery.waiting().at(-1);
      if (waiting) {
        delivery.adopt(waiting);
        return;
      }
    }
    const code = this.votingCode;
    const unchecked = voting?.unchecked ?? false;
    // No marks before the code is known and checked (the check follows below).
    if (this.wantsCode && (!code || (unchecked && this.addresses.check))) {
      this.step = 'code';
    }
    // With an endpoint the module is there (see needsLaterAtOnce), unless it failed to load.
    if (endpoint && later && delivered && (code || this.voter)) {
      const who = await later.castBy(code ? { code } : { voter: this.voter });
      if (run !== this.resumeRun) return;
      this.earlier = delivered.find(endpoint, who);
    } else if (endpoint && delivered && this.wantsCode) {
      // A reload after the code left the address bar: this device's last ballot here.
      this.earlier = delivered.last(endpoint);
    }
    if (this.earlier || !this.wantsCode || !unchecked) return;
    await this.enterCode(code);
  }

  /** Checks a code with the ballot box, then goes on to the ballot or back to the field. */
  private async enterCode(typed: string): Promise<void> {
    const run = ++this.resumeRun;
    if (this.addresses.check) this.step = 'code';
    const later = await this.loadLater();
    const { voting } = this;
    const delivered = this.outcome?.delivered;
    if (!later || !voting || !delivered || run !== this.resumeRun) return;
    const verdict = await voting.check(typed);
    if (verdict === undefined || run !== this.resumeRun) return;
    if (verdict === 'refused') {
      this.step = 'code';
      this.focusAfter.request('#voting-code');
      return;
    }
    const endpoint = this.addresses.endpoint;
    if (endpoint) {
      const earlier = delivered.find(endpoint, await later.castBy({ code: this.votingCode }));
      if (run !== this.resumeRun) return;
      this.earlier = earlier;
    }
    if (this.step === 'code') {
      this.step = this.resumeStep;
      this.resumeStep = 'vote';
      this.focusAfter.request('#step-title');
    }
  }

  private setMark(projectId: string, criterionId: string, mark: Mark): void {
    this.marks = withMark(this.marks, projectId, criterionId, mark);
    // The voter has started: what submitting needs comes now, while the page is surely online.
    this.prefetchLater();
  }

  private goTo(step: 'code' | 'vote' | 'review', focus: string): void {
    this.step = step;
    this.focusAfter.request(focus);
  }

  private toReview(): void {
    if (!this.checkValidity()) {
      this.showIncomplete = true;
      this.focusAfter.request('.incomplete');
      this.requestUpdate();
      return;
    }
    this.showIncomplete = false;
    this.goTo('review', '#step-title');
  }

  private async submit(): Promise<void> {
    const ballot = this.value;
    if (!ballot || !this.checkValidity() || this.step !== 'review') return;
    this.focusAfter.request('#step-title');
    await this.loadLater();
    await this.outcome?.cast(ballot, this.votingCode, this.locale);
  }

  /** Sends every ballot of this endpoint still waiting on the device, now. */
  async retryNow(): Promise<void> {
    await this.loadLater();
    await this.delivery?.retryNow();
  }

  /** Leaves the receipt shown for a fresh ballot: with the same code (replacing), or another. */
  private startAgain(step: 'code' | 'vote'): void {
    this.earlier = undefined;
    this.outcome?.reset();
    this.marks = {};
    if (step === 'code') {
      this.voting?.clear();
      this.step = 'code';
      this.focusAfter.request('#voting-code');
    } else {
      this.voting?.tell(this.t('codeUsed'));
      this.goTo('vote', '#step-title');
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    const meeting = this.readyMeeting;
    if (!meeting) return renderLoadState(this.doc.state, (key, params) => this.t(key, params));
    const title = meeting.title ? localize(meeting.title, this.locale) : this.t('ballotLabel');
    return html`<fieldset part="base" ?disabled=${this.isDisabled}>
      <legend class="visually-hidden">${title}</legend>
      ${this.renderStep(meeting, title)}
    </fieldset>`;
  }

  private renderStep(meeting: ReviewMeeting, title: string): TemplateResult {
    const { later, voting, outcome } = this;
    const step = this.currentStep;
    const cast = this.delivery?.step !== undefined || this.earlier !== undefined;
    // The code step and the outcome come with the module loaded on demand, requested before
    // they are needed; a review whose submit could not load it says so too.
    if (!later || !voting || !outcome) {
      if (cast || step === 'code' || (step === 'review' && this.laterError)) {
        return this.renderLaterPending();
      }
    } else if (cast || step === 'code') {
      return cast
        ? outcome.render({
            earlier: this.earlier,
            votingCode: this.votingCode,
            wantsCode: this.wantsCode,
            onStartAgain: (again) => this.startAgain(again),
          })
        : later.renderCodeEntry({
            t: (key, params) => this.t(key, params),
            value: voting.typed || this.votingCode,
            error: voting.error,
            checking: voting.checking,
            onSubmit: (code) => void this.enterCode(code),
          });
    }
    return step === 'review'
      ? renderReview(this.context(meeting), castMarks(meeting, this.voter, this.marks), {
          onBack: () => this.goTo('vote', '#step-title'),
          onSubmit: () => void this.submit(),
        })
      : this.renderVote(meeting, title);
  }

  /** While the code step or the outcome waits for its module, or after it failed to load. */
  private renderLaterPending(): TemplateResult {
    return this.laterError
      ? html`<div part="error" class="qy-error" role="alert">
          <p>${this.t('unreachable', { url: 'ballot-delivery.js', detail: this.laterError })}</p>
          <button type="button" @click=${this.retryLater}>${this.t('retry')}</button>
        </div>`
      : html`<p part="status" class="qy-status" role="status">${this.t('loading')}</p>`;
  }

  private context(meeting: ReviewMeeting): BallotViewContext {
    return {
      meeting,
      voter: this.voter,
      marks: this.marks,
      locale: this.locale,
      t: (key, params) => this.t(key, params),
      onMark: (projectId, criterionId, mark) => this.setMark(projectId, criterionId, mark),
    };
  }

  private renderNotices(meeting: ReviewMeeting): TemplateResult {
    const status = this.boxStatus;
    const alerts = [
      this.voterProblem(meeting),
      status === 'draft' || status === 'weights-locked'
        ? this.t('votingNotOpen')
        : status !== undefined && status !== 'open'
          ? this.t('votingClosed')
          : '',
    ].filter(Boolean);
    const notice = this.voting?.notice;
    return html`${alerts.map((alert) => html`<p class="alert" role="alert">${alert}</p>`)}
    ${notice ? html`<p class="notice" role="status">${notice}</p>` : nothing}`;
  }

  private renderVote(meeting: ReviewMeeting, title: string): TemplateResult {
    const { total, done, approvals } = markProgress(meeting, this.voter, this.marks);
    const missing = total - done;
    return html`<div part="header">
        <h2 id="step-title" tabindex="-1">${title}</h2>
        <p class="progress" part="status" role="status">
          ${
            meeting.method.type === 'approval'
              ? this.t('approvals', { count: approvals })
              : this.t('progress', { done, total })
          }
        </p>
      </div>
      ${this.renderNotices(meeting)}
      <ol class="projects">
        ${meeting.projects.map(
          (project) => html`<li>${renderProject(this.context(meeting), project)}</li>`,
        )}
      </ol>
      ${
        this.showIncomplete && missing > 0
          ? html`<p class="alert incomplete" role="alert" tabindex="-1">
              ${this.t('incomplete', { missing })}
            </p>`
          : nothing
      }
      <div class="actions" part="actions">
        <button type="button" class="primary" @click=${this.toReview}>${this.t('toReview')}</button>
        ${
          this.wantsCode && this.votingCode
            ? html`<button type="button" @click=${() => this.startAgain('code')}>
                ${this.t('changeCode')}
              </button>`
            : nothing
        }
      </div>`;
  }
}
