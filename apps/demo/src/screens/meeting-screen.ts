import {
  localize,
  type ReviewMeeting,
  type Locale,
  messageIn,
  type Catalogs,
} from '@qingyuan/core';
import type { QyWeightsLockEvent } from '@qingyuan/elements';
import type { MeetingAction } from '@qingyuan/server/meeting';
import '@qingyuan/elements/define/weight-editor.js';
import '@qingyuan/elements/define/ranking-table.js';
import { LitElement, type PropertyValues, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import QRCode from 'qrcode';
import { demoApi, type DemoSession, type LiveRanking, type MeetingState } from '../api/demo-api.js';
import { attendeeNames, pilotFund } from '../data/pilot-2007.js';
import { demoRoleNames, type DemoRole } from '../api/demo-roles.js';
import { epsilonText, sensitivityOf, sensitivityRows } from '../report/sensitivity-rows.js';
import { screenStyles } from './screen-styles.js';

const catalog: Catalogs<
  | 'title'
  | 'intro'
  | 'status'
  | 'draft'
  | 'weights-locked'
  | 'open'
  | 'closed'
  | 'published'
  | 'funding-decided'
  | 'weights'
  | 'openVoting'
  | 'closeVoting'
  | 'publish'
  | 'organizerStep'
  | 'attendees'
  | 'voteAs'
  | 'qrHint'
  | 'qrLoopback'
  | 'turnout'
  | 'ranking'
  | 'noBallots'
  | 'loading'
  | 'sensitivity'
  | 'sensitivityIntro'
  | 'rankingStable'
  | 'rankingFixed'
  | 'fundedStable'
  | 'fundedBound'
  | 'fundedFixed'
  | 'pairs'
  | 'change'
  | 'table'
  | 'ties'
  | 'barMeans'
> = {
  'zh-CN': {
    title: '项目评审会',
    intro:
      '各社区代表公开陈述项目并回答提问。会前先商定并锁定三项标准的权重；开始投票后，每位与会者对每个项目按公益性、可行性、可持续性分别投票，排名实时更新。',
    status: '当前状态：{status}',
    draft: '草稿：待商定权重',
    'weights-locked': '权重已锁定，待开始投票',
    open: '投票进行中',
    closed: '投票已结束',
    published: '结果已公布',
    'funding-decided': '结果已公布，资助已决定',
    weights: '商定权重',
    openVoting: '开始投票',
    closeVoting: '结束投票',
    publish: '公布结果',
    organizerStep:
      '评审会由{role}主持（锁定权重、开始和结束投票、分发投票码、公布结果）：请在页首切换身份。',
    attendees: '与会者投票',
    voteAs: '以“{name}”身份投票',
    qrHint: '用手机扫描二维码，在同一网络中投票：',
    qrLoopback:
      '演示只在本机监听。要用手机投票，请以 npm start -- --host 0.0.0.0 启动；也可以在新标签页中打开下面的链接。',
    turnout: '已投票 {voted} / {codes} 人',
    ranking: '实时排名',
    noBallots: '还没有选票。',
    loading: '正在读取评审会…',
    sensitivity: '排名对权重有多敏感',
    sensitivityIntro:
      '精确计算：每项权重最多按相同比例上下变动多少，相邻两个项目才会交换位置。条越短，两者越接近。',
    rankingStable: '每项权重变化都小于 {epsilon} 时，整个排名不变。',
    rankingFixed: '任何正权重都不会改变这个排名。',
    fundedStable: '资助名单（{projects}）在每项权重变化小于 {epsilon} 时不变。',
    fundedBound: '资助名单（{projects}）至少在每项权重变化小于 {epsilon} 时不变。',
    fundedFixed: '任何正权重都不会改变资助名单（{projects}）。',
    pairs: '相邻项目交换所需的权重变化',
    change: '权重变化',
    table: '以表格查看',
    ties: '两者持平时的权重',
    barMeans: '每条的长度是让两者交换所需的权重变化，整条为 ±100%；没有条表示权重无法让两者交换。',
  },
  en: {
    title: 'Review meeting',
    intro:
      'Each community presents its project in public and answers questions. First the criteria weights are agreed and locked; once voting opens, every attendee votes on every project for public benefit, feasibility and sustainability, and the ranking updates live.',
    status: 'Status: {status}',
    draft: 'Draft: weights to agree',
    'weights-locked': 'Weights locked, voting not open yet',
    open: 'Voting is open',
    closed: 'Voting closed',
    published: 'Results published',
    'funding-decided': 'Results published, funding decided',
    weights: 'Agree the weights',
    openVoting: 'Open voting',
    closeVoting: 'Close voting',
    publish: 'Publish results',
    organizerStep:
      'The {role} runs the meeting (locks the weights, opens and closes voting, hands out the voting codes, publishes the results): switch roles at the top of the page.',
    attendees: 'Attendees vote',
    voteAs: 'Vote as “{name}”',
    qrHint: 'Scan a code with a phone on the same network to vote there:',
    qrLoopback:
      'The demo listens on this computer only. To vote from a phone start it with npm start -- --host 0.0.0.0; or open the links below in new tabs.',
    turnout: '{voted} of {codes} attendees have voted',
    ranking: 'Live ranking',
    noBallots: 'No ballots yet.',
    loading: 'Reading the meeting…',
    sensitivity: 'How much the weights matter',
    sensitivityIntro:
      'Computed exactly: how far every weight may move (by the same proportion, up or down) before two neighbours in the ranking swap. The shorter the bar, the closer the call.',
    rankingStable: 'The whole ranking stays as long as no weight changes by {epsilon} or more.',
    rankingFixed: 'No positive weights change this ranking.',
    fundedStable:
      'The funded projects ({projects}) stay the same while no weight changes by {epsilon}.',
    fundedBound:
      'The funded projects ({projects}) stay the same at least while no weight changes by {epsilon}.',
    fundedFixed: 'No positive weights change the funded projects ({projects}).',
    pairs: 'Change of the weights that swaps neighbours',
    change: 'Weight change',
    table: 'Show as a table',
    ties: 'The weights at which they tie',
    barMeans:
      'Each bar is the change of the weights that would swap the two, a full bar being ±100%; no bar means no weights swap them.',
  },
};

/**
 * The review meeting as the organizer runs it: agree and lock the weights, open voting, send
 * attendees to their ballots (links and QR codes), watch the ranking update live, close and
 * publish.
 */
export class DemoMeetingScreen extends LitElement {
  static override styles = [
    screenStyles,
    css`
      .attendees {
        display: grid;
        gap: 0.75rem;
        grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
        padding: 0;
        list-style: none;
      }
      .attendees li {
        border: 1px solid var(--demo-border);
        border-radius: 8px;
        padding: 0.75rem;
      }
      .qr svg {
        width: 8rem;
        height: 8rem;
      }
    `,
  ];

  @property() locale: Locale = 'zh-CN';
  @property({ attribute: false }) session: DemoSession | undefined;
  /** Who acts at this browser: only the organizer runs the meeting and hands out the codes. */
  @property({ attribute: false }) actingAs: DemoRole = 'organizer';

  @state() private current: MeetingState | undefined;
  @state() private live: LiveRanking | undefined;
  @state() private error = '';
  @state() private busy = false;
  @state() private qr: Record<string, string> = {};

  private events: EventSource | undefined;

  override updated(changed: PropertyValues<this>): void {
    // The session arrives as a property after the element connects; a reset replaces it.
    if (changed.has('session') && this.session) void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.events?.close();
  }

  private async load(): Promise<void> {
    if (!this.session) return;
    const result = await demoApi.meeting(this.session.meetingId);
    if (!result.ok) {
      this.error = result.message;
      return;
    }
    this.current = result.value;
    this.listen();
    void this.makeQrCodes();
  }

  private listen(): void {
    if (this.events || !this.session) return;
    this.events = new EventSource(
      `/api/meetings/${encodeURIComponent(this.session.meetingId)}/events`,
    );
    this.events.addEventListener('ranking', (event) => {
      this.live = JSON.parse((event as MessageEvent<string>).data) as LiveRanking;
    });
    this.events.addEventListener('turnout', (event) => {
      const data = JSON.parse((event as MessageEvent<string>).data) as {
        status: MeetingState['status'];
        codes: number;
        voted: number;
        submissions: number;
      };
      if (this.current) {
        this.current = {
          ...this.current,
          status: data.status,
          turnout: { codes: data.codes, voted: data.voted, submissions: data.submissions },
        };
      }
    });
  }

  private voteUrl(voter: string): string {
    const base = this.session?.lanUrls[0] ?? `${location.origin}/`;
    return `${base}#/vote/${voter}`;
  }

  private async makeQrCodes(): Promise<void> {
    if (!this.session) return;
    const entries = await Promise.all(
      this.session.voters.map(
        async (v) =>
          [v.id, await QRCode.toString(this.voteUrl(v.id), { type: 'svg', margin: 1 })] as const,
      ),
    );
    this.qr = Object.fromEntries(entries);
  }

  private async act(action: MeetingAction): Promise<void> {
    this.busy = true;
    const result = await demoApi.act(action);
    this.busy = false;
    if (!result.ok) this.error = result.message;
    else {
      this.error = '';
      this.current = { ...result.value, turnout: this.current?.turnout ?? result.value.turnout };
    }
  }

  private async onLock(event: QyWeightsLockEvent): Promise<void> {
    const meeting = this.current?.meeting;
    if (!meeting) return;
    const updated: ReviewMeeting = {
      ...meeting,
      criteria: meeting.criteria.map((c) => ({
        ...c,
        weight: event.detail.weights[c.id] ?? c.weight,
      })),
    };
    this.busy = true;
    const saved = await demoApi.updateMeeting(updated);
    this.busy = false;
    if (!saved.ok) {
      this.error = saved.message;
      return;
    }
    this.current = { ...this.current!, meeting: saved.value.meeting };
    await this.act('lock-weights');
  }

  override render() {
    const t = (key: keyof (typeof catalog)['en'], params?: Record<string, string | number>) =>
      messageIn(catalog, this.locale, key, params);
    const current = this.current;
    return html`
      <h2 id="screen-title" tabindex="-1">${t('title')}</h2>
      <p>${t('intro')}</p>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${
        !current
          ? html`<p role="status">${t('loading')}</p>`
          : html`
              <h3>
                ${current.meeting.title ? localize(current.meeting.title, this.locale) : current.id}
              </h3>
              <p role="status" data-status=${current.status}>
                ${t('status', { status: t(current.status) })} ·
                ${t('turnout', { voted: current.turnout.voted, codes: current.turnout.codes })}
              </p>
              <section aria-labelledby="weights-title">
                <h3 id="weights-title">${t('weights')}</h3>
                <qy-weight-editor
                  lang=${this.locale}
                  .meeting=${current.meeting}
                  ?locked=${current.status !== 'draft' || this.actingAs !== 'organizer'}
                  @qy-weights-lock=${(e: QyWeightsLockEvent) => void this.onLock(e)}
                ></qy-weight-editor>
              </section>
              ${
                this.actingAs !== 'organizer'
                  ? html`<p class="hint" data-role-step="organizer">
                      ${t('organizerStep', { role: demoRoleNames.organizer[this.locale] })}
                    </p>`
                  : nothing
              }
              <div class="actions" ?hidden=${this.actingAs !== 'organizer'}>
                ${
                  current.status === 'weights-locked'
                    ? html`<button
                        class="primary"
                        ?disabled=${this.busy}
                        @click=${() => this.act('open')}
                      >
                        ${t('openVoting')}
                      </button>`
                    : nothing
                }
                ${
                  current.status === 'open'
                    ? html`<button ?disabled=${this.busy} @click=${() => this.act('close')}>
                        ${t('closeVoting')}
                      </button>`
                    : nothing
                }
                ${
                  current.status === 'closed'
                    ? html`<button
                        class="primary"
                        ?disabled=${this.busy}
                        @click=${() => this.act('publish')}
                      >
                        ${t('publish')}
                      </button>`
                    : nothing
                }
              </div>
              ${
                current.status === 'open' && this.actingAs === 'organizer'
                  ? this.renderAttendees(t)
                  : nothing
              }
              <section aria-labelledby="ranking-title">
                <h3 id="ranking-title">${t('ranking')}</h3>
                ${
                  this.live && this.live.counted > 0
                    ? html`<div class="scroll" id="ranking-scroll">
                        <qy-ranking-table
                          lang=${this.locale}
                          .meeting=${current.meeting}
                          .result=${{ ranking: this.live.ranking, counted: this.live.counted, rejected: [] }}
                          fund=${pilotFund.amount}
                        ></qy-ranking-table>
                      </div>`
                    : html`<p>${t('noBallots')}</p>`
                }
              </section>
              ${
                this.live && this.live.counted > 0
                  ? this.renderSensitivity(current.meeting, this.live)
                  : nothing
              }
            `
      }
    `;
  }

  private renderSensitivity(meeting: ReviewMeeting, live: LiveRanking) {
    const report = sensitivityOf(meeting, live, pilotFund);
    if (!report) return nothing;
    const t = (key: keyof (typeof catalog)['en'], params?: Record<string, string | number>) =>
      messageIn(catalog, this.locale, key, params);
    const rows = sensitivityRows(report, meeting, this.locale);
    const title = (id: string) => {
      const project = meeting.projects.find((p) => p.id === id);
      return project ? localize(project.title, this.locale) : id;
    };
    const rankingText =
      report.ranking.number === null
        ? t('rankingFixed')
        : t('rankingStable', { epsilon: epsilonText(report.ranking.number, this.locale) });
    const funded = report.funded;
    const projects = funded?.projects.map(title).join(this.locale === 'zh-CN' ? '、' : ', ') ?? '';
    const fundedText = !funded
      ? ''
      : funded.number === null
        ? t('fundedFixed', { projects })
        : t(funded.tight ? 'fundedStable' : 'fundedBound', {
            projects,
            epsilon: epsilonText(funded.number, this.locale),
          });
    return html`<section aria-labelledby="sensitivity-title" id="sensitivity">
      <h3 id="sensitivity-title">${t('sensitivity')}</h3>
      <p>${t('sensitivityIntro')}</p>
      <p id="sensitivity-summary">${rankingText} ${fundedText}</p>
      <demo-bar-chart
        id="chart-sensitivity"
        caption=${t('pairs')}
        summary=${t('barMeans')}
        category-label=${t('pairs')}
        table-label=${t('table')}
        .max=${1}
        .series=${[{ id: 'epsilon', label: t('change') }]}
        .rows=${rows}
      ></demo-bar-chart>
      <details>
        <summary>${t('ties')}</summary>
        <ul id="ties">
          ${rows.filter((row) => row.tie).map((row) => html`<li>${row.label}: ${row.tie}</li>`)}
        </ul>
      </details>
    </section>`;
  }

  private renderAttendees(t: (key: 'attendees' | 'voteAs' | 'qrHint' | 'qrLoopback') => string) {
    const lan = (this.session?.lanUrls.length ?? 0) > 0;
    return html`
      <section aria-labelledby="attendees-title">
        <h3 id="attendees-title">${t('attendees')}</h3>
        <p>${lan ? t('qrHint') : t('qrLoopback')}</p>
        <ul class="attendees">
          ${this.session?.voters.map((v) => {
            const name = attendeeNames[v.id]?.[this.locale] ?? v.id;
            return html`<li>
              <a href=${this.voteUrl(v.id)} target="_blank" data-voter=${v.id}
                >${messageIn(catalog, this.locale, 'voteAs', { name })}</a
              >
              ${
                this.qr[v.id]
                  ? html`<div class="qr" role="img" aria-label=${this.voteUrl(v.id)}>
                      ${unsafeSVG(this.qr[v.id])}
                    </div>`
                  : nothing
              }
            </li>`;
          })}
        </ul>
      </section>
    `;
  }
}
