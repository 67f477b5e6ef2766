import {
  localize,
  missingForNext,
  projectCommonChecks,
  projectMainPath,
  type GovernanceBody,
  type Participant,
  type ProjectContext,
  type ProjectStatus,
  type RuleDescription,
} from '@qingyuan/core';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { DocumentController } from '../data/document-controller.js';
import { renderLoadState } from '../data/load-state-view.js';
import { QyElement } from '../base/qy-element.js';
import { sharedStyles } from '../base/shared-styles.js';
import { readProjectProgressLoading, type ProjectProgress } from './project-progress.js';
import { projectStatusMessages, type ProjectStatusMessageKey } from './project-status.messages.js';
import { projectStatusStyles } from './project-status.styles.js';
import type * as AccountabilityView from './project-accountability-view.js';

type StepState = 'done' | 'current' | 'upcoming' | 'ended';

/**
 * The catalog entries of the rules a next step can miss (those of the common lifecycle), loaded
 * the first time a next step misses something: the rules run without their descriptions.
 */
const loadNextStepRules = () =>
  import('./project-rule-descriptions-loader.js').then((loaded) => loaded.nextStepRuleDescriptions);

/** Core's whole project lifecycle, for a history with an exceptional event (loaded then). */
const loadProjectLifecycle = () =>
  import('./project-lifecycle-loader.js').then((loaded) => loaded.projectLifecycle);

const MARKS: Record<StepState, string> = { done: '✓', current: '●', upcoming: '○', ended: '✕' };

/**
 * Where a project stands in its lifecycle, as a step list that says in words (not colour
 * alone) which steps are done, which is current and which are still ahead, and what is
 * missing for the next step: core's `missingForNext`, each violation with the description of
 * its rule from core's rules catalog (the entries of `projectCommonLifecycle`'s rules, loaded
 * the first time a next step misses something), in zh-CN
 * or English.
 *
 * Give the project's history (`ProjectHistory` events, checked by core's lifecycle rules) as
 * the `history` property, a `src` URL or an inline `<script type="application/json">` child;
 * or just its state with the `status` attribute, or a ballot box's public view of a funded
 * project (core's `PublicProjectView`, e.g. `src=".../projects/{id}/public"`). A funded project
 * also shows its public accountability view below the steps (stage timeline, spending, indicators,
 * scope changes, termination steps), loaded on demand; `accountability="hidden"` leaves it out.
 * The supervision bodies (`bodies`) and the
 * documents prepared for the next step (`drafts`) are the context core's rules read.
 *
 * @tag qy-project-status
 * @summary Show a project's lifecycle steps and what is missing for the next one.
 *
 * @slot - An optional `<script type="application/json">` with the history (or `{ "status" }`).
 *
 * @event qy-load - The history was read and accepted by the lifecycle rules.
 * @event qy-load-error - The history is malformed, refused by a rule, or the status unknown.
 *
 * @csspart base - The outer section.
 * @csspart steps - The ordered list of steps.
 * @csspart step - One step.
 * @csspart marker - A step's symbol (✓ done, ● current, ○ ahead, ✕ ended).
 * @csspart next - The next-step panel.
 * @csspart missing - The list of what is missing.
 * @csspart status - Loading status text.
 * @csspart error - The error box shown for a bad history (or a public view that cannot be read).
 * @csspart accountability - The accountability view of a funded project (loaded on demand).
 * @csspart timeline - Its stage timeline: each status with the day it began.
 * @csspart money-summary - The spending in one sentence: granted, disbursed, spent, left.
 * @csspart bars - The disbursed and spent bars.
 * @csspart bar-row - One bar with its label and, beside it, its value and share of the grant.
 * @csspart bar - The patterned bar itself (decoration: its value is in words beside it).
 * @csspart lines - The table of budget lines, budgeted and spent from the grant.
 * @csspart expenses - The disclosure of the expense lines (a table).
 * @csspart indicators - The indicators, target against reached.
 * @csspart changes - The scope changes: asked by, why, decided by, why.
 * @csspart termination - The termination steps: proposed, answered, declined or terminated, refund.
 *
 * @cssproperty --qy-color-text - Text colour.
 * @cssproperty --qy-color-surface - Background colour.
 * @cssproperty --qy-color-muted - Steps still ahead.
 * @cssproperty --qy-color-border - The line joining the steps.
 * @cssproperty --qy-color-accent - Done and current steps.
 * @cssproperty --qy-color-danger - A project that ended early, and missing items.
 * @cssproperty --qy-radius - Corner radius.
 * @cssproperty --qy-space - Base spacing.
 * @cssproperty --qy-project-status-max-width - Maximum width.
 * @cssproperty --qy-project-status-bar-spent - The spent bar (default: the accent).
 * @cssproperty --qy-project-status-bar-disbursed - The disbursed bar's stripes (default: the muted colour).
 */
export class QyProjectStatus extends QyElement<ProjectStatusMessageKey> {
  static override styles = [sharedStyles, projectStatusStyles];

