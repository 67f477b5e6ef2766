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
import { attendeeNames, communityNames, pilotFund } from '../data/pilot-2007.js';
import { demoRoleNames, type DemoRole } from '../api/demo-roles.js';
import {
  nextReviewMeetingId,
  reviewMeetingFor,
  reviewMeetingTitle,
  waitingForReview,
  type AgendaProject,
} from '../meeting/review-agenda.js';
import { epsilonText, sensitivityOf, sensitivityRows } from '../report/sensitivity-rows.js';
import { screenStyles } from './screen-styles.js';

type Key =
  | 'title'
  | 'intro'
  | 'status'
  | 'draft'
  | 'weights-locked'
  | 'open'
  | 'closed'
  | 'published'
  | 'toFunding'
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
  | 'roundMeetings'
  | 'roundMeetingsIntro'
  | 'projectsCount'
  | 'projectsOne'
  | 'shownHere'
  | 'newReview'
  | 'newReviewIntro'
  | 'nothingWaiting'
  | 'createReview'
  | 'createReviewOne'
  | 'creating'
  | 'created'
  | 'refused'
  | 'notLinked'
  | 'roleStep'
  | 'invented';

const catalog: Catalogs<Key> = {
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
    toFunding: '去签署汇总表、决定这场评审会的资助',
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
    roundMeetings: '本轮次的评审会',
    roundMeetingsIntro: '选择要主持或查看的评审会：',
    projectsCount: '{count} 个项目',
    projectsOne: '1 个项目',
    shownHere: '正在显示',
    newReview: '把通过审核的申请列入新评审会的议程',
    newReviewIntro:
      '服务中心审核通过、还没有上过评审会的申请，由组织方列入一场新评审会的议程。新评审会沿用本轮次第一场评审会的三项标准、权重和与会者；权重在会上仍可商定。',
    nothingWaiting: '没有等待评审的申请：先在“项目申请”中提交申请书，再由服务中心审核受理。',
    createReview: '创建评审会，列入这 {count} 个项目',
    createReviewOne: '创建评审会，列入这个项目',
    creating: '正在创建评审会…',
    created: '评审会“{title}”已在投票箱中创建，议程上有 {count} 个项目；下面显示的就是它。',
    refused: '投票箱拒绝了：{message}',
    notLinked: '评审会已创建，但还没有列入本轮次：{message}。再按一次按钮即可重试。',
    roleStep: '这一步由{role}完成：请在页首切换身份。',
    invented:
      '演示虚构的部分：案例记载 2007 年的四个试点项目在 9 月底经评选会确定；按事先约定的权重加权计票的评审会做法，案例记在 2008 年，演示把它用在 2007 年的试点上。在演示中新建的评审会是虚构的，它评审的是在演示里写成并受理的申请。',
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
    toFunding: 'On to the summary sheet and this meeting’s funding decision',
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
    roundMeetings: 'The round’s review meetings',
    roundMeetingsIntro: 'Choose the meeting to run or look at:',
    projectsCount: '{count} projects',
    projectsOne: '1 project',
    shownHere: 'shown below',
    newReview: 'Put the accepted applications on a new review meeting’s agenda',
    newReviewIntro:
      'Applications the service center accepted that no review meeting has taken up yet go on the agenda of a new meeting, set up by the organizer. It takes the criteria, weights and attendees of the round’s first review meeting; the weights can still be agreed at the meeting.',
    nothingWaiting:
      'No application is waiting for review: submit one under “Applications” and have the service center accept it first.',
    createReview: 'Create the meeting with these {count} projects',
    createReviewOne: 'Create the meeting with this project',
    creating: 'Creating the review meeting…',
    created:
      'The review meeting “{title}” is created on the ballot box with {count} projects on its agenda; it is shown below.',
    refused: 'The ballot box refused: {message}',
    notLinked:
      'The review meeting is created but not yet part of the round: {message}. Press the button again to retry.',
    roleStep: 'This step is for {role}: switch roles in the header.',
    invented:
      'Made up for the demo: the case study records that the four 2007 pilot projects were chosen at a selection meeting at the end of September; the review meeting with votes weighted as agreed beforehand is how it describes 2008, and the demo applies it to the 2007 pilots. A meeting created in the demo is invented; it reviews applications written and accepted in the demo.',
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
      .meetings {
        padding: 0;
        list-style: none;
        display: grid;
        gap: 0.25rem;
      }
      .meetings a {
        display: inline-flex;
        align-items: center;
        min-height: 44px;
        overflow-wrap: anywhere;
      }
      .meetings .note {
        display: block;
      }
      .meetings a[aria-current='page'] {
        font-weight: 600;
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
  /** The review meeting shown (from the route); empty: the round's seeded meeting. */
  @property() meetingId = '';

  @state() private current: MeetingState | undefined;
  @state() private live: LiveRanking | undefined;
  @state() private error = '';
  @state() private busy = false;
  @state() private qr: Record<string, string> = {};
  /** The attendees' voting codes of the meeting shown. */
  @state() private voters: { id: string; code: string }[] = [];
  /** The round's review meetings, as the box holds them (the round's `meetings`). */
  @state() private meetings: MeetingState[] = [];
  /** The accepted applications no review meeting has taken up yet. */
  @state() private waiting: AgendaProject[] | undefined;
  @state() private notice: { ok: boolean; text: string } | undefined;
  /** The id of a meeting created but not yet linked to the round (a retry links it). */
  private pending: string | undefined;

  private events: EventSource | undefined;
  private listening = '';

  override updated(changed: PropertyValues<this>): void {
    // The session arrives as a property after the element connects; a reset replaces it; the
    // route names the meeting.
    if ((changed.has('session') || changed.has('meetingId')) && this.session) void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.events?.close();
    this.events = undefined;
    this.listening = '';
  }

  /** The id of the meeting shown. */
  private get shown(): string {
    return this.meetingId || (this.session?.meetingId ?? '');
  }

  private async load(): Promise<void> {
    if (!this.session) return;
    const id = this.shown;
    if (this.current && this.current.id !== id) {
      this.current = undefined;
      this.live = undefined;
      this.qr = {};
    }
    const [result, voters] = await Promise.all([
      demoApi.meeting(id),
      id === this.session.meetingId
        ? Promise.resolve({ ok: true as const, value: { voters: this.session.voters } })
        : demoApi.voters(id),
      this.loadRound(),
    ]);
    if (id !== this.shown) return;
    if (!result.ok) {
      this.error = messageIn(catalog, this.locale, 'refused', { message: result.message });
      return;
    }
    this.error = '';
    this.current = result.value;
    this.voters = voters.ok ? voters.value.voters : [];
    this.listen(id);
    void this.makeQrCodes();
  }

  /** Reads the round's meetings and its agenda from the box. */
  private async loadRound(): Promise<void> {
    if (!this.session) return;
    const [view, agenda] = await Promise.all([
      demoApi.round(),
      demoApi.agenda(this.session.round, this.locale),
    ]);
    if (!view.ok || !agenda.ok) {
      const message = !view.ok ? view.message : !agenda.ok ? agenda.message : '';
      this.error = messageIn(catalog, this.locale, 'refused', { message });
      return;
    }
    this.waiting = waitingForReview(agenda.value.projects, view.value.projects);
    const ids = view.value.round.meetings.includes(this.session.meetingId)
      ? view.value.round.meetings
      : [this.session.meetingId, ...view.value.round.meetings];
    const read = await Promise.all(ids.map((id) => demoApi.meeting(id)));
    this.meetings = read.flatMap((r) => (r.ok ? [r.value] : []));
  }

  private listen(id: string): void {
    if (this.listening === id) return;
    this.events?.close();
    this.listening = id;
    this.events = new EventSource(`/api/meetings/${encodeURIComponent(id)}/events`);
    this.events.addEventListener('ranking', (event) => {
      if (this.listening !== id) return;
      this.live = JSON.parse((event as MessageEvent<string>).data) as LiveRanking;
    });
    this.events.addEventListener('turnout', (event) => {
      const data = JSON.parse((event as MessageEvent<string>).data) as {
        status: MeetingState['status'];
        codes: number;
        voted: number;
        submissions: number;
      };
      if (this.current && this.current.id === id) {
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
    const meeting = this.meetingId ? `/${encodeURIComponent(this.meetingId)}` : '';
    return `${base}#/vote/${voter}${meeting}`;
  }

  private async makeQrCodes(): Promise<void> {
    const entries = await Promise.all(
      this.voters.map(
        async (v) =>
          [v.id, await QRCode.toString(this.voteUrl(v.id), { type: 'svg', margin: 1 })] as const,
      ),
    );
    this.qr = Object.fromEntries(entries);
  }

  private async act(action: MeetingAction): Promise<void> {
    if (!this.session || !this.current) return;
    this.busy = true;
    const result = await demoApi.actOn(this.session.round, this.current.id, action, this.locale);
    this.busy = false;
    if (!result.ok) {
      // The box knows better (another tab may have acted): show its state, and the refusal.
      const refusal = messageIn(catalog, this.locale, 'refused', { message: result.message });
      await this.load();
      this.error = refusal;
    } else {
      this.error = '';
      this.current = { ...result.value, turnout: this.current?.turnout ?? result.value.turnout };
      void this.loadRound();
    }
  }

  private async onLock(event: QyWeightsLockEvent): Promise<void> {
    const meeting = this.current?.meeting;
    if (!meeting || !this.session) return;
    const updated: ReviewMeeting = {
      ...meeting,
      criteria: meeting.criteria.map((c) => ({
        ...c,
        weight: event.detail.weights[c.id] ?? c.weight,
      })),
    };
    this.busy = true;
    const saved = await demoApi.saveMeeting(this.session.round, updated, this.locale);
    this.busy = false;
    if (!saved.ok) {
      this.error = messageIn(catalog, this.locale, 'refused', { message: saved.message });
      return;
    }
    this.current = { ...this.current!, meeting: saved.value.meeting };
    await this.act('lock-weights');
  }

  /**
   * The organizer's step: the accepted applications waiting for review go on the agenda of a
   * new review meeting of the round (the criteria, weights and attendees of the round's seeded
   * meeting), created on the box and linked to the round (`review-started` for each); then
   * the screen shows it.
   */
  private async createReview(): Promise<void> {
    const session = this.session;
    if (!session || this.busy) return;
    const t = (key: Key, params?: Record<string, string | number>) =>
      messageIn(catalog, this.locale, key, params);
    const refused = (message: string) => {
      this.notice = { ok: false, text: t('refused', { message }) };
      this.busy = false;
    };
    this.busy = true;
    this.notice = { ok: true, text: t('creating') };
    const [view, agenda, model] = await Promise.all([
      demoApi.round(),
      demoApi.agenda(session.round, this.locale),
      demoApi.meeting(session.meetingId),
    ]);
    if (!view.ok) return refused(view.message);
    if (!agenda.ok) return refused(agenda.message);
    if (!model.ok) return refused(model.message);
    const waiting = waitingForReview(agenda.value.projects, view.value.projects);
    this.waiting = waiting;
    if (waiting.length === 0) {
      this.notice = { ok: false, text: t('nothingWaiting') };
      this.busy = false;
      return;
    }
    const taken = view.value.round.meetings;
    const id = this.pending ?? nextReviewMeetingId(session.round.id, taken);
    const meeting = reviewMeetingFor(
      model.value.meeting,
      id,
      reviewMeetingTitle(Number(/-(\d+)$/.exec(id)?.[1] ?? taken.length + 1)),
      waiting,
    );
    const created = await demoApi.createReviewMeeting(session.round, meeting, this.locale);
    if (!created.ok) return refused(created.message);
    this.pending = id;
    const linked = await demoApi.postToRound<{ meeting: string; projects: string[] }>(
      'organizer',
      session.round,
      'reviews',
      { meeting: id, by: 'p-ngo' },
      this.locale,
    );
    this.busy = false;
    if (!linked.ok) {
      this.notice = { ok: false, text: t('notLinked', { message: linked.message }) };
      return;
    }
    this.pending = undefined;
    this.notice = {
      ok: true,
      text: t('created', {
        title: localize(meeting.title!, this.locale),
        count: linked.value.projects.length,
      }),
    };
    if (this.meetingId === id) void this.load();
    else location.hash = `#/meeting/${encodeURIComponent(id)}`;
  }

  override render() {
    const t = (key: keyof (typeof catalog)['en'], params?: Record<string, string | number>) =>
      messageIn(catalog, this.locale, key, params);
    const current = this.current;
    return html`
      <h2 id="screen-title" tabindex="-1">${t('title')}</h2>
      <p>${t('intro')}</p>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${this.renderRoundMeetings(t)} ${this.renderNewReview(t)}
      ${
        !current
          ? html`<p role="status">${t('loading')}</p>`
          : html`
              <h3 id="meeting-title" data-meeting=${current.id}>
                ${current.meeting.title ? localize(current.meeting.title, this.locale) : current.id}
              </h3>
              <p role="status" data-status=${current.status}>
                ${t('status', { status: t(current.status) })} ·
                ${t('turnout', { voted: current.turnout.voted, codes: current.turnout.codes })}
              </p>
              ${
                current.status === 'published' || current.status === 'funding-decided'
                  ? html`<p>
                      <a id="to-funding" href=${this.fundingHref(current.id)}>${t('toFunding')}</a>
                    </p>`
                  : nothing
              }
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

  /** The funding screen of a meeting (`#/funding` for the round's seeded meeting). */
  private fundingHref(id: string): string {
    return id === this.session?.meetingId ? '#/funding' : `#/funding/${encodeURIComponent(id)}`;
  }

  /** The round's review meetings, each a link that shows it here; the one shown is current. */
  private renderRoundMeetings(t: (key: Key, params?: Record<string, string | number>) => string) {
    if (this.meetings.length < 2) return nothing;
    const seeded = this.session?.meetingId;
    return html`<section aria-labelledby="meetings-title">
      <h3 id="meetings-title">${t('roundMeetings')}</h3>
      <p>${t('roundMeetingsIntro')}</p>
      <ul class="meetings" id="round-meetings">
        ${this.meetings.map(
          (m) =>
            html`<li data-meeting=${m.id} data-meeting-status=${m.status}>
              <a
                href=${m.id === seeded ? '#/meeting' : `#/meeting/${encodeURIComponent(m.id)}`}
                aria-current=${m.id === this.shown ? 'page' : nothing}
                >${m.meeting.title ? localize(m.meeting.title, this.locale) : m.id}</a
              >
              <span class="note"
                >${t(m.status)} ·
                ${
                  m.meeting.projects.length === 1
                    ? t('projectsOne')
                    : t('projectsCount', { count: m.meeting.projects.length })
                }${m.id === this.shown ? html` · <strong>${t('shownHere')}</strong>` : nothing}</span
              >
            </li>`,
        )}
      </ul>
    </section>`;
  }

  /** The organizer's step: the waiting accepted applications on a new meeting's agenda. */
  private renderNewReview(t: (key: Key, params?: Record<string, string | number>) => string) {
    const waiting = this.waiting;
    if (waiting === undefined) return nothing;
    const organizer = this.actingAs === 'organizer';
    return html`<section aria-labelledby="new-review-title" id="new-review">
      <h3 id="new-review-title">${t('newReview')}</h3>
      <p>${t('newReviewIntro')}</p>
      ${
        waiting.length === 0
          ? html`<p id="nothing-waiting">${t('nothingWaiting')}</p>`
          : html`<ul id="waiting">
                ${waiting.map(
                  (p) =>
                    html`<li data-project=${p.id}>
                      ${localize(p.title, this.locale)}
                      <span class="note"
                        >(${communityNames[p.community ?? '']?.[this.locale] ?? p.community})</span
                      >
                    </li>`,
                )}
              </ul>
              ${
                organizer
                  ? html`<div class="actions">
                      <button
                        id="create-review"
                        class="primary"
                        ?disabled=${this.busy}
                        @click=${() => void this.createReview()}
                      >
                        ${
                          waiting.length === 1
                            ? t('createReviewOne')
                            : t('createReview', { count: waiting.length })
                        }
                      </button>
                    </div>`
                  : html`<p class="hint" data-role-step="organizer">
                      ${t('roleStep', { role: demoRoleNames.organizer[this.locale] })}
                    </p>`
              }`
      }
      ${
        waiting.length > 0 || this.meetings.length > 1
          ? html`<p class="hint" id="invented-meeting">${t('invented')}</p>`
          : nothing
      }
      ${
        this.notice
          ? html`<p
              class=${this.notice.ok ? 'note' : 'error'}
              role=${this.notice.ok ? 'status' : 'alert'}
              data-outcome=${this.notice.ok ? 'ok' : 'failed'}
              id="review-outcome"
            >
              ${this.notice.text}
            </p>`
          : nothing
      }
    </section>`;
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
          ${this.voters.map((v) => {
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
