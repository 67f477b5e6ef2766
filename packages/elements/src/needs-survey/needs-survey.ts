import {
  isAnswered,
  localize,
  NeedsSurveySchema,
  parseDocument,
  sectionOf,
  shownQuestions,
  SurveyResponseSchema,
  validateResponse,
  type NeedsSurvey,
  type RespondentAttribute,
  type SurveyAnswer,
  type SurveyQuestion,
  type SurveyResponse,
  type SurveySection,
  type Violation,
} from '@qingyuan/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DocumentController } from '../data/document-controller.js';
import { renderLoadState } from '../data/load-state-view.js';
import { QySurveyQueuedEvent } from '../events/survey-queued.js';
import { QySurveyRejectedEvent } from '../events/survey-rejected.js';
import { QySurveySentEvent } from '../events/survey-sent.js';
import { QySurveySubmitEvent } from '../events/survey-submit.js';
import { QyFormControl, type ControlValidity } from '../form/form-control.js';
import type { DeliveryOutcome } from '../internal/outbox.js';
import { OutboxController } from '../internal/outbox-controller.js';
import { sharedStyles } from '../internal/shared-styles.js';
import { needsSurveyMessages, type NeedsSurveyMessageKey } from './needs-survey.messages.js';
import { needsSurveyStyles } from './needs-survey.styles.js';
import { randomId } from '../internal/random-id.js';
import { SurveyDraftStore } from './survey-draft.js';
import { surveyPages } from './survey-pages.js';

/** Where the respondent is in the survey's flow. */
export type SurveyStep = 'answer' | 'review' | 'sending' | 'done' | 'sent' | 'queued' | 'rejected';

type Answers = Record<string, SurveyAnswer>;

const OUTBOX_KEY = 'qingyuan:survey-outbox';

/**
 * A needs survey 需求调查 as a form residents fill in on their phone: every question type of
 * the core schema, show-if follow-ups, required answers with messages next to the field,
 * pages with progress (one titled page per section when the survey has `sections`, a section
 * whose questions are all hidden is skipped), a draft kept on the device (a reload loses no answer), a review step
 * and submission. The response is checked with core's `validateResponse` before it is
 * emitted; with `action` it is also POSTed with an `Idempotency-Key`, kept on the device while
 * offline and retried, never stored twice. Form-associated: inside a host `<form>` it submits
 * the response as JSON under `name`.
 *
 * The survey comes as the `survey` property, a `src` URL, or an inline
 * `<script type="application/json">` child.
 *
 * @tag qy-needs-survey
 * @summary Fill in a community needs survey, page by page, and submit the response.
 *
 * @slot - An optional `<script type="application/json">` holding the survey document.
 *
 * @event qy-survey-submit - The respondent confirmed valid answers (cancelable: stops the POST).
 * @event qy-survey-sent - The `action` URL accepted the response.
 * @event qy-survey-queued - The response could not be sent now and waits on the device.
 * @event qy-survey-rejected - The `action` URL refused the response for good.
 * @event qy-load - The survey was read and validated.
 * @event qy-load-error - The survey is missing, unreachable or malformed.
 *
 * @csspart base - The outer fieldset around the whole form.
 * @csspart header - The title, description and progress.
 * @csspart section-description - The introduction of a section, under its title.
 * @csspart progress - The progress bar.
 * @csspart question - One question (a fieldset or a labelled field).
 * @csspart option - One choice (label with radio or checkbox).
 * @csspart input - A number or text input, or the free-text area.
 * @csspart ranking - A ranking question's lists.
 * @csspart field-error - The message under a question whose answer is missing or wrong.
 * @csspart actions - The row of buttons.
 * @csspart review - The review step.
 * @csspart status - Loading, draft and delivery status text.
 * @csspart error - The error box shown for a bad survey document.
 *
 * @cssproperty --qy-color-text - Text colour.
 * @cssproperty --qy-color-surface - Background colour.
 * @cssproperty --qy-color-muted - Secondary text colour.
 * @cssproperty --qy-color-border - Border colour of choices and inputs.
 * @cssproperty --qy-color-accent - Colour of the primary button, progress and chosen options.
 * @cssproperty --qy-color-accent-contrast - Text colour on the accent.
 * @cssproperty --qy-color-danger - Colour of error messages.
 * @cssproperty --qy-radius - Corner radius.
 * @cssproperty --qy-space - Base spacing.
 * @cssproperty --qy-target-size - Minimum size of touch targets (44px).
 * @cssproperty --qy-focus-ring - Focus outline.
 * @cssproperty --qy-font-family - Font stack.
 * @cssproperty --qy-needs-survey-max-width - Maximum width of the form.
 */
