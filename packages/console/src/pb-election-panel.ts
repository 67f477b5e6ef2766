import '@qingyuan/elements/define/pb-results.js';
import { parsePabulib, type PabulibInstance, type Locale } from '@qingyuan/core';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { BoxClient } from './box-client.js';
import {
  consoleText,
  counted,
  pbRuleNames,
  pbStatusNames,
  textFor,
  type ConsoleText,
} from './console-messages.js';
import { consoleStyles } from './console.styles.js';
import { renderBackLink } from './back-link.js';
import { downloadAnswer, downloadBlob } from './download.js';
import { formatTime } from './format-time.js';
import { titleOf } from './meeting-title.js';
import { PanelLoad } from './panel-load.js';
import { renderPanelHeader } from './panel-header.js';
import './pb-census-upload.js';
import type { UnreconciledPaper } from './pb-paper-ballot.js';
import './pb-paper-entry.js';
import type { PaperSheet } from './pb-paper-entry.js';
import { renderReconciliation, type PaperReconciliationView } from './pb-reconciliation-view.js';
import { renderRefusal } from './refusal-view.js';
import { StepFeedback } from './step-feedback.js';

type Exact = number | string;

/** The PB election as the box answers it (`PbElection`). */
interface PbElectionView {
  id: string;
  status: 'draft' | 'open' | 'closed';
  rule: { name: string; utility?: string; completion?: string };
  sheet: PaperSheet & {
    title?: Record<string, string> | string;
    currency?: string;
    budget: Exact;
  };
  voters: { codes: number; census: number; voted: number };
  /** When the count was certified (the outcome final), or null. */
  certifiedAt: string | null;
}

/** The box's count (`PbResults`). */
interface PbResultsView {
  format: string;
  standing: 'provisional' | 'final';
  certifiedAt: string | null;
  unreconciled: UnreconciledPaper[];
  ballots: { total: number; online: number; paper: number };
  selected: string[];
  lists: {
    district: string | null;
    budget: Exact;
    voters: number;
    selected: string[];
    cost: Exact;
  }[];
}

type Step = 'codes' | 'voting' | 'withdraw' | 'certify' | 'results' | 'export';

/**
 * One participatory-budgeting election: its sheet and voters, codes issued and downloaded
 * (`POST …/codes`, shown once) and the census uploaded as hashes (`<qy-console-pb-census>`),
 * open and close, the paper ballots entered one at a time by two officers
 * (`<qy-console-pb-paper-entry>`) with the reconciliation listing every mismatch, the count
 * certified (`POST …/certify`: provisional before, final after), the box's count list by list (`GET …/results`)
 * with the rule explained by `<qy-pb-results>` over the box's Pabulib export (recomputed by
 * @qingyuan/core in the browser), and the exports (`.pb` and the checked hash-chained log).
 *
 * @example
 * html`<qy-console-pb-election .box=${box} organization="default" election="pb-2026" locale="en"></qy-console-pb-election>`
 */
@customElement('qy-console-pb-election')
export class QyConsolePbElection extends LitElement {
  static override styles = consoleStyles;

  @property({ attribute: false }) box!: BoxClient;
  @property() organization = 'default';
  @property() election = '';
  @property() locale: Locale = 'en';
  @state() private view: PbElectionView | undefined;
  @state() private results: PbResultsView | undefined;
  @state() private instance: PabulibInstance | undefined;
  @state() private reconciliation: PaperReconciliationView | undefined;
  @state() private reconciliationError: unknown;
  /** The credential id of whoever is signed in (their own paper entries are named "you"). */
  @state() private me: string | undefined;
  private readonly loading = new PanelLoad(this, async () => {
    this.view = await this.box.json<PbElectionView>(this.base);
    if (this.me === undefined) {
      const who = await this.box
        .json<{ you?: { id: string } }>(`/organizations/${encodeURIComponent(this.organization)}`)
        .catch(() => undefined);
      this.me = who?.you?.id;
    }
    await this.loadPaper();
    if (this.view.status === 'closed') await this.loadResults();
  });
  private readonly steps = new StepFeedback<Step>(this, 'last');

