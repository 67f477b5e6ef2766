import {
  explainEqualSharesProject,
  explainVoterShare,
  type PabulibInstance,
  type Rational,
} from '@qingyuan/core';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DocumentController } from '../data/document-controller.js';
import { FocusAfterUpdateController } from '../internal/focus-after-update.js';
import type { DocumentResult } from '../data/document-result.js';
import { renderLoadState } from '../data/load-state-view.js';
import type { Locale } from '@qingyuan/core';
import { QyElement } from '../base/qy-element.js';
import { sharedStyles } from '../base/shared-styles.js';
import { formatExact, formatShare } from './format-exact.js';
import { pbResultsCsv } from './pb-results-csv.js';
import { PB_RESULT_RULES, type PbResults, type PbRuleChoice } from './pb-results-data.js';
import { pbResultsToJSON } from './pb-results-json.js';
import { pbResultsMessages, type PbResultsMessageKey } from './pb-results.messages.js';
import { pbResultsOf } from './pb-results-of.js';
import { pbResultsStyles } from './pb-results.styles.js';
import { readPbResults } from './read-pb-results.js';
import { renderSpendingChart } from './spending-chart-view.js';
import { spendingSteps } from './spending-steps.js';
import { renderHeading } from '../internal/heading-view.js';

const UTILITIES = ['cost', 'cardinality'] as const;
const COMPLETIONS = ['none', 'greedy', 'add1'] as const;

/** What the element computes from: an election with the rule attributes, memoized. */
interface ElectionRequest {
  readonly kind: 'election';
  readonly election: PabulibInstance;
  readonly rule: string;
  readonly utility: string;
  readonly completion: string;
  readonly maxSteps: number;
}

/** What the element reads from a ballot box: a closed PB election's address and list. */
interface BoxRequest {
  readonly kind: 'box';
  readonly endpoint: string;
  readonly district: string;
}

/** A receipt the ballot box gives a voter: 64 hexadecimal characters. */
const RECEIPT = /^[0-9a-f]{64}$/i;

/** What "what my share paid for" shows: core's words, or why there is nothing to show. */
type ShareAnswer = { ok: true; voter?: string; text: string } | { ok: false; text: string };

/**
 * The outcome of a participatory-budgeting vote, explained: the funded projects against the
 * budget, the rounds of the Method of Equal Shares (what each round bought, the price each
 * supporter paid, the effective vote count), cumulative spending against the budget line as an
 * accessible chart, for every project "why was it (not) funded?" in words, "what my share paid
 * for" from a voter id or the projects on a receipt, and the analytics (non-empty-handed share,
 * satisfaction, Gini coefficients, EJR and PJR) as decimals with the exact fractions. The report
 * prints on paper (every disclosure opens) and downloads as JSON or CSV.
 *
 * Every number comes from `@qingyuan/core`: give the election (a parsed Pabulib file,
 * `parsePabulib(text).value`) as `election` with the `rule`, `utility` and `completion`
 * attributes, and the element runs core's rule, `outcomeAnalytics`, `checkJustifiedRepresentation`
 * and `explainEqualShares`. Or give precomputed results: a results document (see the README)
 * as `results`, an inline `<script type="application/json">` child or a `src` URL. Or give a
 * ballot box's closed PB election as `endpoint` (`…/organizations/{org}/pb-elections/{id}`): the
 * element reads its results, ballot sheet and explanation, and answers "what my share paid for"
 * from the 64-character receipt the box gave the voter.
 *
 * @tag qy-pb-results
 * @summary A participatory-budgeting outcome with its explanation, analytics and a printable report.
 *
 * @slot - An optional `<script type="application/json">` with a results document.
 *
 * @event qy-load - The results were computed or read.
 * @event qy-load-error - The election or document cannot be used (every issue, localized).
 *
 * @csspart base - The outer section.
 * @csspart summary - The one-sentence outcome.
 * @csspart actions - The print and download buttons.
 * @csspart notice - The live message after a download.
 * @csspart outcome - The table of funded projects.
 * @csspart projects - The list of every project.
 * @csspart project - One project.
 * @csspart why - A project's "why (not) funded?" disclosure.
 * @csspart rounds - The rounds table of Equal Shares.
 * @csspart chart - The spending chart.
 * @csspart chart-summary - The chart's summary sentence.
 * @csspart chart-table - The chart's table disclosure.
 * @csspart share - The "what my share paid for" form.
 * @csspart share-answer - Its answer.
 * @csspart analytics - The analytics.
 * @csspart status - Loading status text.
 * @csspart error - The error box shown for unusable input.
 *
 * @cssproperty --qy-color-text - Text colour.
 * @cssproperty --qy-color-surface - Background colour.
 * @cssproperty --qy-color-muted - Secondary text.
 * @cssproperty --qy-color-border - Borders.
 * @cssproperty --qy-color-accent - Main buttons and the bars paid from shares.
 * @cssproperty --qy-color-danger - Errors.
 * @cssproperty --qy-radius - Corner radius.
 * @cssproperty --qy-space - Base spacing.
 * @cssproperty --qy-pb-results-bar - Bars paid from the voters' shares (default: the accent).
 * @cssproperty --qy-pb-results-bar-completion - Bars bought by the completion.
 * @cssproperty --qy-pb-results-max-width - Maximum width.
 */
