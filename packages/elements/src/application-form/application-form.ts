import {
  ApplicationSchema,
  localize,
  type Community,
  parseDocument,
  type Application,
  type LocalizedText,
  type Money,
} from '@qingyuan/core';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DocumentController } from '../data/document-controller.js';
import { renderLoadState } from '../data/load-state-view.js';
import { QyApplicationSubmitEvent } from '../events/application-submit.js';
import { QyFormControl, type ControlValidity } from '../form/form-control.js';
import { FocusAfterUpdateController } from '../internal/focus-after-update.js';
import { sharedStyles } from '../base/shared-styles.js';
import {
  applicationCandidate,
  applicationProblems,
  draftTotal,
  type ApplicationCandidate,
  type ApplicationProblem,
} from './application-candidate.js';
import { draftFromState, draftOf, emptyDraft, type Draft } from './application-draft.js';
import {
  applicationFormMessages,
  type ApplicationFormMessageKey,
} from './application-form.messages.js';
import { applicationFormStyles } from './application-form.styles.js';
import { addRow, rowKinds, type RowSection } from './application-rows.js';
import { applicationSections } from './application-sections.js';
import { fieldId, resolveField } from './field-id.js';
import { textIn } from './localized-edit.js';
import { renderMissingPanel } from './missing-panel.js';
import { projectIdFrom, randomIdSuffix } from './project-id.js';

/**
 * A community the applicant can pick: its id and its name in each language (a core `Community`
 * will do).
 *
 * @example
 * form.communities = [{ id: 'jinhuali', name: { 'zh-CN': '金华里', en: 'Jinhuali' } }];
 */
export type ApplicationCommunity = Pick<Community, 'id' | 'name'>;

/**
 * The project application 项目申请书 in the prescribed format: purpose, needs answered, plan
 * activities with dates, indicators with units and targets, the team, beneficiaries with
 * vulnerable groups, and budget lines with a live total in the chosen currency (amounts typed
 * as decimals, kept as integer minor units, summed exactly). A panel lists everything still
 * missing before submission — `ApplicationSchema` issues and the project rules core checks on
 * submission (`missingForNext` from a draft: an indicator, budget lines adding up) — each
 * linked to its field. Form-associated: submits the application as JSON under `name`.
 *
 * An existing application to edit comes as the `application` property, a `src` URL or an
 * inline `<script type="application/json">` child; without one the form starts blank.
 * Bilingual text keeps its other language when one is edited.
 *
 * Residents are never asked for an id. A new application's project id is made by the form
 * when its title is first written (left) or at the latest on submission: the title's Latin
 * letters and digits and a random suffix (`garden-k3x9qa`), or `p-` and the suffix for a title
 * without Latin letters (`p-k3x9qa`). It stays once made: an application to edit or a restored
 * draft keeps its id, and editing the title does not change it.
 *
 * The applying community comes from the page: set `community` (its id) and no field is shown;
 * or give `communities` (ids with names in each language) and the applicant picks theirs by
 * name from a select. With neither, a plain text field asks for it.
 *
 * Submitting checks that nothing is missing and hands the application to the page in
 * `qy-application-submit`; the form then says it was passed on for submission. It does not
 * record the submission itself: in core's project lifecycle the project stays `draft` until
 * the page (the ballot box) records its `submitted` event.
 *
 * @tag qy-application-form
 * @summary Write a project application with a live budget total and see what is missing.
 *
 * @slot - An optional `<script type="application/json">` with an application to edit.
 *
 * @event qy-application-submit - A complete application is handed to the page to submit (`detail.application`).
 * @event qy-load - The application to edit was read and validated.
 * @event qy-load-error - The application to edit is unreachable or malformed.
 *
 * @csspart base - The outer fieldset.
 * @csspart section - One section (basics, needs, plan, …).
 * @csspart row - One repeated row (a need, an activity, a budget line, …).
 * @csspart input - A text, number, date or select input.
 * @csspart field-error - The message under a field that is missing or wrong.
 * @csspart total - The live budget total.
 * @csspart missing - The panel listing what is missing before submission.
 * @csspart actions - The submit row.
 * @csspart status - Loading and submission status text.
 * @csspart error - The error box shown for a bad application document.
 *
 * @cssproperty --qy-color-text - Text colour.
 * @cssproperty --qy-color-surface - Background colour.
 * @cssproperty --qy-color-muted - Secondary text colour.
 * @cssproperty --qy-color-border - Borders of sections, rows and inputs.
 * @cssproperty --qy-color-accent - The submit button and the total.
 * @cssproperty --qy-color-accent-contrast - Text on the accent.
 * @cssproperty --qy-color-danger - Error messages and invalid fields.
 * @cssproperty --qy-radius - Corner radius.
 * @cssproperty --qy-space - Base spacing.
 * @cssproperty --qy-target-size - Minimum size of touch targets (44px).
 * @cssproperty --qy-focus-ring - Focus outline.
 * @cssproperty --qy-application-form-max-width - Maximum width of the form.
 */