export class QyNeedsSurvey extends QyFormControl<NeedsSurveyMessageKey> {
  static override styles = [sharedStyles, needsSurveyStyles];

  protected readonly catalogs = needsSurveyMessages;

  /** The needs survey (interchange format); wins over `src` and an inline JSON child. */
  @property({ attribute: false }) survey: unknown;

  /** A URL to fetch the survey document from. */
  @property() src = '';

  /** Where to POST the response (JSON, with an `Idempotency-Key` header). */
  @property() action = '';

  /**
   * How the POST body wraps the response: empty (the default) posts the `SurveyResponse`
   * itself; `document` posts `{ "document": response }`, what the Qingyuan ballot box's
   * `POST /collections/:id/items` takes.
   */
  @property() envelope: '' | 'document' = '';

  /**
   * How many questions of the survey make one page (in document order). Ignored when the
   * survey has `sections`: then each section is one page.
   */
  @property({ type: Number, attribute: 'per-page' }) perPage = 3;

  /** The respondent's id, if the platform knows it (recorded in the response). */
  @property() respondent = '';

  @state() private answers: Answers = {};
  @state() private respondentAttributes: Record<string, string> = {};
  @state() private page = 0;
  @state() private step: SurveyStep = 'answer';
  @state() private showErrors = false;
  @state() private restored = false;
  @state() private announcement = '';
  @state() private rejection: { status: number; message: string } | undefined;
  private responseId = newResponseId();
  private submittedId = '';

  private readonly drafts = new SurveyDraftStore();
  private focusTarget: string | undefined;

  private readonly doc = new DocumentController<NeedsSurvey>(this, {
    property: () => this.survey,
    src: () => this.src,
    parse: (data, locale) => parseDocument(NeedsSurveySchema, data, { locale }),
    t: (key, params) => this.t(key, params),
    locale: () => this.locale,
    onReady: (survey) => this.start(survey),
  });

  private readonly delivery = new OutboxController(this, {
    endpoint: () => this.action,
    onOutcome: (outcome, mine) => this.handle(outcome, mine),
    storageKey: OUTBOX_KEY,
  });

  /** The response as it stands (answers of shown questions only); undefined without a survey. */
  get value(): SurveyResponse | undefined {
    const survey = this.readySurvey;
    if (!survey) return undefined;
    const answers: Answers = {};
    for (const question of shownQuestions(survey, this.answers)) {
      const answer = this.answers[question.id];
      if (answer !== undefined && isAnswered(answer)) answers[question.id] = answer;
    }
    return {
      id: this.responseId,
      survey: survey.id,
      ...(this.respondent ? { respondent: this.respondent } : {}),
      attributes: { ...this.respondentAttributes },
      answers,
    };
  }

  /** The step the respondent is on. */
  get currentStep(): SurveyStep {
    return this.step;
  }

  /** The page shown (0-based) while answering. */
  get currentPage(): number {
    return this.page;
  }

  private get readySurvey(): NeedsSurvey | undefined {
    return this.doc.state.status === 'ready' ? this.doc.state.value : undefined;
  }

  private start(survey: NeedsSurvey): void {
    const draft = this.drafts.load(survey.id);
    const known = new Set(survey.questions.map((question) => question.id));
    this.answers = Object.fromEntries(
      Object.entries(draft?.answers ?? {}).filter(([id]) => known.has(id)),
    );
    this.respondentAttributes = { ...(draft?.attributes ?? {}) };
    this.responseId = draft?.id ?? newResponseId();
    this.page = draft?.page ?? 0;
    if (draft?.section !== undefined) {
      const index = this.pages(survey).findIndex(
        (page) => page[0] !== undefined && sectionOf(survey, page[0].id)?.id === draft.section,
      );
      if (index >= 0) this.page = index;
    }
    this.restored = draft !== undefined && Object.keys(this.answers).length > 0;
    this.step = 'answer';
    this.showErrors = false;
    // A state the browser restored before the survey arrived (back/forward while `src` was
    // still fetching) applies to it now, over the local draft.
    this.applyPendingRestore();
  }

  // ----- form participation -----

  protected formValue(): string | null {
    const response = this.value;
    return response ? JSON.stringify(response) : null;
  }

