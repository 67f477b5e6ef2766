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
  type SurveyAnswer,
  type SurveyQuestion,
  type SurveyResponse,
  type SurveySection,
  type Violation,
} from '@qingyuan/core';
import type { nothing } from 'lit';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DocumentController } from '../data/document-controller.js';
import { renderLoadState } from '../data/load-state-view.js';
import { QySurveyQueuedEvent } from '../events/survey-queued.js';
import { QySurveyRejectedEvent } from '../events/survey-rejected.js';
import { QySurveySentEvent } from '../events/survey-sent.js';
import { QySurveySubmitEvent } from '../events/survey-submit.js';
import { QyFormControl, type ControlValidity } from '../form/form-control.js';
import { DeliveryFlow, type DeliveryStep } from '../internal/delivery-flow.js';
import type { DeliveryOutcome } from '../base/outbox.js';
import { sharedStyles } from '../base/shared-styles.js';
import { needsSurveyMessages, type NeedsSurveyMessageKey } from './needs-survey.messages.js';
import { needsSurveyStyles } from './needs-survey.styles.js';
import { FocusAfterUpdateController } from '../internal/focus-after-update.js';
import { randomId } from '../internal/random-id.js';
import type { QuestionContext } from './question-context.js';
import { SurveyDraftStore } from './survey-draft.js';
import { renderSurveyOutcome } from './survey-outcome.js';
import { renderSurveyPage } from './survey-page.js';
import { surveyBoxAddresses } from './survey-box-address.js';
import { surveyPages } from './survey-pages.js';
import { renderSurveyReview } from './survey-review.js';

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
 * emitted; with `action` (or `box` + `collection`: a survey-response collection of a Qingyuan
 * ballot box) it is also POSTed with an `Idempotency-Key`, kept on the device while offline and
 * retried, never stored twice. Form-associated: inside a host `<form>` it submits
 * the response as JSON under `name`.
 *
 * The survey comes as the `survey` property, a `src` URL, an inline
 * `<script type="application/json">` child, or — with `box` + `collection` and none of those —
 * from the ballot box, which serves the survey the collection was created with.
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
   * The base URL of a Qingyuan ballot box (`https://box.example.org`); with `collection`, the
   * response goes into that survey-response collection of the box
   * (`POST <box>/collections/<collection>/items`, wrapped as `{ "document": response }`) with no
   * `action` or `envelope` to set, and the survey the collection was created with is read from
   * the box (`GET <box>/collections/<collection>/survey`) when none is given as the `survey`
   * property, an inline JSON child or `src`. An `action` (or `src`) wins over it.
   */
  @property() box = '';

  /** The id of the survey-response collection on the `box` that receives the responses. */
  @property() collection = '';

  /** Where the response goes: `action`, else the `box` collection's items, else nowhere. */
  private get endpoint(): string {
    return this.action || surveyBoxAddresses(this.box, this.collection).items;
  }

  /** Where the survey comes from: `src`, else the `box` collection's survey, else nowhere. */
  private get surveySource(): string {
    return this.src || surveyBoxAddresses(this.box, this.collection).survey;
  }

  /** Whether the POST body is `{ document: response }` (`envelope`, or a `box` collection). */
  private get wrapsDocument(): boolean {
    return this.envelope === 'document' || (!this.action && this.endpoint !== '');
  }

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
  private responseId = newResponseId();
  private submittedId = '';

  private readonly drafts = new SurveyDraftStore();
  private readonly focusAfter = new FocusAfterUpdateController(this);

  private readonly doc = new DocumentController<NeedsSurvey>(this, {
    property: () => this.survey,
    src: () => this.surveySource,
    parse: (data, locale) => parseDocument(NeedsSurveySchema, data, { locale }),
    t: (key, params) => this.t(key, params),
    locale: () => this.locale,
    onReady: (survey) => this.start(survey),
  });

  private readonly delivery = new DeliveryFlow(this, {
    endpoint: () => this.endpoint,
    storageKey: OUTBOX_KEY,
    onOutcome: (outcome, mine, before) => this.announce(outcome, mine, before),
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
    this.focusAfter.request('#step-title');
  }

  private next(survey: NeedsSurvey): void {
    const pages = this.pages(survey);
    const page = Math.min(this.page, pages.length - 1);
    const errors = this.errorsByQuestion(survey);
    const firstBad = pages[page]!.find((question) => errors.has(question.id));
    if (firstBad) {
      this.showErrors = true;
      this.focusAfter.request(
        `[data-question="${firstBad.id}"] :is(input, textarea, button):not(:disabled)`,
      );
      this.requestUpdate();
      return;
    }
    this.showErrors = false;
    if (page < pages.length - 1) this.goToPage(page + 1);
    else {
      this.step = 'review';
      this.focusAfter.request('#step-title');
    }
  }

  private change(survey: NeedsSurvey, questionId: string): void {
    const index = this.pages(survey).findIndex((page) => page.some((q) => q.id === questionId));
    this.page = Math.max(0, index);
    this.step = 'answer';
    this.showErrors = false;
    this.focusAfter.request(
      `[data-question="${questionId}"] :is(input, textarea, button):not(:disabled)`,
    );
  }

  private startOver(): void {
    this.delivery.reset();
    this.resetValue();
    this.responseId = newResponseId();
    this.focusAfter.request('#step-title');
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
    this.focusAfter.request('#step-title');
    const event = new QySurveySubmitEvent({ response });
    this.dispatchEvent(event);
    this.drafts.clear(survey.id);
    const endpoint = this.endpoint;
    if (event.defaultPrevented || !endpoint) {
      this.step = 'done';
      return;
    }
    await this.delivery.send({
      endpoint,
      body: JSON.stringify(this.wrapsDocument ? { document: response } : response),
      summary: response.id,
      lang: this.locale,
    });
  }

  /** Sends every response for this `action` still waiting on the device, now. */
  retryNow(): Promise<void> {
    return this.delivery.retryNow();
  }

  /**
   * Shows an outcome of this response's delivery (the shared {@link DeliveryFlow} keeps the
   * step and the box's refusal; retries are its outbox's) and fires the survey's events, for
   * responses left by an earlier page too.
   */
  private announce(
    outcome: DeliveryOutcome,
    mine: boolean,
    before: DeliveryStep | undefined,
  ): void {
    const { key, summary: response } = outcome.entry;
    switch (outcome.status) {
      case 'sent':
        if (mine) this.showDeliveryStep();
        this.dispatchEvent(new QySurveySentEvent({ key, response, status: outcome.httpStatus }));
        break;
      case 'queued':
        if (mine && before !== 'queued') {
          this.showDeliveryStep();
          this.dispatchEvent(new QySurveyQueuedEvent({ key, response }));
        }
        break;
      case 'rejected':
        if (mine) this.showDeliveryStep();
        this.dispatchEvent(
          new QySurveyRejectedEvent({ key, status: outcome.httpStatus, message: outcome.message }),
        );
        break;
      case 'busy':
        break;
    }
  }

  private showDeliveryStep(): void {
    if (this.delivery.step) this.step = this.delivery.step;
    this.focusAfter.request('#step-title');
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
  }

  // ----- rendering -----

  /** What every question renderer reads and may do (see `question-renderers.ts`). */
  private get questionContext(): QuestionContext {
    return {
      locale: this.locale,
      t: (key, params) => this.t(key, params),
      answer: (id) => this.answers[id],
      setAnswer: (id, answer) => this.setAnswer(id, answer),
      focus: (selector) => this.focusAfter.request(selector),
      announce: (text) => (this.announcement = text),
    };
  }

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
            ? renderSurveyReview(survey, {
                locale: this.locale,
                t: (key, params) => this.t(key, params),
                answers: this.answers,
                sent: this.value?.answers ?? {},
                attributes: this.respondentAttributes,
                change: (id) => this.change(survey, id),
                back: () => this.goToPage(this.pages(survey).length - 1),
                submit: () => void this.submit(survey),
              })
            : renderSurveyOutcome({
                t: (key, params) => this.t(key, params),
                step: this.step,
                responseId: this.submittedId,
                rejection: this.delivery.refusal,
                retry: () => void this.retryNow(),
                startOver: () => this.startOver(),
              })
      }
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </fieldset>`;
  }

  private renderPage(survey: NeedsSurvey, title: string): TemplateResult {
    const pages = this.pages(survey);
    const page = Math.min(this.page, pages.length - 1);
    return renderSurveyPage(survey, {
      question: this.questionContext,
      title,
      pages,
      page,
      section: this.pageSection(survey, page),
      errors: this.showErrors ? this.errorsByQuestion(survey) : new Map<string, string>(),
      restored: this.restored,
      attributes: this.respondentAttributes,
      setAttribute: (id, value) => this.setRespondentAttribute(id, value),
      startOver: () => this.startOver(),
      previous: () => this.goToPage(page - 1),
      next: () => this.next(survey),
    });
  }
}

function newResponseId(): string {
  return `r-${randomId()}`;
}