export class QyApplicationForm extends QyFormControl<ApplicationFormMessageKey> {
  static override styles = [sharedStyles, applicationFormStyles];

  protected readonly catalogs = applicationFormMessages;

  /** An application to edit (interchange format); wins over `src` and an inline JSON child. */
  @property({ attribute: false }) application: unknown;

  /** A URL to fetch the application to edit from. */
  @property() src = '';

  /**
   * The id of the applying community, when the page knows it: no community field is shown and
   * the application carries this id (it wins over the one in an application to edit).
   */
  @property() community = '';

  /**
   * The communities an applicant may apply for, when `community` is not set: a select shows
   * their names in the element's language and the application carries the id picked.
   */
  @property({ attribute: false }) communities: readonly ApplicationCommunity[] | undefined;

  @state() private draft: Draft = emptyDraft();
  @state() private showErrors = false;
  @state() private submitted = false;
  private initial: Draft = emptyDraft();
  private rowKey = 0;
  /** The random end of the project id this form makes for a new application. */
  private idSuffix = randomIdSuffix();
  private readonly focusAfter = new FocusAfterUpdateController(this);

  private readonly doc = new DocumentController<Application>(this, {
    property: () => this.application,
    src: () => this.src,
    parse: (data, locale) => parseDocument(ApplicationSchema, data, { locale }),
    t: (key, params) => this.t(key, params),
    locale: () => this.locale,
    onReady: (application) => {
      this.initial = draftOf(application);
      this.draft = structuredClone(this.initial);
      this.showErrors = false;
      this.submitted = false;
      // A draft the browser restored before the application arrived applies on top of it.
      this.applyPendingRestore();
    },
  });

  /** The application as typed, when `ApplicationSchema` accepts it; otherwise undefined. */
  get value(): Application | undefined {
    const { data, inputProblems } = this.candidate();
    if (inputProblems.length > 0) return undefined;
    const result = parseDocument(ApplicationSchema, data);
    return result.ok ? result.value : undefined;
  }

  /** The budget total in integer minor units of the chosen currency (lines that parse). */
  get total(): Money {
    return draftTotal(this.draft);
  }

  /**
   * Everything missing or wrong before submission, in the element's language. The project id
   * is never among them: the form makes it from the title, which is named when missing.
   */
  get problems(): readonly ApplicationProblem[] {
    const picking = !this.community.trim() && (this.communities ?? []).length > 0;
    return applicationProblems(this.candidate(), this.locale).flatMap((problem) => {
      const field = problem.path.length === 1 ? problem.path[0] : undefined;
      if (field === 'id') return [];
      // The community in plain words, not the id format the schema names.
      if (field === 'community' && !problem.rule) {
        return [
          { ...problem, message: this.t(picking ? 'communityNotChosen' : 'communityMissing') },
        ];
      }
      return [problem];
    });
  }

  /**
   * The draft as the application reads it: the project id (the draft's, or the one made from
   * the title written so far until it is kept; none before a title) and the community (the
   * page's, when given).
   */
  private completed(): Draft {
    const { id, title } = this.draft;
    return {
      ...this.draft,
      id: id || (hasText(title) ? projectIdFrom(title, this.idSuffix) : ''),
      community: this.community.trim() || this.draft.community,
    };
  }

  private candidate(): ApplicationCandidate {
    return applicationCandidate(this.completed(), (key, params) => this.t(key, params));
  }

  /** Keeps the project id made from the title written so far (once; see the class docs). */
  private keepId(): void {
    if (this.draft.id || !hasText(this.draft.title)) return;
    this.draft = { ...this.draft, id: projectIdFrom(this.draft.title, this.idSuffix) };
  }

  // ----- form participation -----

  protected formValue(): string | null {
    return JSON.stringify(this.value ?? this.candidate().data);
  }