  protected resetValue(): void {
    this.answers = {};
    this.respondentAttributes = {};
    this.page = 0;
    this.step = 'answer';
    this.showErrors = false;
    this.restored = false;
    const survey = this.readySurvey;
    if (survey) this.drafts.clear(survey.id);
  }

  protected override restoreReady(): boolean {
    return this.readySurvey !== undefined;
  }

  protected restoreValue(saved: string): void {
    let data: unknown;
    try {
      data = JSON.parse(saved);
    } catch {
      return;
    }
    const survey = this.readySurvey;
    const result = parseDocument(SurveyResponseSchema, data);
    if (!survey || !result.ok || result.value.survey !== survey.id) return;
    // Answers to questions the survey no longer has are dropped.
    const known = new Set(survey.questions.map((question) => question.id));
    this.responseId = result.value.id;
    this.answers = Object.fromEntries(
      Object.entries(structuredClone(result.value.answers)).filter(([id]) => known.has(id)),
    );
    this.respondentAttributes = { ...result.value.attributes };
  }

  protected checkControlValidity(): ControlValidity | undefined {
    const survey = this.readySurvey;
    if (!survey) return { flags: { valueMissing: true }, message: this.t('empty') };
    const first = this.violations(survey)[0];
    if (!first) return undefined;
    return {
      flags:
        first.rule === 'response.required-answered'
          ? { valueMissing: true }
          : { customError: true },
      message: first.message[this.locale],
    };
  }

  // ----- rules (all from core) -----

  private violations(survey: NeedsSurvey): readonly Violation[] {
    const response = this.value;
    if (!response) return [];
    const check = validateResponse(survey, response);
    return check.ok ? [] : check.violations;
  }

  private errorsByQuestion(survey: NeedsSurvey): Map<string, string> {
    const errors = new Map<string, string>();
    for (const violation of this.violations(survey)) {
      const [where, id] = violation.path;
      const key = where === 'answers' && typeof id === 'string' ? id : `attr:${String(id)}`;
      if (!errors.has(key)) errors.set(key, violation.message[this.locale]);
    }
    return errors;
  }

  // ----- editing -----

  private setAnswer(id: string, answer: SurveyAnswer | undefined): void {
    const next = { ...this.answers };
    if (answer === undefined) delete next[id];
    else next[id] = answer;
    this.answers = next;
  }

  private setRespondentAttribute(id: string, value: string): void {
    this.respondentAttributes = { ...this.respondentAttributes, [id]: value };
  }

  private pages(survey: NeedsSurvey): SurveyQuestion[][] {
    return surveyPages(survey, this.answers, this.perPage);
  }

  /** The section shown on a page (undefined for a survey without sections). */
  private pageSection(survey: NeedsSurvey, page: number): SurveySection | undefined {
    const pages = this.pages(survey);
    const first = pages[Math.min(page, pages.length - 1)]?.[0];
    return first ? sectionOf(survey, first.id) : undefined;
  }

  private goToPage(page: number): void {
    this.page = page;
    this.step = 'answer';
    this.showErrors = false;
    this.focusTarget = '#step-title';
  }

  private next(survey: NeedsSurvey): void {
    const pages = this.pages(survey);
    const page = Math.min(this.page, pages.length - 1);
    const errors = this.errorsByQuestion(survey);
    const firstBad = pages[page]!.find((question) => errors.has(question.id));
    if (firstBad) {
      this.showErrors = true;
      this.focusTarget = `[data-question="${firstBad.id}"] :is(input, textarea, button):not(:disabled)`;
      this.requestUpdate();
      return;
    }
    this.showErrors = false;
    if (page < pages.length - 1) this.goToPage(page + 1);
    else {
      this.step = 'review';
      this.focusTarget = '#step-title';
    }
  }

  private change(survey: NeedsSurvey, questionId: string): void {
    const index = this.pages(survey).findIndex((page) => page.some((q) => q.id === questionId));
    this.page = Math.max(0, index);
    this.step = 'answer';
    this.showErrors = false;
    this.focusTarget = `[data-question="${questionId}"] :is(input, textarea, button):not(:disabled)`;
  }

  private startOver(): void {
    this.resetValue();
    this.responseId = newResponseId();
    this.focusTarget = '#step-title';
  }

  // ----- submission -----