  protected readonly catalogs = projectStatusMessages;

  /** The project's history (`ProjectHistory`); wins over `status`, `src` and inline JSON. */
  @property({ attribute: false }) history: unknown;

  /**
   * The level of the element's heading (2–6, default 2), so it fits the host page's outline; the
   * next-step heading is one level below.
   */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** A project status, when the history is not at hand (e.g. `in-execution`). */
  @property() status = '';

  /** A URL to fetch the history from. */
  @property() src = '';

  /** The governance bodies (the supervision group decides terminations and extra spending). */
  @property({ attribute: false }) bodies: readonly GovernanceBody[] = [];

  /**
   * The round's documents the submission, review and funding rules read: rounds, review meetings
   * (with their status and ranking), funding decisions, vettings, results summary sheets and
   * participants. Without them an approval is refused: it must follow a published meeting's
   * funding decision.
   */
  @property({ attribute: false }) documents: Omit<ProjectContext, 'bodies' | 'drafts'> = {};

  /**
   * The participant records (their roles tell residents and the service center apart): the
   * execution-phase rules read them, e.g. a resident on the execution team before it starts.
   * When set, they take the place of `documents.participants`.
   */
  @property({ attribute: false }) participants: readonly Participant[] | undefined;

  /**
   * Whether the round requires a resident on every execution team (default: yes); when set, it
   * takes the place of `documents.requireResident`.
   */
  @property({ attribute: false }) requireResident: boolean | undefined;

  /** Documents prepared for the next step (team, report, audit, evaluation), checked ahead. */
  @property({ attribute: false }) drafts: ProjectContext['drafts'];

  /**
   * `hidden` to leave out the public accountability view (stage timeline, spending, indicators,
   * scope changes, termination) that a funded project shows below its steps.
   */
  @property() accountability: 'shown' | 'hidden' = 'shown';

  /** The accountability view's module, once loaded (on demand: a funded project only). */
  private accountabilityView: typeof AccountabilityView | undefined;

  /** Its loading, from the first funded project shown. */
  private accountabilityLoading: Promise<unknown> | undefined;

  private statusDocument: { status: string } | undefined;

  /** What each rule a next step can miss asks ("Which rule?"), once loaded. */
  private nextStepRules: readonly RuleDescription[] | undefined;

  /** The loading of {@link nextStepRules}, from the first next step that misses something. */
  private nextStepRulesLoading: Promise<unknown> | undefined;

  private readonly doc = new DocumentController<ProjectProgress>(this, {
    property: () => this.history ?? this.statusAsDocument(),
    src: () => this.src,
    parse: (data, locale) =>
      readProjectProgressLoading(
        data,
        locale,
        this.context,
        (key, params) => this.t(key, params),
        loadProjectLifecycle,
      ),
    t: (key, params) => this.t(key, params),
    locale: () => this.locale,
  });

  private get context(): ProjectContext {
    return {
      ...this.documents,
      bodies: this.bodies,
      ...(this.participants ? { participants: this.participants } : {}),
      ...(this.requireResident === undefined ? {} : { requireResident: this.requireResident }),
      ...(this.drafts ? { drafts: this.drafts } : {}),
    };
  }

  /** The same object for the same status, so the document is read once per change. */
  private statusAsDocument(): { status: string } | undefined {
    if (!this.status) return undefined;
    if (this.statusDocument?.status !== this.status) this.statusDocument = { status: this.status };
    return this.statusDocument;
  }

  /**
   * Also waits for a history that needs the whole lifecycle loaded first, and for what the
   * rules a next step misses ask.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await this.doc.updateCompleteAfterParse(() => super.getUpdateComplete());
    while (this.nextStepRules === undefined && this.nextStepRulesLoading) {
      await this.nextStepRulesLoading;
      done = await super.getUpdateComplete();
      if (this.nextStepRules === undefined) break;
    }
    if (this.accountabilityLoading) {
      await this.accountabilityLoading;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Loads what the rules a next step can miss ask, once; renders again when it is there. */
  private describeNextStepRules(): void {
    this.nextStepRulesLoading ??= loadNextStepRules().then(
      (rules) => {
        this.nextStepRules = rules;
        this.requestUpdate();
      },
      // Without them the missing items are still listed, each with its message.
      () => undefined,
    );
  }

  /** The project's current status, once read. */
  get currentStatus(): ProjectStatus | undefined {
    return this.doc.state.status === 'ready' ? this.doc.state.value.state.status : undefined;
  }

  private label(status: ProjectStatus): string {
    return projectCommonChecks.statuses[status][this.locale];
  }