export class QyPbResults extends QyElement<PbResultsMessageKey> {
  static override styles = [sharedStyles, pbResultsStyles];

  protected readonly catalogs = pbResultsMessages;

  /** The election (core's `PabulibInstance`, approval ballots); wins over `results` and `src`. */
  @property({ attribute: false }) election: PabulibInstance | undefined;

  /** A results document (precomputed outcome and explanation), used when `election` is not set. */
  @property({ attribute: false }) results: unknown;

  /** A URL returning a results document. */
  @property() src = '';

  /**
   * A ballot box's PB election (`…/organizations/{org}/pb-elections/{id}`, relative or absolute),
   * read once it is closed: its `results`, `sheet` and (Equal Shares) `explanation`. Used when
   * neither `election` nor `results` is set; wins over `src`.
   */
  @property() endpoint = '';

  /** With `endpoint`: the district whose list to show (empty: the city-wide list). */
  @property() district = '';

  /**
   * The level of the element's heading (2–6, default 2), so it fits the host page's outline; the
   * headings of its sections are one level below.
   */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** With `election`: `greedy`, `equal-shares` (default) or `phragmen`. */
  @property() rule = 'equal-shares';

  /** With `election`: `cost` (default) or `cardinality` (greedy and Equal Shares). */
  @property() utility = 'cost';

  /** With `election` and Equal Shares: `none` (default), `greedy` or `add1`. */
  @property() completion = 'none';

  /** A voter id (or receipt project ids) whose share to show at once. */
  @property() voter = '';

  /** The search steps each EJR/PJR check may take in the page before saying it is too large. */
  @property({ attribute: 'representation-max-steps', type: Number }) representationMaxSteps =
    200_000;

  @state() private shareInput = '';
  private readonly focusAfter = new FocusAfterUpdateController(this);
  @state() private shareAnswer: ShareAnswer | undefined;
  @state() private notice = '';

  private request: ElectionRequest | undefined;
  private boxRequestMemo: BoxRequest | undefined;
  private reopen: HTMLDetailsElement[] = [];

  private readonly doc = new DocumentController<PbResults>(this, {
    property: () => this.electionRequest() ?? this.results ?? this.boxRequest(),
    src: () => this.src,
    parse: (data, locale) =>
      isElectionRequest(data)
        ? this.compute(data, locale)
        : isBoxRequest(data)
          ? // A ballot box's reading loads on first need: pages given an election or a document
            // do not carry it.
            import('./read-box-pb-results.js').then((box) =>
              box.readBoxPbResults(data.endpoint, data.district || null, locale, (k, p) =>
                this.t(k, p),
              ),
            )
          : readPbResults(data, locale),
    t: (key, params) => this.t(key, params),
    locale: () => this.locale,
    onReady: (value) => {
      this.notice = '';
      this.shareInput = this.voter;
      // A voter given as an attribute is answered as soon as the results are there.
      this.shareAnswer = undefined;
      if (this.voter && value.explanation) void this.answer(value, this.voter);
    },
  });

  protected override getUpdateComplete(): Promise<boolean> {
    return this.doc.updateCompleteAfterParse(() => super.getUpdateComplete());
  }