  private async submit(survey: NeedsSurvey): Promise<void> {
    const current = this.value;
    if (!current || this.step !== 'review') return;
    const response: SurveyResponse = { ...current, submittedAt: new Date().toISOString() };
    const check = validateResponse(survey, response);
    if (!check.ok) {
      const id = check.violations[0]!.path[1];
      this.showErrors = true;
      this.change(survey, typeof id === 'string' ? id : '');
      this.showErrors = true;
      return;
    }
    this.submittedId = response.id;
    this.step = 'sending';
    this.focusTarget = '#step-title';
    const event = new QySurveySubmitEvent({ response });
    this.dispatchEvent(event);
    this.drafts.clear(survey.id);
    if (event.defaultPrevented || !this.action) {
      this.step = 'done';
      return;
    }
    await this.delivery.send({
      endpoint: this.action,
      body: JSON.stringify(this.envelope === 'document' ? { document: response } : response),
      receipt: response.id,
      lang: this.locale,
    });
  }

  /** Sends every response for this `action` still waiting on the device, now. */
  retryNow(): Promise<void> {
    return this.delivery.retryNow();
  }

  /** Shows and announces one delivery outcome (retries are the {@link OutboxController}'s). */
  private handle(outcome: DeliveryOutcome, mine: boolean): void {
    const { key, receipt: response } = outcome.entry;
    switch (outcome.status) {
      case 'sent':
        if (mine) this.setOutcome('sent');
        this.dispatchEvent(new QySurveySentEvent({ key, response, status: outcome.httpStatus }));
        break;
      case 'queued':
        if (mine && this.step !== 'queued') {
          this.setOutcome('queued');
          this.dispatchEvent(new QySurveyQueuedEvent({ key, response }));
        }
        break;
      case 'rejected':
        if (mine) {
          this.rejection = { status: outcome.httpStatus, message: outcome.message };
          this.setOutcome('rejected');
        }
        this.dispatchEvent(
          new QySurveyRejectedEvent({ key, status: outcome.httpStatus, message: outcome.message }),
        );
        break;
      case 'busy':
        break;
    }
  }

  private setOutcome(step: SurveyStep): void {
    this.step = step;
    this.focusTarget = '#step-title';
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const survey = this.readySurvey;
    if (survey && (this.step === 'answer' || this.step === 'review')) {
      const touched =
        Object.keys(this.answers).length + Object.keys(this.respondentAttributes).length > 0;
      if (touched || this.page > 0) {
        const section = this.pageSection(survey, this.page);
        this.drafts.save(survey.id, {
          id: this.responseId,
          answers: this.answers,
          attributes: this.respondentAttributes,
          page: this.page,
          ...(section ? { section: section.id } : {}),
        });
      }
    }
    if (this.focusTarget) {
      this.renderRoot.querySelector<HTMLElement>(this.focusTarget)?.focus();
      this.focusTarget = undefined;
    }
  }

  // ----- rendering -----

  protected override render(): TemplateResult | typeof nothing {
    const survey = this.readySurvey;
    if (!survey) return renderLoadState(this.doc.state, (key, params) => this.t(key, params));
    const title = localize(survey.title, this.locale);
    return html`<fieldset part="base" ?disabled=${this.isDisabled}>
      <legend class="visually-hidden">${title}</legend>
      ${
        this.step === 'answer'
          ? this.renderPage(survey, title)
          : this.step === 'review'
            ? this.renderReview(survey)
            : this.renderOutcome()
      }
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </fieldset>`;
  }

  private renderPage(survey: NeedsSurvey, title: string): TemplateResult {
    const pages = this.pages(survey);
    const page = Math.min(this.page, pages.length - 1);
    const errors = this.showErrors ? this.errorsByQuestion(survey) : new Map<string, string>();
    const pageErrors = pages[page]!.filter((question) => errors.has(question.id)).length;
    const last = page === pages.length - 1;
    const section = this.pageSection(survey, page);
    const surveyDescription =
      survey.description && page === 0
        ? html`<p class="description">${localize(survey.description, this.locale)}</p>`
        : nothing;
    return html`<div part="header" class="header">
        ${
          section
            ? html`<p class="survey-title">${title}</p>
                ${surveyDescription}
                <h2 id="step-title" tabindex="-1">${localize(section.title, this.locale)}</h2>
                ${
                  section.description
                    ? html`<p class="section-description" part="section-description">
                        ${localize(section.description, this.locale)}
                      </p>`
                    : nothing
                }`
            : html`<h2 id="step-title" tabindex="-1">${title}</h2>
                ${surveyDescription}`
        }
        <p class="progress-text" id="progress-text">
          ${
            section
              ? this.t('section', {
                  part: page + 1,
                  parts: pages.length,
                  title: localize(section.title, this.locale),
                })
              : this.t('page', { page: page + 1, pages: pages.length })
          }
        </p>
        <progress
          part="progress"
          max=${pages.length + 1}
          .value=${page + 1}
          aria-labelledby="progress-text"
        ></progress>
      </div>
      ${
        this.restored
          ? html`<div class="restored" part="status" role="status">
              <span>${this.t('draftRestored')}</span>
              <button type="button" @click=${this.startOver}>${this.t('startOver')}</button>
            </div>`
          : nothing
      }
      ${page === 0 && survey.attributes.length > 0 ? this.renderAttributes(survey.attributes) : nothing}
      ${pages[page]!.map((question) => this.renderQuestion(question, errors.get(question.id)))}
      ${
        pageErrors > 0
          ? html`<p class="page-errors" part="field-error" role="alert">
              ${this.t('fixErrors', { count: pageErrors })}
            </p>`
          : nothing
      }
      <div class="actions" part="actions">
        ${
          page > 0
            ? html`<button type="button" @click=${() => this.goToPage(page - 1)}>
                ${this.t('previous')}
              </button>`
            : nothing
        }
        <button type="button" class="primary" @click=${() => this.next(survey)}>
          ${last ? this.t('toReview') : this.t('next')}
        </button>
      </div>`;
  }