  private steps(progress: ProjectProgress): { status: ProjectStatus; state: StepState }[] {
    const current = progress.state.status;
    const early = current === 'rejected' || current === 'terminated';
    const visited = new Set(progress.visited);
    const reachedIndex = early
      ? Math.max(...progress.visited.map((s) => projectMainPath.indexOf(s)))
      : projectMainPath.indexOf(current);
    const path = early ? projectMainPath.slice(0, reachedIndex + 1) : projectMainPath;
    const steps = path.map((status, index) => ({
      status,
      state: (status === current
        ? 'current'
        : index < reachedIndex || (early && visited.has(status))
          ? 'done'
          : 'upcoming') as StepState,
    }));
    if (early) steps.push({ status: current, state: 'ended' });
    return steps;
  }

  protected override render(): TemplateResult | typeof nothing {
    const state = this.doc.state;
    if (state.status !== 'ready') return renderLoadState(state, (k, p) => this.t(k, p));
    const progress = state.value;
    const application = progress.state.application;
    const title = application ? localize(application.title, this.locale) : '';
    return html`<section part="base" aria-labelledby="heading">
      ${this.heading(
        0,
        'title',
        html`${this.t('heading')}${title ? html`: <span>${title}</span>` : nothing}`,
      )}
      <ol part="steps" class="steps" aria-label=${this.t('stepsLabel')}>
        ${this.steps(progress).map(
          (step) =>
            html`<li
              part="step"
              class=${step.state}
              aria-current=${step.state === 'current' || step.state === 'ended' ? 'step' : nothing}
            >
              <span part="marker" class="marker" aria-hidden="true">${MARKS[step.state]}</span>
              <span class="label">${this.label(step.status)}</span>
              <span class="state">(${this.t(step.state)})</span>
            </li>`,
        )}
      </ol>
      ${this.renderNext(progress)} ${this.renderAccountability(progress)}
    </section>`;
  }

  /**
   * The accountability view of a funded project (a history with a grant, or a public project
   * view), loaded the first time one is shown; until then (or if it cannot be loaded) nothing.
   */
  private renderAccountability(progress: ProjectProgress): unknown {
    if (
      this.accountability === 'hidden' ||
      !(progress.state.granted ?? (progress.source as { grant?: unknown } | undefined)?.grant)
    ) {
      return nothing;
    }
    // The view with its texts and styles: a file of its own, for funded projects only.
    this.accountabilityLoading ??= import('./project-accountability-view.js').then(
      (loaded) => {
        this.accountabilityView = loaded;
        this.requestUpdate();
      },
      () => undefined,
    );
    return this.accountabilityView?.renderAccountability(this, progress);
  }

  /** A real `<hN>` at `heading-level` plus `depth`, kept within h2–h6. */
  private heading(depth: number, className: string, content: unknown): TemplateResult {
    const base = Number.isInteger(this.headingLevel) ? this.headingLevel : 2;
    const id = depth === 0 ? 'heading' : nothing;
    // One template per level rather than lit's static-html (`<${unsafeStatic(tag)}>`), which
    // this page would load for these two headings alone.
    switch (Math.min(6, Math.max(2, base) + depth)) {
      case 2:
        return html`<h2 id=${id} class=${className}>${content}</h2>`;
      case 3:
        return html`<h3 id=${id} class=${className}>${content}</h3>`;
      case 4:
        return html`<h4 id=${id} class=${className}>${content}</h4>`;
      case 5:
        return html`<h5 id=${id} class=${className}>${content}</h5>`;
      default:
        return html`<h6 id=${id} class=${className}>${content}</h6>`;
    }
  }

  private renderNext(progress: ProjectProgress): TemplateResult {
    const state = progress.state;
    // The next step is never an exceptional event: the common lifecycle answers as the whole one.
    const next = missingForNext(projectCommonChecks, state, this.context);
    if (next.missing.length > 0 && this.nextStepRules === undefined) this.describeNextStepRules();
    if (next.to === undefined) {
      const reason = state.termination?.reason;
      return html`<div part="next" class="next">
        <p><strong>${this.t('finished', { status: this.label(state.status) })}</strong></p>
        ${
          reason
            ? html`<p>${this.t('terminatedBecause', { reason: localize(reason, this.locale) })}</p>`
            : nothing
        }
      </div>`;
    }
    return html`<div part="next" class="next">
      ${this.heading(1, 'next-title', this.t('nextStep', { step: this.label(next.to) }))}
      ${
        next.missing.length === 0
          ? html`<p class="ok">✓ ${this.t('nothingMissing')}</p>`
          : html`<p>${this.t('missingTitle', { count: next.missing.length })}</p>
              <ul part="missing" class="missing">
                ${next.missing.map((violation) => {
                  const rule = this.nextStepRules?.find((r) => r.id === violation.rule);
                  return html`<li>
                    <span class="message">${violation.message[this.locale]}</span>
                    ${
                      rule
                        ? html`<details>
                            <summary>${this.t('why')}</summary>
                            <p>
                              ${rule.description[this.locale]}
                              <code>${rule.id}</code>
                            </p>
                          </details>`
                        : nothing
                    }
                  </li>`;
                })}
              </ul>`
      }
    </div>`;
  }
}