  private get base(): string {
    return `/organizations/${encodeURIComponent(this.organization)}/pb-elections/${encodeURIComponent(this.election)}`;
  }

  /** Reads the election, and once it is closed its results and Pabulib export. */
  load(): Promise<void> {
    return this.loading.run();
  }

  /** The reconciliation of the paper ballots, once voting has opened (its refusal kept). */
  private async loadPaper(): Promise<void> {
    if (this.view === undefined || this.view.status === 'draft') return;
    try {
      this.reconciliation = await this.box.json<PaperReconciliationView>(
        `${this.base}/reconciliation`,
      );
      this.reconciliationError = undefined;
    } catch (error) {
      this.reconciliationError = error;
    }
  }

  /** After a paper entry: the reconciliation, the results while they count it. */
  private async afterPaper(): Promise<void> {
    await this.loadPaper();
    if (this.view?.status === 'closed') await this.loadResults();
  }

  private async loadResults(): Promise<void> {
    try {
      this.results = await this.box.json<PbResultsView>(`${this.base}/results`);
      const text = await (await this.box.request(`${this.base}/export/pabulib`)).text();
      const parsed = parsePabulib(text);
      this.instance = parsed.ok ? parsed.value : undefined;
    } catch (error) {
      this.steps.refuse('results', error);
    }
  }

  protected override render() {
    const t = consoleText(this.locale);
    const back = renderBackLink('#/pb-elections', t('pbBack'));
    const view = this.view;
    if (view === undefined) return html`${back}${renderRefusal(this.loading.error)}`;
    const currency = view.sheet.currency ?? '';
    return html`${back}
      ${renderPanelHeader({
        titleId: 'pb-election-title',
        title: titleOf(view.sheet.title ?? null, view.id, this.locale),
        facts: html`<p>
            <span class="help">${view.id}</span> · ${t('status')}:
            <span class="status" id="pb-status">${textFor(t, pbStatusNames, view.status)}</span>
          </p>
          <p>
            ${t('pbProjects', {
              projects: counted(t, view.sheet.projects.length, 'project'),
              budget: `${String(view.sheet.budget)} ${currency}`.trim(),
            })}
            · ${t('pbRule')}: ${ruleName(t, view.rule)}
          </p>
          <p id="pb-voters">
            ${t('pbVoters', {
              codes: counted(t, view.voters.codes, 'code'),
              census: view.voters.census,
              voted: view.voters.voted,
            })}
          </p>`,
        reload: { label: t('refresh'), run: () => void this.load(), error: this.loading.error },
      })}
      <section aria-labelledby="pb-codes-title">
        <h2 id="pb-codes-title">${t('pbCodesTitle')}</h2>
        <p class="help">${t('pbCodesHelp')}</p>
        <form @submit=${this.issueCodes} novalidate>
          <label for="pb-count">${t('count')}</label>
          <input id="pb-count" name="count" type="number" min="1" max="1000" value="10" />
          <button type="submit" ?disabled=${this.steps.isBusy('codes')}>${t('issue')}</button>
        </form>
        ${this.steps.render('codes')}
        <qy-console-pb-census
          .box=${this.box}
          base=${this.base}
          locale=${this.locale}
          @qy-console-census-added=${() => void this.load()}
        ></qy-console-pb-census>
      </section>
      <section aria-labelledby="pb-voting-title">
        <h2 id="pb-voting-title">${t('pbVotingTitle')}</h2>
        <div class="actions">
          <button @click=${() => this.transition('open')} ?disabled=${this.steps.isBusy('voting')}>
            ${t('openVoting')}
          </button>
          <button
            class="secondary"
            @click=${() => this.transition('close')}
            ?disabled=${this.steps.isBusy('voting')}
          >
            ${t('closeVoting')}
          </button>
        </div>
        ${this.steps.render('voting')}
      </section>
      ${this.renderPaper(t, view)} ${this.renderResults(t, view)} ${this.renderExport(t, view)}`;
  }