  private renderAttributes(attributes: readonly RespondentAttribute[]): TemplateResult {
    return html`<fieldset class="question about" part="question">
      <legend>${this.t('aboutYou')}</legend>
      ${attributes.map(
        (attribute) =>
          html`<fieldset class="choices" role="radiogroup">
            <legend class="sub">${localize(attribute.label, this.locale)}</legend>
            ${attribute.values.map(
              (value) =>
                html`<label class="option" part="option">
                  <input
                    type="radio"
                    name=${`attr/${attribute.id}`}
                    .checked=${this.respondentAttributes[attribute.id] === value.id}
                    @change=${() => this.setRespondentAttribute(attribute.id, value.id)}
                  />
                  <span>${localize(value.label, this.locale)}</span>
                </label>`,
            )}
          </fieldset>`,
      )}
    </fieldset>`;
  }

  private describedBy(
    question: SurveyQuestion,
    error: string | undefined,
  ): string | typeof nothing {
    const ids = [
      question.help ? `help-${question.id}` : '',
      error ? `err-${question.id}` : '',
    ].filter(Boolean);
    return ids.length > 0 ? ids.join(' ') : nothing;
  }

  private renderLabelText(question: SurveyQuestion): TemplateResult {
    return html`${localize(question.label, this.locale)}
      <span class="marker ${question.required ? 'req' : ''}"
        >(${question.required ? this.t('required') : this.t('optional')})</span
      >`;
  }

  private renderHelpAndError(question: SurveyQuestion, error: string | undefined): TemplateResult {
    return html`${
      question.help
        ? html`<p class="help" id=${`help-${question.id}`}>
            ${localize(question.help, this.locale)}
          </p>`
        : nothing
    }
    ${
      error
        ? html`<p class="field-error" part="field-error" id=${`err-${question.id}`}>${error}</p>`
        : nothing
    }`;
  }

  private renderQuestion(question: SurveyQuestion, error: string | undefined): TemplateResult {
    switch (question.type) {
      case 'single-choice':
      case 'multiple-choice':
        return this.renderChoices(question, error);
      case 'rating':
        return this.renderRating(question, error);
      case 'ranking':
        return this.renderRanking(question, error);
      case 'number':
      case 'free-text':
        return this.renderField(question, error);
    }
  }

  private renderChoices(
    question: Extract<SurveyQuestion, { type: 'single-choice' | 'multiple-choice' }>,
    error: string | undefined,
  ): TemplateResult {
    const single = question.type === 'single-choice';
    const answer = this.answers[question.id];
    const chosen = Array.isArray(answer) ? answer : typeof answer === 'string' ? [answer] : [];
    const describedBy = this.describedBy(question, error);
    return html`<fieldset
      class="question choices"
      part="question"
      data-question=${question.id}
      role=${single ? 'radiogroup' : nothing}
      aria-required=${single && question.required ? 'true' : nothing}
      aria-invalid=${single && error ? 'true' : nothing}
    >
      <legend>${this.renderLabelText(question)}</legend>
      ${this.renderHelpAndError(question, error)}
      ${question.options.map(
        (option) =>
          html`<label class="option" part="option">
            <input
              type=${single ? 'radio' : 'checkbox'}
              name=${question.id}
              value=${option.id}
              .checked=${chosen.includes(option.id)}
              aria-invalid=${!single && error ? 'true' : nothing}
              aria-describedby=${describedBy}
              @change=${(event: Event) => {
                const checked = (event.target as HTMLInputElement).checked;
                if (single) this.setAnswer(question.id, option.id);
                else {
                  const order = question.options.map((o) => o.id);
                  const next = checked
                    ? [...chosen, option.id]
                    : chosen.filter((id) => id !== option.id);
                  next.sort((a, b) => order.indexOf(a) - order.indexOf(b));
                  this.setAnswer(question.id, next.length > 0 ? next : undefined);
                }
              }}
            />
            <span>${localize(option.label, this.locale)}</span>
          </label>`,
      )}
    </fieldset>`;
  }

