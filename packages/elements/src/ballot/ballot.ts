import {
  isRecused,
  localize,
  parseDocument,
  ReviewMeetingSchema,
  type Ballot,
  type Mark,
  type MeetingProject,
  type ReviewMeeting,
} from '@qingyuan/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DocumentController } from '../data/document-controller.js';
import { renderLoadState } from '../data/load-state-view.js';
import { QyBallotQueuedEvent } from '../events/ballot-queued.js';
import { QyBallotRejectedEvent } from '../events/ballot-rejected.js';
import { QyBallotSentEvent } from '../events/ballot-sent.js';
import { QyBallotSubmitEvent } from '../events/ballot-submit.js';
import { QyFormControl, type ControlValidity } from '../form/form-control.js';
import { formatMoney } from '../internal/format-money.js';
import type { DeliveryOutcome } from '../internal/outbox.js';
import { OutboxController } from '../internal/outbox-controller.js';
import { sharedStyles } from '../internal/shared-styles.js';
import { receiptCode } from './ballot-receipt.js';
import { ballotMessages, type BallotMessageKey } from './ballot.messages.js';
import { ballotStyles } from './ballot.styles.js';

/** Where the voter is in the ballot's flow. */
export type BallotStep = 'vote' | 'review' | 'sending' | 'done' | 'sent' | 'queued' | 'rejected';