  /** Paper ballots: the entry form (until the count is certified) and the reconciliation. */
  private renderPaper(t: ConsoleText, view: PbElectionView) {
    return html`<section aria-labelledby="pb-paper-title">
      <h2 id="pb-paper-title">${t('pbPaperTitle')}</h2>
      <p class="help">${t('pbPaperHelp')}</p>
      ${
        view.status === 'draft'
          ? nothing
          : view.certifiedAt !== null
            ? html`<p>${t('pbCertified')}</p>`
            : html`<qy-console-pb-paper-entry
                .box=${this.box}
                base=${this.base}
                .sheet=${view.sheet}
                .papers=${this.reconciliation?.papers ?? []}
                .me=${this.me}
                locale=${this.locale}
                @qy-console-paper-entered=${() => void this.afterPaper()}
              ></qy-console-pb-paper-entry>`
      }
      ${
        this.reconciliation !== undefined
          ? renderReconciliation(
              t,
              this.reconciliation,
              this.me,
              view.certifiedAt === null ? (number) => void this.withdraw(number) : undefined,
            )
          : nothing
      }
      ${this.steps.render('withdraw')} ${renderRefusal(this.reconciliationError)}
    </section>`;
  }

  /** Whether the count is provisional or final, what is not counted yet, and the certification. */
  private renderStanding(t: ConsoleText, view: PbElectionView, results: PbResultsView) {
    return html`<p id="pb-standing" data-standing=${results.standing}>
        ${
          results.certifiedAt !== null
            ? t('pbStandingFinal', { at: formatTime(results.certifiedAt, this.locale) })
            : t('pbStandingProvisional')
        }
      </p>
      ${
        results.unreconciled.length > 0
          ? html`<p id="pb-unreconciled">
              ${t('pbUnreconciled', {
                numbers: results.unreconciled.map((p) => p.number).join(', '),
              })}
            </p>`
          : nothing
      }
      ${
        view.certifiedAt === null
          ? html`<h3>${t('pbCertifyTitle')}</h3>
              <p class="help">${t('pbCertifyHelp')}</p>
              <button @click=${this.certify} ?disabled=${this.steps.isBusy('certify')}>
                ${t('pbCertify')}
              </button>`
          : nothing
      }
      ${this.steps.render('certify')}`;
  }

  private renderResults(t: ConsoleText, view: PbElectionView) {
    const results = this.results;
    const single =
      results !== undefined &&
      results.lists.length === 1 &&
      (results.format === 'approval' || results.format === 'knapsack');
    return html`<section aria-labelledby="pb-results-title">
      <h2 id="pb-results-title">${t('pbResultsTitle')}</h2>
      <p class="help">${t('pbResultsHelp')}</p>
      ${view.status !== 'closed' ? html`<p>${t('pbResultsClosed')}</p>` : nothing}
      ${
        results !== undefined
          ? html`${this.renderStanding(t, view, results)}
              <p id="pb-ballots">
                ${t('pbBallots', {
                  ballots: counted(t, results.ballots.total, 'ballot'),
                  online: results.ballots.online,
                  paper: results.ballots.paper,
                })}
              </p>
              ${results.lists.map(
                (list) =>
                  html`<h3>${listName(t, list.district)}</h3>
                    <p>
                      ${t('pbListLine', {
                        voters: counted(t, list.voters, 'voter'),
                        cost: String(list.cost),
                        budget: String(list.budget),
                      })}
                    </p>
                    <p>${t('pbSelected')}:</p>
                    <ol class="pb-selected" data-district=${list.district ?? ''}>
                      ${list.selected.map(
                        (id) => html`<li data-project=${id}>${this.projectName(view, id)}</li>`,
                      )}
                    </ol>`,
              )}`
          : nothing
      }
      ${
        single && this.instance !== undefined
          ? html`<h3>${t('pbExplanationTitle')}</h3>
              <qy-pb-results
                lang=${this.locale}
                .election=${this.instance}
                rule=${view.rule.name === 'sequential-phragmen' ? 'phragmen' : view.rule.name}
                utility=${view.rule.utility ?? 'cost'}
                completion=${view.rule.completion ?? 'none'}
              ></qy-pb-results>`
          : nothing
      }
      ${this.steps.render('results')}
    </section>`;
  }