  private renderRating(
    question: Extract<SurveyQuestion, { type: 'rating' }>,
    error: string | undefined,
  ): TemplateResult {
    const answer = this.answers[question.id];
    const values = Array.from(
      { length: question.max - question.min + 1 },
      (_, i) => question.min + i,
    );
    const describedBy = this.describedBy(question, error);
    return html`<fieldset
      class="question rating"
      part="question"
      data-question=${question.id}
      role="radiogroup"
      aria-required=${question.required ? 'true' : nothing}
      aria-invalid=${error ? 'true' : nothing}
    >
      <legend>${this.renderLabelText(question)}</legend>
      ${this.renderHelpAndError(question, error)}
      <div class="scale">
        ${values.map((value) => {
          const end =
            value === question.min && question.minLabel
              ? localize(question.minLabel, this.locale)
              : value === question.max && question.maxLabel
                ? localize(question.maxLabel, this.locale)
                : '';
          return html`<label class="option" part="option">
            <input
              type="radio"
              name=${question.id}
              value=${value}
              .checked=${answer === value}
              aria-describedby=${describedBy}
              @change=${() => this.setAnswer(question.id, value)}
            />
            <span>${value}</span>${end ? html`<span class="end">${end}</span>` : nothing}
          </label>`;
        })}
      </div>
    </fieldset>`;
  }

  private renderRanking(
    question: Extract<SurveyQuestion, { type: 'ranking' }>,
    error: string | undefined,
  ): TemplateResult {
    const answer = this.answers[question.id];
    const ranked = Array.isArray(answer) ? answer : [];
    const labelOf = (id: string) => {
      const option = question.options.find((o) => o.id === id);
      return option ? localize(option.label, this.locale) : id;
    };
    const unranked = question.options.filter((option) => !ranked.includes(option.id));
    const needed = question.minRanked ?? question.options.length;
    const rankHelpId = `rank-help-${question.id}`;
    const describedBy = [rankHelpId, this.describedBy(question, error)]
      .filter((id) => id !== nothing)
      .join(' ');
    const button = (
      action: string,
      label: string,
      text: string,
      onClick: () => void,
      disabled = false,
    ) =>
      html`<button
        type="button"
        class="small"
        data-action=${action}
        aria-label=${label}
        aria-describedby=${describedBy}
        ?disabled=${disabled}
        @click=${onClick}
      >
        <span aria-hidden="true">${text}</span>
      </button>`;
    return html`<fieldset
      class="question ranking"
      part="question ranking"
      data-question=${question.id}
      aria-invalid=${error ? 'true' : nothing}
    >
      <legend>${this.renderLabelText(question)}</legend>
      <p class="help" id=${rankHelpId}>${this.t('rankingHelp', { count: needed })}</p>
      ${this.renderHelpAndError(question, error)}
      <h3 class="list-title">${this.t('ranked')}</h3>
      ${
        ranked.length === 0
          ? html`<p class="empty">${this.t('rankedNothing')}</p>`
          : html`<ol class="ranked">
              ${ranked.map((id, index) => {
                const label = labelOf(id);
                return html`<li data-option=${id}>
                  <span class="rank" aria-hidden="true">${index + 1}</span>
                  <span class="label">${label}</span>
                  <span class="buttons">
                    ${button(
                      'up',
                      this.t('moveUp', { option: label }),
                      '↑',
                      () => this.moveRanked(question.id, ranked, index, -1, labelOf),
                      index === 0,
                    )}
                    ${button(
                      'down',
                      this.t('moveDown', { option: label }),
                      '↓',
                      () => this.moveRanked(question.id, ranked, index, 1, labelOf),
                      index === ranked.length - 1,
                    )}
                    ${button('remove', this.t('removeFromRanking', { option: label }), '✕', () =>
                      this.removeRanked(question.id, ranked, index),
                    )}
                  </span>
                </li>`;
              })}
            </ol>`
      }
      ${
        unranked.length > 0
          ? html`<h3 class="list-title">${this.t('unranked')}</h3>
              <ul class="unranked">
                ${unranked.map((option) => {
                  const label = localize(option.label, this.locale);
                  return html`<li data-option=${option.id}>
                    <span class="label">${label}</span>
                    <span class="buttons">
                      ${button('add', this.t('addToRanking', { option: label }), '＋', () =>
                        this.addRanked(question.id, ranked, option.id, labelOf),
                      )}
                    </span>
                  </li>`;
                })}
              </ul>`
          : nothing
      }
    </fieldset>`;
  }