  /** The same object while `endpoint` and `district` stay the same; undefined without one. */
  private boxRequest(): BoxRequest | undefined {
    const endpoint = this.endpoint.trim();
    if (!endpoint) return undefined;
    const r = this.boxRequestMemo;
    if (r?.endpoint === endpoint && r.district === this.district) return r;
    this.boxRequestMemo = { kind: 'box', endpoint, district: this.district };
    return this.boxRequestMemo;
  }

  /** The results shown (undefined until computed or read). */
  get value(): PbResults | undefined {
    return this.doc.state.status === 'ready' ? this.doc.state.value : undefined;
  }

  private readonly beforePrint = () => {
    // Paper has no disclosures: open every one for the printout, close them again after.
    this.reopen = [...this.renderRoot.querySelectorAll('details')].filter((d) => !d.open);
    for (const details of this.reopen) details.open = true;
  };

  private readonly afterPrint = () => {
    for (const details of this.reopen) details.open = false;
    this.reopen = [];
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.beforePrint);
    window.addEventListener('afterprint', this.afterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.beforePrint);
    window.removeEventListener('afterprint', this.afterPrint);
  }

  /** The same object while the election and rule attributes stay the same. */
  private electionRequest(): ElectionRequest | undefined {
    if (!this.election) return undefined;
    const r = this.request;
    if (
      r?.election === this.election &&
      r.rule === this.rule &&
      r.utility === this.utility &&
      r.completion === this.completion &&
      r.maxSteps === this.representationMaxSteps
    ) {
      return r;
    }
    this.request = {
      kind: 'election',
      election: this.election,
      rule: this.rule,
      utility: this.utility,
      completion: this.completion,
      maxSteps: this.representationMaxSteps,
    };
    return this.request;
  }

  private compute(request: ElectionRequest, locale: Locale): DocumentResult<PbResults> {
    const issues: { where: string; message: string }[] = [];
    const pick = <T extends string>(where: string, value: string, allowed: readonly T[]) => {
      if ((allowed as readonly string[]).includes(value)) return value as T;
      issues.push({
        where,
        message: this.t('badRuleOption', { allowed: allowed.join(', '), value }),
      });
      return allowed[0]!;
    };
    const choice: PbRuleChoice = {
      rule: pick('rule', request.rule, PB_RESULT_RULES),
      utility: pick('utility', request.utility, UTILITIES),
      completion: pick('completion', request.completion, COMPLETIONS),
    };
    if (issues.length > 0) return { ok: false, issues };
    return pbResultsOf(request.election, choice, {
      locale,
      representationMaxSteps: request.maxSteps,
    });
  }

  private amount(value: Rational): string {
    return formatExact(value, this.locale);
  }

  private projectName(results: PbResults, id: string): string {
    return results.projects.find((p) => p.id === id)?.name ?? id;
  }

  private ruleName(results: PbResults): string {
    const { rule, utility, completion } = results.rule;
    if (rule === 'phragmen') return this.t('rulePhragmen');
    if (rule === 'greedy')
      return this.t(utility === 'cost' ? 'ruleGreedyCost' : 'ruleGreedyCardinality');
    return this.t('ruleEqualShares', {
      utility: this.t(utility === 'cost' ? 'utilityCost' : 'utilityCardinality'),
      completion: this.t(
        completion === 'none'
          ? 'completionNone'
          : completion === 'greedy'
            ? 'completionGreedy'
            : 'completionAdd1',
      ),
    });
  }

  private fileName(results: PbResults, extension: string): string {
    const slug = results.title
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60);
    return `pb-results${slug ? `-${slug}` : ''}-${results.rule.rule}.${extension}`;
  }

  private download(results: PbResults, kind: 'json' | 'csv'): void {
    const text =
      kind === 'json'
        ? `${JSON.stringify(pbResultsToJSON(results), null, 2)}\n`
        : pbResultsCsv(results);
    const type = kind === 'json' ? 'application/json' : 'text/csv';
    const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
    const file = this.fileName(results, kind);
    const link = document.createElement('a');
    link.href = url;
    link.download = file;
    link.hidden = true;
    this.renderRoot.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    this.notice = this.t('downloaded', { file });
  }

  /** "What my share paid for": a voter id of the election, or the project ids of a receipt. */
  private answerShare(results: PbResults, input: string): ShareAnswer {
    const explanation = results.explanation!;
    const text = input.trim();
    if (!text) return { ok: false, text: this.t('shareEmpty') };
    const ballot = results.ballots?.get(text);
    const known = new Set(results.projects.map((p) => p.id));
    const ids =
      ballot ?? receiptProjects(text) ?? text.split(/[\s,，、;；]+/).filter((id) => id !== '');
    if (!ballot) {
      const unknown = ids.filter((id) => !known.has(id));
      if (unknown.length > 0) {
        return { ok: false, text: this.t('shareUnknownProjects', { ids: unknown.join(', ') }) };
      }
    }
    const story = explainVoterShare(explanation, ids);
    if (!story) return { ok: false, text: this.t('shareNoBallot', { ids: ids.join(', ') }) };
    return {
      ok: true,
      ...(ballot ? { voter: text } : {}),
      text: story.text[this.locale],
    };
  }

  /**
   * Answers "what my share paid for": a box's receipt is looked up in the box (its explanation
   * by receipt, in the reader's language); anything else is answered here.
   */
  private async answer(results: PbResults, input: string): Promise<void> {
    const text = input.trim();
    if (!results.box || !RECEIPT.test(text)) {
      this.shareAnswer = this.answerShare(results, input);
      return;
    }
    this.shareAnswer = { ok: true, text: this.t('shareLooking') };
    const url = `${results.box.endpoint}/explanation?receipt=${text.toLowerCase()}`;
    const { getFromBox } = await import('./read-box-pb-results.js');
    const found = await getFromBox(url, this.locale, (k, p) => this.t(k, p));
    if (this.value !== results || this.shareInput.trim() !== text) return;
    if (!found.ok) {
      this.shareAnswer = { ok: false, text: found.message };
      return;
    }
    const shares = (found.body as { shares?: { text?: unknown }[] } | null)?.shares ?? [];
    const texts = shares.map((s) => s.text).filter((t): t is string => typeof t === 'string');
    this.shareAnswer =
      texts.length > 0
        ? { ok: true, text: texts.join(' ') }
        : { ok: false, text: this.t('shareNoBallot', { ids: text }) };
  }

  private async showShare(results: PbResults, event: SubmitEvent): Promise<void> {
    event.preventDefault();
    await this.answer(results, this.shareInput);
    if (this.shareAnswer && !this.shareAnswer.ok) this.focusAfter.request('#share-input');
  }

  protected override render(): TemplateResult | typeof nothing {
    const state = this.doc.state;
    if (state.status !== 'ready') return renderLoadState(state, (k, p) => this.t(k, p));
    const results = state.value;
    const { outcome } = results;
    const title = results.title || this.t('defaultTitle');
    return html`<section part="base" class="base" aria-labelledby="heading">
      ${renderHeading(this.headingLevel, 0, title, { id: 'heading', className: 'title' })}
      <p class="rule">${this.t('ruleLine', { rule: this.ruleName(results) })}</p>
      ${
        results.box?.ballots
          ? html`<p class="muted" data-ballots=${results.box.ballots.total}>
              ${this.t('boxBallots', results.box.ballots)}
            </p>`
          : nothing
      }
      ${
        results.box?.certifiedAt === undefined
          ? nothing
          : html`<p
              class="muted"
              data-standing=${results.box.certifiedAt ? 'final' : 'provisional'}
            >
              ${
                results.box.certifiedAt
                  ? this.t('boxFinal', { date: results.box.certifiedAt.slice(0, 10) })
                  : this.t('boxProvisional')
              }
            </p>`
      }
      ${
        results.box?.approvalReading
          ? html`<p class="muted">${this.t('approvalReading')}</p>`
          : nothing
      }
      <p part="summary" class="summary">
        ${this.t('summary', {
          funded: outcome.selected.length,
          projects: results.projects.length,
          cost: this.amount(outcome.cost),
          budget: this.amount(results.budget),
          share: results.budget.isZero()
            ? '—'
            : formatShare(outcome.cost.div(results.budget), this.locale),
          voters: results.voters,
        })}
      </p>
      <div part="actions" class="actions" role="group" aria-label=${this.t('reportActions')}>
        <button type="button" @click=${() => window.print()}>${this.t('print')}</button>
        <button type="button" @click=${() => this.download(results, 'json')}>
          ${this.t('downloadJson')}
        </button>
        <button type="button" @click=${() => this.download(results, 'csv')}>
          ${this.t('downloadCsv')}
        </button>
      </div>
      <p part="notice" class="notice" role="status" aria-live="polite">${this.notice}</p>
      ${this.renderOutcome(results)}
      ${renderSpendingChart({
        headingLevel: this.headingLevel,
        results,
        steps: spendingSteps(results),
        locale: this.locale,
        t: (k, p) => this.t(k, p),
        name: (id) => this.projectName(results, id),
      })}
      ${this.renderRounds(results)} ${this.renderProjects(results)} ${this.renderShare(results)}
      ${this.renderAnalytics(results)}
    </section>`;
  }

  private renderOutcome(results: PbResults): TemplateResult {
    const byId = new Map(results.projects.map((p) => [p.id, p]));
    return html`${renderHeading(this.headingLevel, 1, this.t('outcomeHeading'), { id: 'outcome-heading', className: 'section-title' })}
    ${
      results.outcome.selected.length === 0
        ? html`<p>${this.t('noneFunded')}</p>`
        : html`<div
            part="outcome"
            class="scroll"
            role="region"
            aria-labelledby="outcome-heading"
            tabindex="0"
          >
            <table>
              <thead>
                <tr>
                  <th scope="col" class="num">${this.t('colPosition')}</th>
                  <th scope="col">${this.t('colProject')}</th>
                  <th scope="col" class="num">${this.t('colCost')}</th>
                  <th scope="col" class="num">${this.t('colVotes')}</th>
                </tr>
              </thead>
              <tbody>
                ${results.outcome.selected.map((id, i) => {
                  const project = byId.get(id);
                  return html`<tr data-project=${id}>
                    <td class="num">${i + 1}</td>
                    <th scope="row">${project?.name ?? id}</th>
                    <td class="num">${project ? this.amount(project.cost) : '—'}</td>
                    <td class="num">${project?.votes ?? '—'}</td>
                  </tr>`;
                })}
              </tbody>
              <tfoot>
                <tr>
                  <td></td>
                  <th scope="row">${this.t('total')}</th>
                  <td class="num">${this.amount(results.outcome.cost)}</td>
                  <td></td>
                </tr>
              </tfoot>
            </table>
          </div>`
    }`;
  }

  private renderRounds(results: PbResults): TemplateResult | typeof nothing {
    const x = results.explanation;
    if (!x) return nothing;
    const price = (value: Rational) => formatExact(value, this.locale, 6);
    return html`${renderHeading(this.headingLevel, 1, this.t('roundsHeading'), { id: 'rounds-heading', className: 'section-title' })}
      <p>${this.t('roundsIntro', { voters: x.voters, share: this.amount(x.perVoterBudget) })}</p>
      <div part="rounds" class="scroll" role="region" aria-labelledby="rounds-heading" tabindex="0">
        <table class="rounds">
          <caption class="visually-hidden">
            ${this.t('roundsCaption')}
          </caption>
          <thead>
            <tr>
              <th scope="col" class="num">${this.t('colRound')}</th>
              <th scope="col">${this.t('colProject')}</th>
              <th scope="col" class="num">${this.t('colCost')}</th>
              <th scope="col" class="num">${this.t('colPrice')}</th>
              <th scope="col" class="num">${this.t('colFullShare')}</th>
              <th scope="col">${this.t('colPayments')}</th>
              <th scope="col" class="num">${this.t('colEffective')}</th>
              <th scope="col" class="num">${this.t('colSpent')}</th>
            </tr>
          </thead>
          <tbody>
            ${x.rounds.map(
              (r) =>
                html`<tr data-project=${r.project}>
                  <td class="num">${r.round}</td>
                  <th scope="row">${this.projectName(results, r.project)}</th>
                  <td class="num">${this.amount(r.cost)}</td>
                  <td class="num">${price(r.price)}</td>
                  <td class="num">${this.amount(r.fullShare)}</td>
                  <td>
                    ${r.payments.map(
                      (p) =>
                        html`<span class="payment"
                          >${this.t('payment', { voters: p.voters, amount: this.amount(p.amount) })}</span
                        >`,
                    )}
                  </td>
                  <td class="num">${formatExact(r.effectiveVotes, this.locale)}</td>
                  <td class="num">${this.amount(r.spent)}</td>
                </tr>`,
            )}
            ${x.completionProjects.map((id) => {
              const cost = results.projects.find((p) => p.id === id)?.cost;
              return html`<tr data-project=${id}>
                <td class="num">${this.t('completionRound')}</td>
                <th scope="row">${this.projectName(results, id)}</th>
                <td class="num">${cost ? this.amount(cost) : '—'}</td>
                <td class="num">—</td>
                <td class="num">—</td>
                <td>—</td>
                <td class="num">—</td>
                <td class="num">—</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>`;
  }

  private renderProjects(results: PbResults): TemplateResult {
    const selected = results.outcome.selected;
    const order = [
      ...selected.flatMap((id) => results.projects.filter((p) => p.id === id)),
      ...results.projects.filter((p) => !selected.includes(p.id)),
    ];
    const rounds = new Map((results.explanation?.rounds ?? []).map((r) => [r.project, r.round]));
    const completion = new Set(results.explanation?.completionProjects ?? []);
    return html`${renderHeading(this.headingLevel, 1, this.t('projectsHeading'), { className: 'section-title' })}
      <ul part="projects" class="projects">
        ${order.map((project) => {
          const position = selected.indexOf(project.id);
          const funded = position >= 0;
          const round = rounds.get(project.id);
          const status = !funded
            ? this.t('statusUnfunded')
            : round !== undefined
              ? this.t('statusRound', { round })
              : completion.has(project.id)
                ? this.t('statusCompletion')
                : this.t('statusPosition', { position: position + 1 });
          const name = project.name ?? project.id;
          return html`<li part="project" class="project" data-project=${project.id}>
            ${renderHeading(this.headingLevel, 2, name, { className: 'project-name sub-title' })}
            <p class="project-meta">
              <span class=${funded ? 'status funded' : 'status'}
                >${funded ? '✓' : '✗'} ${status}</span
              >
              · ${this.t('projectMeta', { cost: this.amount(project.cost), votes: project.votes })}
            </p>
            <details part="why" class="why">
              <summary>
                ${this.t(funded ? 'whyFunded' : 'whyNotFunded', { name: `“${name}”` })}
              </summary>
              ${this.renderWhy(results, project.id, position)}
            </details>
          </li>`;
        })}
      </ul>`;
  }

  private renderWhy(results: PbResults, id: string, position: number): TemplateResult {
    if (results.explanation) {
      const story = explainEqualSharesProject(results.explanation, id);
      return html`<p>${story ? story.text[this.locale] : '—'}</p>`;
    }
    const project = results.projects.find((p) => p.id === id)!;
    const params = {
      id,
      votes: project.votes,
      cost: this.amount(project.cost),
      rule: this.ruleName(results),
      position: position + 1,
      count: results.outcome.selected.length,
      spent: this.amount(results.outcome.cost),
      budget: this.amount(results.budget),
    };
    return html`<p>${this.t(position >= 0 ? 'otherRuleFunded' : 'otherRuleNotFunded', params)}</p>
      <p class="muted">${this.t('otherRuleNote')}</p>`;
  }

  private renderShare(results: PbResults): TemplateResult {
    if (!results.explanation) {
      return html`${renderHeading(this.headingLevel, 1, this.t('shareHeading'), { className: 'section-title' })}
        <p>${this.t('shareOnlyEqualShares', { rule: this.ruleName(results) })}</p>`;
    }
    const answer = this.shareAnswer;
    return html`${renderHeading(this.headingLevel, 1, this.t('shareHeading'), { id: 'share-heading', className: 'section-title' })}
      <form
        part="share"
        class="share"
        aria-labelledby="share-heading"
        novalidate
        @submit=${(e: SubmitEvent) => void this.showShare(results, e)}
      >
        <label for="share-input">${this.t(results.box ? 'shareLabelBox' : 'shareLabel')}</label>
        <p id="share-hint" class="muted">${this.t(results.box ? 'shareHintBox' : 'shareHint')}</p>
        <input
          id="share-input"
          name="share"
          autocomplete="off"
          .value=${this.shareInput}
          aria-describedby=${answer && !answer.ok ? 'share-hint share-answer' : 'share-hint'}
          aria-invalid=${answer && !answer.ok ? 'true' : 'false'}
          @input=${(e: Event) => (this.shareInput = (e.target as HTMLInputElement).value)}
        />
        <button type="submit" class="primary">${this.t('shareShow')}</button>
      </form>
      <div
        id="share-answer"
        part="share-answer"
        class=${answer && !answer.ok ? 'share-answer field-error' : 'share-answer'}
        role="status"
        aria-live="polite"
      >
        ${
          answer
            ? html`<p>
                ${
                  answer.ok && answer.voter
                    ? html`<strong>${this.t('shareVoter', { voter: answer.voter })}</strong> `
                    : nothing
                }${answer.text}
              </p>`
            : nothing
        }
      </div>`;
  }

  private renderAnalytics(results: PbResults): TemplateResult {
    const a = results.analytics;
    const row = (key: PbResultsMessageKey, value: Rational, shown: string) =>
      html`<div class="measure">
        <dt>${this.t(key)}</dt>
        <dd>
          <data value=${value.toString()} title=${value.toString()}>${shown}</data>
          <span class="exact">(${this.t('colExact')}: <code>${value.toString()}</code>)</span>
        </dd>
      </div>`;
    const decimal = (value: Rational) => formatExact(value, this.locale, 4);
    return html`${renderHeading(this.headingLevel, 1, this.t('analyticsHeading'), { id: 'analytics-heading', className: 'section-title' })}
      <div part="analytics" class="analytics">
        ${
          a
            ? html`<dl aria-labelledby="analytics-heading">
                ${row(
                  'nonEmptyHanded',
                  a.nonEmptyHanded,
                  `${decimal(a.nonEmptyHanded)} (${formatShare(a.nonEmptyHanded, this.locale)})`,
                )}
                ${row('avgSatCost', a.avgSatCost, this.amount(a.avgSatCost))}
                ${row('avgSatCard', a.avgSatCard, decimal(a.avgSatCard))}
                ${row('giniCost', a.giniCost, decimal(a.giniCost))}
                ${row('giniCard', a.giniCard, decimal(a.giniCard))}
              </dl>`
            : html`<p>${this.t('noAnalytics')}</p>`
        }
        ${
          results.representation.length > 0
            ? html`${renderHeading(this.headingLevel, 2, this.t('representationHeading'), { className: 'sub-title' })}
                <ul class="representation">
                  ${results.representation.map((r) => {
                    const params = {
                      property: this.t(r.property),
                      utility: this.t(r.utility === 'cost' ? 'utilityCost' : 'utilityCardinality'),
                      message: r.message?.[this.locale] ?? '',
                    };
                    const key =
                      r.status === 'satisfied'
                        ? 'repSatisfied'
                        : r.status === 'violated'
                          ? 'repViolated'
                          : 'repTooLarge';
                    return html`<li data-status=${r.status}>
                      ${r.status === 'satisfied' ? '✓' : r.status === 'violated' ? '✗' : '?'}
                      ${this.t(key, params)}
                    </li>`;
                  })}
                </ul>`
            : nothing
        }
      </div>`;
  }
}

/**
 * The approved projects of a PB ballot pasted as JSON — core's `PbBallot` (`{ projects: [...] }`)
 * or a receipt holding one as `ballot` — or undefined when the text is not such JSON.
 */
function receiptProjects(text: string): string[] | undefined {
  if (!text.startsWith('{')) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const record = data as { projects?: unknown; ballot?: { projects?: unknown } } | null;
  const projects = record?.projects ?? record?.ballot?.projects;
  return Array.isArray(projects) && projects.every((p) => typeof p === 'string')
    ? projects
    : undefined;
}

function isBoxRequest(data: unknown): data is BoxRequest {
  return typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === 'box';
}

function isElectionRequest(data: unknown): data is ElectionRequest {
  return (
    typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === 'election'
  );
}