  /** A project's title and id (`Benches (1)`), or its id alone. */
  private projectName(view: PbElectionView, id: string): string {
    const title = view.sheet.projects.find((project) => project.id === id)?.title;
    return title === undefined ? id : `${titleOf(title, id, this.locale)} (${id})`;
  }

  private renderExport(t: ConsoleText, view: PbElectionView) {
    return html`<section aria-labelledby="pb-export-title">
      <h2 id="pb-export-title">${t('pbExportTitle')}</h2>
      <div class="actions">
        ${
          view.status === 'closed'
            ? html`<button @click=${this.downloadPb} ?disabled=${this.steps.isBusy('export')}>
                ${t('pbExportPb')}
              </button>`
            : nothing
        }
        <button
          class="secondary"
          @click=${this.downloadLog}
          ?disabled=${this.steps.isBusy('export')}
        >
          ${t('pbExportLog')}
        </button>
      </div>
      ${this.steps.render('export')}
    </section>`;
  }

  private async issueCodes(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const count = Number((form.elements.namedItem('count') as HTMLInputElement).value);
    await this.steps.run('codes', async () => {
      const res = await this.box.request(`${this.base}/codes`, {
        method: 'POST',
        body: { count },
      });
      const answer = (await res.json()) as { codes: unknown[] };
      const file = `${this.election}-codes.json`;
      downloadBlob(new Blob([JSON.stringify(answer, null, 2)], { type: 'application/json' }), file);
      await this.load();
      return (w) => w('pbCodesIssued', { codes: counted(w, answer.codes.length, 'code'), file });
    });
  }

  private async transition(step: 'open' | 'close'): Promise<void> {
    await this.steps.run('voting', async () => {
      this.view = await this.box.json<PbElectionView>(`${this.base}/${step}`, { method: 'POST' });
      if (this.view.status === 'closed') await this.loadResults();
      return (w) => w(step === 'open' ? 'opened' : 'closed');
    });
  }

  /** Withdraws the signed-in officer's own entry of paper ballot `number`. */
  private async withdraw(number: string): Promise<void> {
    await this.steps.run('withdraw', async () => {
      await this.box.request(`${this.base}/paper-ballots/${encodeURIComponent(number)}`, {
        method: 'DELETE',
      });
      await this.afterPaper();
      return (w) => w('pbReconWithdrawn', { number });
    });
  }

  private async certify(): Promise<void> {
    await this.steps.run('certify', async () => {
      this.view = await this.box.json<PbElectionView>(`${this.base}/certify`, { method: 'POST' });
      await this.loadResults();
      return (w) => w('pbCertified');
    });
  }

  private async downloadPb(): Promise<void> {
    const file = `${this.election}.pb`;
    await this.steps.run('export', async () => {
      await downloadAnswer(this.box, `${this.base}/export/pabulib`, file);
      return (w) => w('downloaded', { file });
    });
  }

  private async downloadLog(): Promise<void> {
    await this.steps.run('export', async () => {
      const res = await this.box.request(`${this.base}/export/log`);
      const text = await res.text();
      const log = JSON.parse(text) as { log: unknown[]; problems: { message: string }[] };
      const file = `${this.election}-log.json`;
      downloadBlob(new Blob([text], { type: 'application/json' }), file);
      return (w) =>
        `${w('downloaded', { file })} ${
          log.problems.length === 0
            ? w('pbLogChecked', { entries: log.log.length })
            : `${w('pbLogBroken', { problems: counted(w, log.problems.length, 'problem') })} ${log.problems.map((p) => p.message).join(' · ')}`
        }`;
    });
  }
}

/** A list's name: the city-wide list, or a district's. */
function listName(t: ConsoleText, district: string | null): string {
  return district === null ? t('pbListCity') : t('pbListDistrict', { district });
}

/** The rule's name in words (Equal Shares with its completion). */
function ruleName(t: ConsoleText, rule: PbElectionView['rule']): string {
  if (rule.name === 'equal-shares' && rule.completion === 'greedy') {
    return textFor(t, pbRuleNames, 'equal-shares-greedy');
  }
  return textFor(t, pbRuleNames, rule.name);
}

declare global {
  interface HTMLElementTagNameMap {
    'qy-console-pb-election': QyConsolePbElection;
  }
}