  private rankingButton(questionId: string, optionId: string, action: string): string {
    return `[data-question="${questionId}"] li[data-option="${optionId}"] button[data-action="${action}"]`;
  }

  private moveRanked(
    questionId: string,
    ranked: readonly string[],
    index: number,
    by: -1 | 1,
    labelOf: (id: string) => string,
  ): void {
    const target = index + by;
    if (target < 0 || target >= ranked.length) return;
    const next = [...ranked];
    const [moved] = next.splice(index, 1);
    next.splice(target, 0, moved!);
    this.setAnswer(questionId, next);
    const atEdge = target === 0 || target === next.length - 1;
    const action = atEdge ? (by < 0 ? 'down' : 'up') : by < 0 ? 'up' : 'down';
    this.focusTarget = this.rankingButton(questionId, moved!, action);
    this.announcement = this.t('movedTo', { option: labelOf(moved!), position: target + 1 });
  }

  private addRanked(
    questionId: string,
    ranked: readonly string[],
    optionId: string,
    labelOf: (id: string) => string,
  ): void {
    const next = [...ranked, optionId];
    this.setAnswer(questionId, next);
    this.focusTarget = this.rankingButton(questionId, optionId, next.length > 1 ? 'up' : 'remove');
    this.announcement = this.t('movedTo', { option: labelOf(optionId), position: next.length });
  }

  private removeRanked(questionId: string, ranked: readonly string[], index: number): void {
    const next = ranked.filter((_, i) => i !== index);
    const removed = ranked[index]!;
    this.setAnswer(questionId, next.length > 0 ? next : undefined);
    this.focusTarget = this.rankingButton(questionId, removed, 'add');
    this.announcement = '';
  }

  private renderField(
    question: Extract<SurveyQuestion, { type: 'number' | 'free-text' }>,
    error: string | undefined,
  ): TemplateResult {
    const id = `in-${question.id}`;
    const answer = this.answers[question.id];
    const describedBy = this.describedBy(question, error);
    const common = {
      required: question.required ? 'true' : nothing,
      invalid: error ? 'true' : nothing,
    };
    return html`<div class="question field" part="question" data-question=${question.id}>
      <label for=${id}>${this.renderLabelText(question)}</label>
      ${this.renderHelpAndError(question, error)}
      ${
        question.type === 'number'
          ? html`<span class="number">
              <input
                part="input"
                id=${id}
                type="number"
                inputmode=${question.integer ? 'numeric' : 'decimal'}
                step=${question.integer ? '1' : 'any'}
                min=${question.min ?? nothing}
                max=${question.max ?? nothing}
                .value=${typeof answer === 'number' ? String(answer) : ''}
                aria-required=${common.required}
                aria-invalid=${common.invalid}
                aria-describedby=${describedBy}
                @input=${(event: Event) => {
                  const text = (event.target as HTMLInputElement).value.trim();
                  const number = Number(text);
                  this.setAnswer(
                    question.id,
                    text === '' || !Number.isFinite(number) ? undefined : number,
                  );
                }}
              />
              ${question.unit ? html`<span class="unit">${localize(question.unit, this.locale)}</span>` : nothing}
            </span>`
          : html`<textarea
                part="input"
                id=${id}
                rows="4"
                maxlength=${question.maxLength ?? nothing}
                .value=${typeof answer === 'string' ? answer : ''}
                aria-required=${common.required}
                aria-invalid=${common.invalid}
                aria-describedby=${describedBy}
                @input=${(event: Event) => {
                  const text = (event.target as HTMLTextAreaElement).value;
                  this.setAnswer(question.id, text === '' ? undefined : text);
                }}
              ></textarea>
              ${
                question.maxLength
                  ? html`<p class="help">
                      ${this.t('characters', {
                        count: [...(typeof answer === 'string' ? answer : '')].length,
                        max: question.maxLength,
                      })}
                    </p>`
                  : nothing
              }`
      }
    </div>`;
  }