type Marks = Record<string, Record<string, Mark>>;

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
 * receipt code, and — with `endpoint` — delivery with an idempotency key that survives going
 * offline. With a voting `code` (or `code-param`, read from the page URL) it talks to the
 * Qingyuan ballot box (`@qingyuan/server`): it posts `{ code, marks }` to the meeting's
 * `/meetings/:id/ballots` and shows the box's receipt. Form-associated: inside a host `<form>`
 * it submits the ballot as JSON under `name`.
 *
 * The meeting comes as the `meeting` property, a `src` URL, or an inline
 * `<script type="application/json">` child.
 *
 * @tag qy-ballot
 * @summary Vote on every project of a review meeting, per criterion, and submit the ballot.
 *
 * @slot - An optional `<script type="application/json">` holding the meeting document.
 *
 * @event qy-ballot-submit - The voter confirmed the ballot (cancelable: stops the POST).
 * @event qy-ballot-sent - The endpoint accepted the ballot.
 * @event qy-ballot-queued - The ballot could not be sent now and waits on the device.
 * @event qy-ballot-rejected - The endpoint refused the ballot for good.
 * @event qy-load - The meeting was read and validated.
 * @event qy-load-error - The meeting is missing, unreachable or malformed.
 *
 * @csspart base - The outer fieldset around the whole ballot.
 * @csspart header - The title and progress.
 * @csspart project - One project's card.
 * @csspart details - A project's expandable details.
 * @csspart recused-reason - Why a project cannot be voted on.
 * @csspart toggle - An approval toggle (label with checkbox).
 * @csspart score-group - One criterion's score choices (fieldset with the criterion as legend).
 * @csspart score-option - One score choice (label with radio).
 * @csspart actions - The row of buttons.
 * @csspart review - The review step.
 * @csspart receipt - The receipt code.
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
  static override styles = [sharedStyles, ballotStyles];

  protected readonly catalogs = ballotMessages;

  /** The review meeting (interchange format); wins over `src` and an inline JSON child. */
  @property({ attribute: false }) meeting: unknown;

  /** A URL to fetch the meeting document from. */
  @property() src = '';

  /**
   * The id of the voter casting this ballot (drives own-community recusal). With a voting code
   * issued to a named voter, set it to that voter; with an anonymous code, leave it empty.
   */
  @property() voter = '';

  /**
   * Where to POST the ballot (JSON, with an `Idempotency-Key` header). For the Qingyuan ballot
   * box: `https://box.example/meetings/<meeting id>/ballots`.
   */
  @property() endpoint = '';

  /**
   * The voter's one-time voting code from the ballot box. With a code the ballot posts the
   * box's format `{ code, marks }` instead of the interchange ballot. Never reflected to an
   * attribute; kept on the device only while a ballot waits to be delivered.
   */
  @property() code = '';

  /**
   * Take the voting code from this query parameter of the page URL when `code` is empty:
   * `code-param="c"` reads `?c=…` (the link a ballot box QR sheet's `voteUrl` makes); an empty
   * attribute reads `?code=…`.
   */
  @property({ attribute: 'code-param' }) codeParam: string | null = null;

  @state() private step: BallotStep = 'vote';
  @state() private marks: Marks = {};
  @state() private receipt = '';
  @state() private box: { receipt: string; replaced: boolean } | undefined;
  @state() private showIncomplete = false;
  @state() private rejection: { status: number; message: string } | undefined;

  private focusTarget: string | undefined;

  private readonly doc = new DocumentController<ReviewMeeting>(this, {
    property: () => this.meeting,
    src: () => this.src,
    parse: (data, locale) => parseDocument(ReviewMeetingSchema, data, { locale }),
    t: (key, params) => this.t(key, params),
    locale: () => this.locale,
    onReady: () => {
      this.marks = {};
      this.step = 'vote';
      // A state the browser restored before the meeting arrived applies to it now.
      this.applyPendingRestore();
    },
  });

  private readonly delivery = new OutboxController(this, {
    endpoint: () => this.endpoint,
    onOutcome: (outcome, mine) => this.handle(outcome, mine),
  });

  /**
   * The ballot as it stands, in the interchange format; undefined without meeting, or without
   * voter and voting code. An anonymous code's ballot has the voter {@link ANONYMOUS_VOTER}.
   */
  get value(): Ballot | undefined {
    const meeting = this.readyMeeting;
    const voter = this.voter || (this.votingCode ? ANONYMOUS_VOTER : '');
    if (!meeting || !voter) return undefined;
    const approval = meeting.method.type === 'approval';
    const marks: Marks = {};
    for (const project of meeting.projects) {
      if (isRecused(meeting, this.voter, project.id)) continue;
      const row: Record<string, Mark> = {};
      for (const criterion of meeting.criteria) {
        const mark = this.marks[project.id]?.[criterion.id] ?? (approval ? false : undefined);
        if (mark !== undefined) row[criterion.id] = mark;
      }
      if (Object.keys(row).length > 0) marks[project.id] = row;
    }
    return { voter, marks };
  }

  /** The voting code in use: `code`, else the page URL's `code-param` parameter, else ''. */
  get votingCode(): string {
    if (this.code.trim()) return this.code.trim();
    if (this.codeParam === null) return '';
    const fromUrl = new URLSearchParams(location.search).get(this.codeParam || 'code');
    return fromUrl?.trim() ?? '';
  }

  /** The step the voter is on. */
  get currentStep(): BallotStep {
    return this.step;
  }

  private get readyMeeting(): ReviewMeeting | undefined {
    return this.doc.state.status === 'ready' ? this.doc.state.value : undefined;
  }

  protected formValue(): string | null {
    const ballot = this.value;
    return ballot ? JSON.stringify(ballot) : null;
  }

  protected resetValue(): void {
    this.marks = {};
    this.step = 'vote';
    this.receipt = '';
    this.box = undefined;
    this.showIncomplete = false;
  }

  protected override restoreReady(): boolean {
    return this.readyMeeting !== undefined;
  }

  /**
   * Takes the marks of a saved ballot that still fit the meeting: projects and criteria that
   * exist, marks of the meeting's kind (a boolean for approval, an integer on the scale for
   * score voting). The rest is dropped; the voter comes from the element, not the state.
   */
  protected restoreValue(saved: string): void {
    const meeting = this.readyMeeting;
    if (!meeting) return;
    let data: unknown;
    try {
      data = JSON.parse(saved);
    } catch {
      return;
    }
    if (!isRecord(data) || !isRecord(data['marks'])) return;
    const savedMarks = data['marks'];
    const method = meeting.method;
    const fits = (mark: unknown): mark is Mark =>
      method.type === 'approval'
        ? typeof mark === 'boolean'
        : Number.isInteger(mark) &&
          (mark as number) >= method.min &&
          (mark as number) <= method.max;
    const marks: Marks = {};
    for (const project of meeting.projects) {
      const row = savedMarks[project.id];
      if (!isRecord(row)) continue;
      const kept: Record<string, Mark> = {};
      for (const criterion of meeting.criteria) {
        const mark = row[criterion.id];
        if (fits(mark)) kept[criterion.id] = mark;
      }
      if (Object.keys(kept).length > 0) marks[project.id] = kept;
    }
    this.marks = marks;
  }

  protected checkControlValidity(): ControlValidity | undefined {
    const meeting = this.readyMeeting;
    if (!meeting) return { flags: { valueMissing: true }, message: this.t('noMeeting') };
    if (!this.voter && !this.votingCode) {
      return { flags: { customError: true }, message: this.t('voterMissing') };
    }
    if (this.voter && !meeting.voters.some((voter) => voter.id === this.voter)) {
      return {
        flags: { customError: true },
        message: this.t('voterUnknown', { voter: this.voter }),
      };
    }
    const missing = this.missingCount(meeting);
    if (missing > 0) {
      return { flags: { valueMissing: true }, message: this.t('incomplete', { missing }) };
    }
    return undefined;
  }

  private pairs(meeting: ReviewMeeting): { total: number; done: number } {
    const approval = meeting.method.type === 'approval';
    let total = 0;
    let done = 0;
    for (const project of meeting.projects) {
      if (isRecused(meeting, this.voter, project.id)) continue;
      for (const criterion of meeting.criteria) {
        total++;
        if (approval || this.marks[project.id]?.[criterion.id] !== undefined) done++;
      }
    }
    return { total, done };
  }

  private approvalCount(meeting: ReviewMeeting): number {
    let count = 0;
    for (const project of meeting.projects) {
      if (isRecused(meeting, this.voter, project.id)) continue;
      for (const criterion of meeting.criteria) {
        if (this.marks[project.id]?.[criterion.id] === true) count++;
      }
    }
    return count;
  }

  private missingCount(meeting: ReviewMeeting): number {
    const { total, done } = this.pairs(meeting);
    return total - done;
  }

  private setMark(projectId: string, criterionId: string, mark: Mark): void {
    this.marks = {
      ...this.marks,
      [projectId]: { ...this.marks[projectId], [criterionId]: mark },
    };
  }

  private goTo(step: BallotStep, focus: string): void {
    this.step = step;
    this.focusTarget = focus;
  }

  private toReview(): void {
    if (!this.checkValidity()) {
      this.showIncomplete = true;
      this.focusTarget = '.incomplete';
      this.requestUpdate();
      return;
    }
    this.showIncomplete = false;
    this.goTo('review', '#step-title');
  }

  private async submit(): Promise<void> {
    const ballot = this.value;
    if (!ballot || !this.checkValidity() || this.step !== 'review') return;
    this.goTo('sending', '#step-title');
    this.receipt = await receiptCode(ballot);
    const event = new QyBallotSubmitEvent({ ballot, receipt: this.receipt });
    this.dispatchEvent(event);
    if (event.defaultPrevented || !this.endpoint) {
      this.goTo('done', '#step-title');
      return;
    }
    const code = this.votingCode;
    await this.delivery.send({
      endpoint: this.endpoint,
      // The ballot box's format: it knows the voter from the code.
      body: JSON.stringify(code ? { code, marks: ballot.marks } : ballot),
      receipt: this.receipt,
      lang: this.locale,
    });
  }

  /** Sends every ballot of this endpoint still waiting on the device, now. */
  retryNow(): Promise<void> {
    return this.delivery.retryNow();
  }

  /** Shows and announces one delivery outcome (retries are the {@link OutboxController}'s). */
  private handle(outcome: DeliveryOutcome, mine: boolean): void {
    const { key, receipt } = outcome.entry;
    switch (outcome.status) {
      case 'sent': {
        const box = boxAnswer(outcome.answer);
        if (mine) {
          this.box = box;
          this.goTo('sent', '#step-title');
        }
        this.dispatchEvent(
          new QyBallotSentEvent({
            key,
            receipt,
            status: outcome.httpStatus,
            ...(box ? { boxReceipt: box.receipt } : {}),
          }),
        );
        break;
      }
      case 'queued':
        if (mine && this.step !== 'queued') {
          this.goTo('queued', '#step-title');
          this.dispatchEvent(new QyBallotQueuedEvent({ key, receipt }));
        }
        break;
      case 'rejected':
        if (mine) {
          this.rejection = { status: outcome.httpStatus, message: outcome.message };
          this.goTo('rejected', '#step-title');
        }
        this.dispatchEvent(
          new QyBallotRejectedEvent({ key, status: outcome.httpStatus, message: outcome.message }),
        );
        break;
      case 'busy':
        break;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusTarget) {
      this.renderRoot.querySelector<HTMLElement>(this.focusTarget)?.focus();
      this.focusTarget = undefined;
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    const meeting = this.readyMeeting;
    if (!meeting) return renderLoadState(this.doc.state, (key, params) => this.t(key, params));
    const title = meeting.title ? localize(meeting.title, this.locale) : this.t('ballotLabel');
    return html`<fieldset part="base" ?disabled=${this.isDisabled}>
      <legend class="visually-hidden">${title}</legend>
      ${
        this.step === 'vote'
          ? this.renderVote(meeting, title)
          : this.step === 'review'
            ? this.renderReview(meeting)
            : this.renderOutcome()
      }
    </fieldset>`;
  }

  private renderVoterProblem(meeting: ReviewMeeting): TemplateResult | typeof nothing {
    if (!this.voter && !this.votingCode) {
      return html`<p class="alert" role="alert">${this.t('voterMissing')}</p>`;
    }
    if (this.voter && !meeting.voters.some((voter) => voter.id === this.voter)) {
      return html`<p class="alert" role="alert">
        ${this.t('voterUnknown', { voter: this.voter })}
      </p>`;
    }
    return nothing;
  }

  private renderVote(meeting: ReviewMeeting, title: string): TemplateResult {
    const { total, done } = this.pairs(meeting);
    const missing = total - done;
    return html`<div part="header">
        <h2 id="step-title" tabindex="-1">${title}</h2>
        <p class="progress" part="status" role="status">
          ${
            meeting.method.type === 'approval'
              ? this.t('approvals', { count: this.approvalCount(meeting) })
              : this.t('progress', { done, total })
          }
        </p>
      </div>
      ${this.renderVoterProblem(meeting)}
      <ol class="projects">
        ${meeting.projects.map((project) => html`<li>${this.renderProject(meeting, project)}</li>`)}
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
      </div>`;
  }

  private renderProject(meeting: ReviewMeeting, project: MeetingProject): TemplateResult {
    const recused = isRecused(meeting, this.voter, project.id);
    const reasonId = `recused-${project.id}`;
    return html`<fieldset
      class="project"
      part="project"
      ?disabled=${recused}
      aria-describedby=${recused ? reasonId : nothing}
    >
      <legend>${localize(project.title, this.locale)}</legend>
      <dl class="summary">
        <dt>${this.t('community')}</dt>
        <dd>${project.community}</dd>
        <dt>${this.t('requested')}</dt>
        <dd>${formatMoney(project.requested, this.locale)}</dd>
      </dl>
      ${
        project.summary
          ? html`<details part="details">
              <summary>${this.t('details')}</summary>
              <p>${localize(project.summary, this.locale)}</p>
            </details>`
          : nothing
      }
      ${
        recused
          ? html`<p class="recused" part="recused-reason" id=${reasonId}>
              ${this.t('recused', { community: project.community })}
            </p>`
          : html`<div class="marks">
              ${meeting.criteria.map((criterion) =>
                meeting.method.type === 'approval'
                  ? this.renderToggle(
                      project.id,
                      criterion.id,
                      localize(criterion.name, this.locale),
                    )
                  : this.renderScale(
                      project.id,
                      criterion.id,
                      localize(criterion.name, this.locale),
                      meeting.method.min,
                      meeting.method.max,
                    ),
              )}
            </div>`
      }
    </fieldset>`;
  }

  private renderToggle(projectId: string, criterionId: string, name: string): TemplateResult {
    const checked = this.marks[projectId]?.[criterionId] === true;
    return html`<label class="toggle" part="toggle">
      <input
        type="checkbox"
        data-project=${projectId}
        data-criterion=${criterionId}
        .checked=${checked}
        @change=${(event: Event) =>
          this.setMark(projectId, criterionId, (event.target as HTMLInputElement).checked)}
      />
      <span>${name}</span>
    </label>`;
  }

  private renderScale(
    projectId: string,
    criterionId: string,
    name: string,
    min: number,
    max: number,
  ): TemplateResult {
    const current = this.marks[projectId]?.[criterionId];
    const scores = Array.from({ length: max - min + 1 }, (_, i) => min + i);
    return html`<fieldset class="score" part="score-group">
      <legend>${name}</legend>
      <div class="scale">
        ${scores.map(
          (score) =>
            html`<label class="option" part="score-option">
              <input
                type="radio"
                name=${`${projectId}/${criterionId}`}
                data-project=${projectId}
                data-criterion=${criterionId}
                value=${score}
                aria-label=${this.t('scoreOf', { score })}
                .checked=${current === score}
                @change=${() => this.setMark(projectId, criterionId, score)}
              />
              <span aria-hidden="true">${score}</span>
            </label>`,
        )}
      </div>
    </fieldset>`;
  }

  private markText(mark: Mark | undefined): string {
    if (mark === undefined) return this.t('unmarked');
    if (typeof mark === 'boolean') return mark ? this.t('yes') : this.t('no');
    return this.t('scoreOf', { score: mark });
  }

  private renderReview(meeting: ReviewMeeting): TemplateResult {
    const ballot = this.value;
    return html`<section class="review" part="review" aria-labelledby="step-title">
      <h2 id="step-title" tabindex="-1">${this.t('reviewTitle')}</h2>
      ${meeting.projects.map((project) => {
        const row = ballot?.marks[project.id];
        const recused = isRecused(meeting, this.voter, project.id);
        return html`<h3>${localize(project.title, this.locale)}</h3>
          <dl>
            ${
              recused
                ? html`<dt>${this.t('recusedShort')}</dt>
                    <dd>—</dd>`
                : meeting.criteria.map(
                    (criterion) =>
                      html`<dt>${localize(criterion.name, this.locale)}</dt>
                        <dd>${this.markText(row?.[criterion.id])}</dd>`,
                  )
            }
          </dl>`;
      })}
      <div class="actions" part="actions">
        <button type="button" @click=${() => this.goTo('vote', '#step-title')}>
          ${this.t('back')}
        </button>
        <button type="button" class="primary" @click=${this.submit}>${this.t('submit')}</button>
      </div>
    </section>`;
  }

  /**
   * The ballot box's receipt once it answered (with a voting code the local receipt proves
   * nothing to the box), else the local receipt of the interchange ballot.
   */
  private renderReceipt(): TemplateResult | typeof nothing {
    if (this.box) {
      return html`${this.box.replaced ? html`<p>${this.t('replaced')}</p>` : nothing}
        <p class="receipt box-receipt" part="receipt">
          ${this.t('boxReceipt')}: <code>${this.box.receipt}</code>
        </p>
        <p>${this.t('boxReceiptHelp')}</p>`;
    }
    if (!this.receipt || this.votingCode) return nothing;
    return html`<p class="receipt" part="receipt">
        ${this.t('receipt')}: <strong>${this.receipt}</strong>
      </p>
      <p>${this.t('receiptHelp')}</p>`;
  }

  private renderOutcome(): TemplateResult {
    const message =
      this.step === 'sending'
        ? this.t('sending')
        : this.step === 'sent'
          ? this.t('sent')
          : this.step === 'queued'
            ? this.t('queued')
            : this.step === 'rejected'
              ? this.rejection?.message
                ? this.t('rejected', { message: this.rejection.message })
                : this.t('rejectedUnexplained', { status: this.rejection?.status ?? 0 })
              : this.t('done');
    return html`<section aria-labelledby="step-title">
      <h2 id="step-title" tabindex="-1">${message}</h2>
      ${this.step === 'rejected' ? nothing : this.renderReceipt()}
      ${
        this.step === 'queued'
          ? html`<div class="actions" part="actions">
              <button type="button" @click=${() => void this.retryNow()}>${this.t('retry')}</button>
            </div>`
          : nothing
      }
    </section>`;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The ballot box's receipt in a `2xx` answer (`{ receipt, replaced, … }`), if there is one. */
function boxAnswer(answer: unknown): { receipt: string; replaced: boolean } | undefined {
  if (answer === null || typeof answer !== 'object' || !('receipt' in answer)) return undefined;
  const { receipt } = answer;
  if (typeof receipt !== 'string' || receipt === '') return undefined;
  return { receipt, replaced: 'replaced' in answer && answer.replaced === true };
}
