import { type Catalogs, type Locale, messageIn } from '@qingyuan/core';
import type { QyPbBallotSentEvent } from '@qingyuan/elements';
import '@qingyuan/elements/define/pb-ballot.js';
import '@qingyuan/elements/define/pb-results.js';
import { LitElement, type PropertyValues, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import type { DemoSession } from '../api/demo-api.js';
import type { DemoRole } from '../api/demo-roles.js';
import {
  pbApi,
  pbElectionPath,
  type DemoPbElection,
  type PbElectionView,
  type PbStatus,
} from '../api/pb-api.js';
import { exampleDistrictNotice, pbFormats, type PbFormat } from '../data/example-district-pb.js';
import { screenStyles } from './screen-styles.js';

type Key =
  | 'title'
  | 'intro'
  | 'formatLegend'
  | PbFormat
  | 'loading'
  | 'failed'
  | 'statusLine'
  | PbStatus
  | 'open'
  | 'close'
  | 'again'
  | 'locked'
  | 'organizerOnly'
  | 'votersHeading'
  | 'votersIntro'
  | 'voter'
  | 'voted'
  | 'ballotHeading'
  | 'pickVoter'
  | 'receipt'
  | 'resultsHeading'
  | 'draftNote';

const catalog: Catalogs<Key> = {
  'zh-CN': {
    title: '参与式预算',
    intro:
      '居民直接决定一笔街区预算用在哪些项目上。选择一种选票格式，开始投票，用发下去的投票码投几张票，截止后看结果和解释。',
    formatLegend: '选票格式',
    approval: '赞成票：选 1 到 3 个项目',
    knapsack: '背包式：所选项目总价不超过 60 万元',
    cumulative: '积分：共 10 分，每个项目最多 5 分',
    ordinal: '排序：按喜好排出最多 3 个项目',
    loading: '正在读取投票箱…',
    failed: '投票箱未完成操作：{message}',
    statusLine: '状态：{status} · 已投 {voted} 张选票',
    draft: '草稿（尚未开始投票）',
    open: '投票中',
    closed: '已截止',
    close: '截止投票',
    again: '用此格式重新开始（新的草稿）',
    locked: '投票开始后，投票箱锁定选票格式、限制和计票规则（平等份额法）。',
    organizerOnly: '开始、截止和重新开始投票由组织方（协调小组）操作：请在页首切换身份。',
    votersHeading: '投票人',
    votersIntro: '投票箱为本次投票发放了 {count} 个投票码。选择一位投票人，替他/她投票。',
    voter: '投票人 {n}',
    voted: '投票人 {n}（已投）',
    ballotHeading: '投票人 {n} 的选票',
    pickVoter: '请先选择一位投票人。',
    receipt: '投票人 {n} 的回执：{receipt}',
    resultsHeading: '结果',
    draftNote: '投票尚未开始；开始后才能投票。',
  },
  en: {
    title: 'Participatory budget',
    intro:
      'Residents decide directly what a district’s budget pays for. Pick a ballot format, open voting, cast a few ballots with the codes handed out, close, and read the outcome and its explanation.',
    formatLegend: 'Ballot format',
    approval: 'Approval: pick 1 to 3 projects',
    knapsack: 'Knapsack: projects costing at most ¥600,000 together',
    cumulative: 'Cumulative: 10 points, at most 5 per project',
    ordinal: 'Ranked: rank up to 3 projects',
    loading: 'Reading the ballot box…',
    failed: 'The ballot box did not do it: {message}',
    statusLine: 'Status: {status} · {voted} ballots cast',
    draft: 'draft (voting has not opened)',
    open: 'voting open',
    closed: 'closed',
    close: 'Close voting',
    again: 'Start this format again (a new draft)',
    locked:
      'Once voting opens, the ballot box locks the ballot format, its limits and the rule (Method of Equal Shares).',
    organizerOnly:
      'The organizer (coordination group) opens, closes and restarts voting: switch role in the header.',
    votersHeading: 'Voters',
    votersIntro:
      'The ballot box issued {count} voting codes for this vote. Pick a voter to vote as them.',
    voter: 'Voter {n}',
    voted: 'Voter {n} (voted)',
    ballotHeading: 'Ballot of voter {n}',
    pickVoter: 'Pick a voter first.',
    receipt: 'Receipt of voter {n}: {receipt}',
    resultsHeading: 'Results',
    draftNote: 'Voting has not opened; ballots are cast once it has.',
  },
};

/**
 * The participatory-budgeting screen: an invented district's budget in the ballot format the
 * organizer picks (approval, knapsack, cumulative, ranked), each a PB election on the ballot
 * box. The organizer opens voting (the box then locks format, limits and rule), the demo's
 * voters cast `<qy-pb-ballot>`s to the box with their codes, the organizer closes, and
 * `<qy-pb-results>` reads the box's results and explanation (a voter's receipt answers "what my
 * share paid for").
 */
export class DemoPbScreen extends LitElement {
  static override styles = [
    screenStyles,
    css`
      fieldset {
        border: 1px solid var(--demo-border);
        border-radius: 8px;
        padding: 0.5rem 0.75rem;
        margin: 1rem 0;
      }
      fieldset label {
        display: flex;
        gap: 0.5rem;
        align-items: center;
        min-height: 44px;
        margin: 0;
      }
      fieldset input {
        flex: none;
        margin: 0;
        min-height: auto;
        width: 1.25rem;
        height: 1.25rem;
      }
      .voters {
        list-style: none;
        padding: 0;
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      button[aria-pressed='true'] {
        border-width: 3px;
        border-color: #0969da;
        font-weight: 600;
      }
    `,
  ];

  @property() locale: Locale = 'zh-CN';
  @property({ attribute: false }) session: DemoSession | undefined;
  /** Who acts at this browser: only the organizer opens, closes and restarts voting. */
  @property({ attribute: false }) actingAs: DemoRole = 'organizer';

  @state() private organization = '';
  @state() private elections: DemoPbElection[] | undefined;
  @state() private format: PbFormat = 'approval';
  @state() private view: PbElectionView | undefined;
  @state() private error = '';
  @state() private busy = false;
  /** The voter (1-based) whose ballot is shown. */
  @state() private voter = 0;
  /** The box's receipts by election and voter, as the ballots were sent from this page. */
  @state() private receipts: Record<string, Record<number, string>> = {};

  private t(key: Key, params?: Record<string, string | number>): string {
    return messageIn(catalog, this.locale, key, params);
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('session') && this.session) void this.load();
  }

  private get election(): DemoPbElection | undefined {
    return this.elections?.find((e) => e.format === this.format);
  }

  private async load(): Promise<void> {
    const listed = await pbApi.elections();
    if (!listed.ok) {
      this.error = this.t('failed', { message: listed.message });
      return;
    }
    this.organization = listed.value.organization;
    this.elections = listed.value.elections;
    await this.refresh();
  }

  /** Reads the chosen election's state from the box. */
  private async refresh(): Promise<void> {
    const election = this.election;
    if (!election) return;
    const read = await pbApi.election(this.organization, election.id, this.locale);
    if (this.election !== election) return;
    if (read.ok) {
      this.view = read.value;
      this.error = '';
    } else {
      this.error = this.t('failed', { message: read.message });
    }
  }

  private pick(format: PbFormat): void {
    this.format = format;
    this.view = undefined;
    this.voter = 0;
    void this.refresh();
  }

  private async act(action: 'open' | 'close' | 'again'): Promise<void> {
    const election = this.election;
    if (!election || !this.session || this.busy) return;
    this.busy = true;
    const round = this.session.round.id;
    const done =
      action === 'again'
        ? await pbApi.renew(round, election.format, this.locale)
        : await pbApi[action](round, this.organization, election.id, this.locale);
    this.busy = false;
    if (!done.ok) {
      this.error = this.t('failed', { message: done.message });
      return;
    }
    if (action === 'again') {
      const fresh = done.value as DemoPbElection;
      this.elections = this.elections!.map((e) => (e.format === fresh.format ? fresh : e));
      this.voter = 0;
    }
    await this.refresh();
    // The next step's button takes the focus the pressed one had.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#pb-action')?.focus();
  }

  private onSent(election: string, voter: number, event: QyPbBallotSentEvent): void {
    const receipt = event.detail.receipt ?? '';
    this.receipts = {
      ...this.receipts,
      [election]: { ...this.receipts[election], [voter]: receipt },
    };
    void this.refresh();
  }

  override render() {
    return html`
      <h2 id="screen-title" tabindex="-1">${this.t('title')}</h2>
      <p>${this.t('intro')}</p>
      <p class="hint" id="pb-invented">${exampleDistrictNotice[this.locale]}</p>
      <fieldset>
        <legend>${this.t('formatLegend')}</legend>
        ${pbFormats.map(
          (format) =>
            html`<label
              ><input
                type="radio"
                name="pb-format"
                value=${format}
                .checked=${this.format === format}
                @change=${() => this.pick(format)}
              />${this.t(format)}</label
            >`,
        )}
      </fieldset>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${this.elections && this.view ? this.renderElection(this.election!, this.view) : nothing}
      ${
        !this.error && (!this.elections || !this.view)
          ? html`<p role="status">${this.t('loading')}</p>`
          : nothing
      }
    `;
  }

  private renderElection(election: DemoPbElection, view: PbElectionView) {
    const organizer = this.actingAs === 'organizer';
    const action =
      view.status === 'draft' ? 'open' : view.status === 'open' ? 'close' : ('again' as const);
    return html`
      <p id="pb-status" data-status=${view.status} data-election=${election.id} role="status">
        ${this.t('statusLine', { status: this.t(view.status), voted: view.voters.voted })}
      </p>
      <p class="note">${this.t('locked')}</p>
      ${organizer ? nothing : html`<p class="hint">${this.t('organizerOnly')}</p>`}
      <div class="actions">
        <button
          id="pb-action"
          type="button"
          class="primary"
          data-action=${action}
          ?disabled=${this.busy || !organizer}
          @click=${() => void this.act(action)}
        >
          ${this.t(action)}
        </button>
      </div>
      ${view.status === 'draft' ? html`<p>${this.t('draftNote')}</p>` : nothing}
      ${view.status === 'open' ? this.renderVoting(election) : nothing}
      ${view.status === 'closed' ? this.renderResults(election) : nothing}
    `;
  }

  private renderVoting(election: DemoPbElection) {
    const receipts = this.receipts[election.id] ?? {};
    const n = this.voter;
    const code = election.codes[n - 1];
    return html`
      <h3>${this.t('votersHeading')}</h3>
      <p>${this.t('votersIntro', { count: election.codes.length })}</p>
      <ul class="voters">
        ${election.codes.map(
          (_code, i) =>
            html`<li>
              <button
                type="button"
                data-voter=${i + 1}
                aria-pressed=${n === i + 1 ? 'true' : 'false'}
                @click=${() => (this.voter = i + 1)}
              >
                ${this.t(receipts[i + 1] ? 'voted' : 'voter', { n: i + 1 })}
              </button>
            </li>`,
        )}
      </ul>
      ${Object.entries(receipts).map(
        ([voter, receipt]) =>
          html`<p class="note receipt" data-receipt=${receipt} data-voter=${voter}>
            ${this.t('receipt', { n: voter, receipt })}
          </p>`,
      )}
      ${
        code
          ? html`<h3>${this.t('ballotHeading', { n })}</h3>
              ${keyed(
                `${election.id}/${n}`,
                html`<qy-pb-ballot
                  lang=${this.locale}
                  box="/api"
                  organization=${this.organization}
                  election=${election.id}
                  code=${code}
                  @qy-pb-ballot-sent=${(e: QyPbBallotSentEvent) => this.onSent(election.id, n, e)}
                ></qy-pb-ballot>`,
              )}`
          : html`<p>${this.t('pickVoter')}</p>`
      }
    `;
  }

  private renderResults(election: DemoPbElection) {
    const receipts = Object.values(this.receipts[election.id] ?? {});
    return html`<h3>${this.t('resultsHeading')}</h3>
      ${keyed(
        election.id,
        html`<qy-pb-results
          lang=${this.locale}
          heading-level="3"
          endpoint=${pbElectionPath(this.organization, election.id)}
          voter=${receipts[0] ?? ''}
        ></qy-pb-results>`,
      )}`;
  }
}