  protected resetValue(): void {
    this.idSuffix = randomIdSuffix();
    this.draft = structuredClone(this.initial);
    this.showErrors = false;
    this.submitted = false;
  }

  /** The blank form, or an application to edit that has loaded. */
  protected override restoreReady(): boolean {
    const { status } = this.doc.state;
    return status === 'ready' || status === 'empty';
  }

  /** Restores a saved draft, complete or half written (see `draftFromState`). */
  protected restoreValue(saved: string): void {
    let state: unknown;
    try {
      state = JSON.parse(saved);
    } catch {
      return;
    }
    const draft = draftFromState(state);
    if (!draft) return;
    this.draft = draft;
    this.submitted = false;
  }

  protected checkControlValidity(): ControlValidity | undefined {
    const first = this.problems[0];
    return first ? { flags: { customError: true }, message: first.message } : undefined;
  }

  // ----- editing -----

  private edit(change: (draft: Draft) => void): void {
    const next = structuredClone(this.draft);
    change(next);
    this.draft = next;
    this.submitted = false;
  }

  private addRow(section: RowSection): void {
    let focus: (string | number)[] = [];
    this.edit((d) => (focus = addRow(d, section, `new${this.rowKey++}`)));
    this.focusAfter.request(`#${fieldId(focus)}`);
  }

  private removeRow(section: RowSection, index: number): void {
    this.edit((d) => (d[section] as unknown[]).splice(index, 1));
    this.focusAfter.request(`#${fieldId(rowKinds[section].path)}`);
  }

  private submit(): void {
    if (this.isDisabled) return;
    this.keepId();
    const application = this.value;
    if (!application || this.problems.length > 0) {
      this.showErrors = true;
      this.focusAfter.request('#missing-title');
      return;
    }
    this.submitted = true;
    this.focusAfter.request('#submitted');
    this.dispatchEvent(new QyApplicationSubmitEvent({ application }));
  }

  private focusField(path: readonly (string | number)[]): void {
    this.showErrors = true;
    for (let length = path.length; length > 0; length--) {
      const target = this.renderRoot.querySelector<HTMLElement>(
        `#${CSS.escape(fieldId(path.slice(0, length)))}`,
      );
      if (target) {
        target.focus();
        return;
      }
    }
  }

  // ----- rendering -----

  protected override render(): TemplateResult | typeof nothing {
    const state = this.doc.state;
    if (state.status === 'loading' || state.status === 'error') {
      return renderLoadState(state, (key, params) => this.t(key, params));
    }
    const problems = this.problems;
    const errors = new Map<string, string>();
    if (this.showErrors) {
      for (const problem of problems) {
        const id = resolveField(this.draft, problem.path);
        if (id && !errors.has(id)) errors.set(id, problem.message);
      }
    }
    const communities = this.communities ?? [];
    const context = {
      draft: this.draft,
      community: this.community.trim()
        ? ({ kind: 'given' } as const)
        : communities.length > 0
          ? ({
              kind: 'pick',
              options: communities.map((c) => [c.id, localize(c.name, this.locale)] as const),
            } as const)
          : ({ kind: 'type' } as const),
      titleDone: () => this.keepId(),
      locale: this.locale,
      t: (key: ApplicationFormMessageKey, params?: Record<string, string | number>) =>
        this.t(key, params),
      errors,
      total: this.total,
      edit: (change: (draft: Draft) => void) => this.edit(change),
      addRow: (section: RowSection) => this.addRow(section),
      removeRow: (section: RowSection, index: number) => this.removeRow(section, index),
    };
    const title = this.draft.title;
    return html`<fieldset part="base" ?disabled=${this.isDisabled}>
      <legend><h2>${title ? textIn(title, this.locale) : this.t('heading')}</h2></legend>
      ${applicationSections.map((render) => render(context))}
      ${renderMissingPanel(
        problems,
        (key, params) => this.t(key, params),
        (path) => this.focusField(path),
      )}
      <div class="actions" part="actions">
        <button type="button" class="primary" @click=${this.submit}>${this.t('submit')}</button>
      </div>
      ${this.submitted ? html`<p id="submitted" class="submitted" part="status" role="status" tabindex="-1">${this.t('passedOn')}</p>` : nothing}
    </fieldset>`;
  }
}

/** Whether a title has any text in any language. */
function hasText(title: LocalizedText | undefined): boolean {
  if (title === undefined) return false;
  const texts = typeof title === 'string' ? [title] : Object.values(title);
  return texts.some((text) => text.trim() !== '');
}