  private answerText(question: SurveyQuestion, answer: SurveyAnswer | undefined): string {
    if (answer === undefined || !isAnswered(answer)) return this.t('notAnswered');
    const option = (id: string) => {
      const found = 'options' in question ? question.options.find((o) => o.id === id) : undefined;
      return found ? localize(found.label, this.locale) : id;
    };
    switch (question.type) {
      case 'single-choice':
        return option(String(answer));
      case 'multiple-choice':
        return (answer as string[]).map(option).join(this.locale === 'zh-CN' ? '、' : ', ');
      case 'ranking':
        return (answer as string[]).map((id, i) => `${i + 1}. ${option(id)}`).join('  ');
      case 'rating':
        return this.t('ratingOf', { value: Number(answer), max: question.max });
      case 'number':
        return question.unit
          ? `${String(answer)} ${localize(question.unit, this.locale)}`
          : String(answer);
      case 'free-text':
        return String(answer);
    }
  }

  private renderReview(survey: NeedsSurvey): TemplateResult {
    const answers = this.value?.answers ?? {};
    const submit = this.t('submit');
    const attributeRows = survey.attributes.map((attribute) => {
      const value = attribute.values.find((v) => v.id === this.respondentAttributes[attribute.id]);
      return html`<div class="row">
        <dt>${localize(attribute.label, this.locale)}</dt>
        <dd>${value ? localize(value.label, this.locale) : this.t('notAnswered')}</dd>
      </div>`;
    });
    const questionRow = (question: SurveyQuestion) => {
      const label = localize(question.label, this.locale);
      return html`<div class="row" data-review=${question.id}>
        <dt>${label}</dt>
        <dd>
          <span>${this.answerText(question, answers[question.id])}</span>
          <button
            type="button"
            class="small"
            aria-label=${this.t('changeQuestion', { question: label })}
            @click=${() => this.change(survey, question.id)}
          >
            ${this.t('change')}
          </button>
        </dd>
      </div>`;
    };
    const shown = shownQuestions(survey, this.answers);
    // With sections, answers are grouped under the section titles (a section whose questions
    // are all hidden has no group), the respondent attributes under "About you".
    const groups = survey.sections
      ? html`${
          attributeRows.length > 0
            ? html`<h3 class="review-group">${this.t('aboutYou')}</h3>
                <dl data-group="attributes">${attributeRows}</dl>`
            : nothing
        }
        ${survey.sections.map((section) => {
          const rows = shown.filter((question) => section.questions.includes(question.id));
          return rows.length > 0
            ? html`<h3 class="review-group">${localize(section.title, this.locale)}</h3>
                <dl data-group=${section.id}>${rows.map(questionRow)}</dl>`
            : nothing;
        })}`
      : html`<dl>${attributeRows}${shown.map(questionRow)}</dl>`;
    return html`<section class="review" part="review" aria-labelledby="step-title">
      <h2 id="step-title" tabindex="-1">${this.t('reviewTitle')}</h2>
      <p>${this.t('reviewHelp', { submit })}</p>
      ${groups}
      <div class="actions" part="actions">
        <button type="button" @click=${() => this.goToPage(this.pages(survey).length - 1)}>
          ${this.t('previous')}
        </button>
        <button type="button" class="primary" @click=${() => void this.submit(survey)}>
          ${submit}
        </button>
      </div>
    </section>`;
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
    const finished = this.step === 'sent' || this.step === 'done' || this.step === 'rejected';
    return html`<section aria-labelledby="step-title" part="status">
      <h2 id="step-title" tabindex="-1">${message}</h2>
      ${
        this.submittedId && this.step !== 'rejected'
          ? html`<p class="receipt">${this.t('responseId')}: <code>${this.submittedId}</code></p>`
          : nothing
      }
      <div class="actions" part="actions">
        ${
          this.step === 'queued'
            ? html`<button type="button" @click=${() => void this.retryNow()}>
                ${this.t('retry')}
              </button>`
            : nothing
        }
        ${
          finished
            ? html`<button type="button" @click=${this.startOver}>${this.t('another')}</button>`
            : nothing
        }
      </div>
    </section>`;
  }
}

function newResponseId(): string {
  return `r-${randomId()}`;
}
