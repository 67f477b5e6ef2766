import {
  formatMoney,
  localize,
  summarySheetFrom,
  type FundingDecision,
  type RankedProject,
  type ResultsSummarySheet,
  type Locale,
  messageIn,
  type Catalogs,
} from '@qingyuan/core';

import '@qingyuan/elements/define/funding-decision.js';
import { LitElement, type PropertyValues, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { demoApi, type DemoSession, type MeetingState, type RoundView } from '../api/demo-api.js';
import { demoRoleNames, roleCredential, type DemoRole } from '../api/demo-roles.js';
import { demoBodies, demoParticipants, participantNames } from '../data/project-histories.js';
import {
  fundingStage,
  fundLeft,
  roundMeetingIds,
  type FundingStage,
  type FundLeft,
} from '../meeting/round-funding.js';
import { screenStyles } from './screen-styles.js';

type Key =
  | 'title'
  | 'intro'
  | 'notYet'
  | 'toMeeting'
  | 'publishFirst'
  | 'publish'
  | 'signOff'
  | 'signOffIntro'
  | 'signer'
  | 'sign'
  | 'signed'
  | 'saved'
  | 'savedSeq'
  | 'download'
  | 'roleStep'
  | 'refused'
  | 'stored'
  | 'project'
  | 'grant'
  | 'departure'
  | 'notFunded'
  | 'opinions'
  | 'roundMeetings'
  | 'roundMeetingsIntro'
  | 'shownHere'
  | 'stage-not-closed'
  | 'stage-publish'
  | 'stage-sign'
  | 'stage-decide'
  | 'stage-decided'
  | 'fundWhole'
  | 'fundLeft'
  | 'fundWholeDecided'
  | 'fundLeftDecided'
  | 'loading'
  | 'listSeparator'
  | 'opinionBy'
  | 'sheetCaption'
  | 'rank'
  | 'requested'
  | 'roundFund';

/** Who may decide a grant: the service center, with the NGO and a people's congress deputy. */
const deciders = ['p-center', 'p-ngo', 'p-renda'];
const supervision = demoBodies.find((body) => body.kind === 'supervision-group')!;

const catalog: Catalogs<Key> = {
  'zh-CN': {
    title: '资助决定',
    intro:
      '评审会的评选结果汇总表经项目监审组成员签署后，社区服务中心按排名从专项资金中资助项目，直到资金用完（资助线）；结合街道领导和专家的意见可以调整，但每项调整都要记录谁决定、为什么。汇总表和资助决定都记录在投票箱的本轮次中。',
    notYet: '这场评审会结束投票后才能做资助决定。',
    toMeeting: '去评审会',
    publishFirst: '汇总表根据公布的排名整理：评审会的结果还没有公布。',
    publish: '公布评审结果',
    signOff: '评选结果汇总表的签署',
    signOffIntro: '汇总表由社区服务中心根据公布的排名整理，须由项目监审组的一名成员签署。',
    signer: '签署人（项目监审组成员）',
    sign: '签署汇总表',
    signed: '汇总表已由{name}签署，记录在投票箱中。',
    saved: '资助决定已记录在投票箱的本轮次中。',
    savedSeq: '资助决定已记录在投票箱的本轮次中（日志第 {seq} 条）。',
    download: '下载资助决定（JSON）',
    roleStep: '这一步由{role}完成：请在页首切换身份。',
    refused: '投票箱没有接受：',
    stored: '记录在投票箱中的资助决定',
    project: '项目',
    grant: '资助金额',
    departure: '调整：{reason}（{by}）',
    notFunded: '不资助',
    opinions: '决定时参考的意见',
    roundMeetings: '本轮次的评审会',
    roundMeetingsIntro: '每场评审会的资助分别决定。选择要签署汇总表、决定资助或查看决定的评审会：',
    shownHere: '正在显示',
    'stage-not-closed': '投票尚未结束',
    'stage-publish': '投票已结束，结果待公布',
    'stage-sign': '结果已公布，汇总表待签署',
    'stage-decide': '汇总表已签署，待决定资助',
    'stage-decided': '资助已决定：共资助 {granted}',
    fundWhole: '本轮次的专项资金为 {fund}，这场评审会的资助从中决定。',
    fundLeft:
      '本轮次的专项资金为 {fund}。此前的资助决定（{meetings}）已分配 {spent}，这场评审会的资助只能从剩余的 {left} 中决定。',
    fundWholeDecided: '本轮次的专项资金为 {fund}，这场评审会的资助是从中决定的。',
    fundLeftDecided:
      '本轮次的专项资金为 {fund}。此前的资助决定（{meetings}）分配了 {spent}，这场评审会的资助是从剩余的 {left} 中决定的。',
    loading: '正在读取评审会…',
    listSeparator: '、',
    opinionBy: '{name}：{text}',
    sheetCaption: '评选结果汇总表（按公布的排名）',
    rank: '排名',
    requested: '申请金额',
    roundFund: '本轮次的专项资金 {fund}：已资助 {granted}，剩余 {left}。',
  },
  en: {
    title: 'Funding decision',
    intro:
      'Once a member of the supervision and audit group has signed the meeting’s results summary sheet, the community service center funds projects down the ranking until the fund runs out (the fund line). With the opinions of street leaders and experts it may depart from that, recording who decided each change and why. The sheet and the decision are recorded in the ballot box’s round.',
    notYet: 'The funding decision on this meeting comes after its voting has closed.',
    toMeeting: 'Go to the meeting',
    publishFirst:
      'The summary sheet is prepared from the published ranking: the meeting’s results are not published yet.',
    publish: 'Publish the results',
    signOff: 'Signing the results summary sheet',
    signOffIntro:
      'The service center prepares the sheet from the published ranking; a member of the supervision and audit group signs it.',
    signer: 'Signed by (supervision group member)',
    sign: 'Sign the sheet',
    signed: 'The sheet was signed by {name}; the ballot box holds it.',
    saved: 'The funding decision is recorded in the ballot box’s round.',
    savedSeq: 'The funding decision is recorded in the ballot box’s round (log entry {seq}).',
    download: 'Download the funding decision (JSON)',
    roleStep: 'This step is for the {role}: switch roles at the top of the page.',
    refused: 'The ballot box did not accept it:',
    stored: 'The funding decision in the ballot box',
    project: 'Project',
    grant: 'Grant',
    departure: 'Changed: {reason} ({by})',
    notFunded: 'not funded',
    opinions: 'The opinions the decision weighed',
    roundMeetings: 'The round’s review meetings',
    roundMeetingsIntro:
      'Each meeting’s funding is decided on its own. Choose the meeting whose sheet to sign, whose funding to decide, or whose decision to look at:',
    shownHere: 'shown below',
    'stage-not-closed': 'Voting not closed yet',
    'stage-publish': 'Voting closed, results to publish',
    'stage-sign': 'Results published, sheet to sign',
    'stage-decide': 'Sheet signed, funding to decide',
    'stage-decided': 'Funding decided: {granted} granted',
    fundWhole: 'The round’s fund is {fund}; this meeting’s funding is decided from it.',
    fundLeft:
      'The round’s fund is {fund}. Decided before this meeting: {meetings}, granting {spent}; this meeting’s funding is decided from the {left} left.',
    fundWholeDecided: 'The round’s fund is {fund}; this meeting’s funding was decided from it.',
    fundLeftDecided:
      'The round’s fund is {fund}. Decided before this meeting: {meetings}, granting {spent}; this meeting’s funding was decided from the {left} left.',
    loading: 'Reading the meeting…',
    listSeparator: ', ',
    opinionBy: '{name}: {text}',
    sheetCaption: 'The results summary sheet (the published ranking)',
    rank: 'Rank',
    requested: 'Requested',
    roundFund: 'The round’s fund of {fund}: {granted} granted, {left} left.',
  },
};

/**
 * The funding of the round's review meetings, kept in the ballot box's round. The screen lists
 * the round's meetings with where each stands (`#/funding` shows the seeded meeting,
 * `#/funding/<meeting>` another); for the meeting shown: its results summary sheet (core's
 * `summarySheetFrom` over the published ranking), signed off by a supervision group member
 * with their credential; then `<qy-funding-decision>` for the service center in box mode, which
 * posts the decision straight to the ballot box's round (`box="/api"`, the round's
 * organisation and id, the service center's credential as its `credential` property), from the
 * fund the round's earlier decisions left (as the box allocates it); then the decision the box
 * recorded. A reload, or a second browser, shows what the box stored.
 */
export class DemoFundingScreen extends LitElement {
  static override styles = [
    screenStyles,
    css`
      .meetings {
        padding: 0;
        list-style: none;
        display: grid;
        gap: 0.75rem;
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
      caption {
        text-align: start;
        font-weight: 600;
        padding-bottom: 0.25rem;
      }
      .sheet td.num {
        white-space: nowrap;
      }
    `,
  ];

  @property() locale: Locale = 'zh-CN';
  @property({ attribute: false }) session: DemoSession | undefined;
  @property({ attribute: false }) actingAs: DemoRole = 'organizer';
  /** The review meeting shown (from the route); empty: the round's seeded meeting. */
  @property() meetingId = '';

  /** The round as the box holds it: its fund, meetings, sheets and decisions. */
  @state() private view: RoundView | undefined;
  /** The round's review meetings with their status on the box. */
  @state() private meetings: MeetingState[] = [];
  /** The meeting shown. */
  @state() private current: MeetingState | undefined;
  /** The published ranking of the meeting shown. */
  @state() private ranking: RankedProject[] | undefined;
  @state() private refusal: string[] | undefined;
  @state() private busy = false;
  /** The log entry of the decision this browser just recorded, with its meeting. */
  @state() private seq: { meeting: string; seq: number } | undefined;
  /** The service center's credential of the round, for `<qy-funding-decision>` (in memory only). */
  @state() private credential = '';
  /** When this screen read each meeting's published results: when its sheet is prepared. */
  private readonly resultsReadAt = new Map<string, string>();

  override updated(changed: PropertyValues<this>): void {
    // The session arrives as a property after the element connects; a reset replaces it; the
    // route names the meeting.
    if ((changed.has('session') || changed.has('meetingId')) && this.session) void this.load();
    if (changed.has('actingAs') || changed.has('meetingId')) this.refusal = undefined;
    if ((changed.has('actingAs') || changed.has('session')) && this.session) {
      void this.loadCredential(this.session.round.id);
    }
  }

  private async loadCredential(round: string): Promise<void> {
    const role = this.actingAs;
    const credential =
      role === 'service-center' ? await roleCredential('service-center', round) : undefined;
    // A role switched meanwhile keeps its own (no credential but the service center's).
    if (this.actingAs === role) this.credential = credential?.token ?? '';
  }

  /** The id of the meeting shown. */
  private get shown(): string {
    return this.meetingId || (this.session?.meetingId ?? '');
  }

  /** Reads the round and its meetings from the box, and the shown meeting's published ranking. */
  private async load(): Promise<void> {
    if (!this.session) return;
    const id = this.shown;
    if (this.current && this.current.id !== id) {
      this.current = undefined;
      this.ranking = undefined;
    }
    const round = await demoApi.round();
    if (id !== this.shown) return;
    if (!round.ok) {
      this.refusal = [round.message];
      return;
    }
    const ids = roundMeetingIds(round.value.round.meetings, this.session.meetingId);
    if (!ids.includes(id)) ids.push(id);
    const read = await Promise.all(ids.map((m) => demoApi.meeting(m)));
    if (id !== this.shown) return;
    const meetings = read.flatMap((r) => (r.ok ? [r.value] : []));
    const current = meetings.find((m) => m.id === id);
    let ranking: RankedProject[] | undefined;
    if (current && (current.status === 'published' || current.status === 'funding-decided')) {
      const results = await demoApi.meetingResults(id);
      if (id !== this.shown) return;
      if (results.ok) {
        ranking = [...results.value.ranking];
        if (!this.resultsReadAt.has(id)) this.resultsReadAt.set(id, new Date().toISOString());
      }
    }
    const missing = read.find((r, i) => ids[i] === id && !r.ok);
    if (missing && !missing.ok) this.refusal = [missing.message];
    this.view = round.value;
    this.meetings = meetings;
    this.current = current;
    this.ranking = ranking;
  }

  /** The shown meeting's sheet: the one the box holds, else prepared from the published ranking. */
  private sheetOf(meeting: MeetingState): ResultsSummarySheet | undefined {
    const stored = this.view?.summarySheets.find((sheet) => sheet.meeting === meeting.id);
    if (stored) return stored;
    if (!this.ranking) return undefined;
    return summarySheetFrom(meeting.meeting, this.ranking, {
      id: `${meeting.id}-sheet`,
      preparedBy: 'p-center',
      preparedAt: this.resultsReadAt.get(meeting.id) ?? new Date().toISOString(),
    });
  }

  private stageOf(meeting: MeetingState): FundingStage {
    return fundingStage(
      meeting.status,
      this.view?.summarySheets ?? [],
      this.view?.decisions ?? [],
      meeting.id,
    );
  }

  private fundOf(meeting: string): FundLeft | undefined {
    return this.view ? fundLeft(this.view.round, this.view.decisions, meeting) : undefined;
  }

  private async publish(): Promise<void> {
    if (!this.session || !this.current || this.busy) return;
    this.busy = true;
    const result = await demoApi.actOn(this.session.round, this.current.id, 'publish', this.locale);
    this.busy = false;
    this.refusal = result.ok ? undefined : (result.violations ?? [result.message]);
    await this.load();
  }

  private async sign(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const sheet = this.current ? this.sheetOf(this.current) : undefined;
    if (!sheet || !this.session || this.busy) return;
    const by = String(new FormData(event.target as HTMLFormElement).get('signer'));
    const signed: ResultsSummarySheet = {
      ...sheet,
      signOff: { body: supervision.id, by, at: new Date().toISOString() },
    };
    this.busy = true;
    const result = await demoApi.postToRound(
      'supervisor',
      this.session.round,
      'summary-sheets',
      { sheet: signed },
      this.locale,
    );
    this.busy = false;
    this.refusal = result.ok ? undefined : (result.violations ?? [result.message]);
    await this.load();
  }

  private async sent(meeting: string, event: Event): Promise<void> {
    const answer = (event as CustomEvent<{ answer?: { receipt?: { seq?: number } } }>).detail
      .answer;
    const seq = answer?.receipt?.seq;
    this.seq = seq === undefined ? undefined : { meeting, seq };
    this.refusal = undefined;
    await this.load();
  }

  /**
   * The box refused the decision (another browser decided the meeting meanwhile, or what is
   * left of the fund changed): its reason, in the page's language, stays on the screen beside
   * the box's state, read again.
   */
  private async rejected(event: Event): Promise<void> {
    const { message } = (event as CustomEvent<{ message?: string }>).detail;
    await this.load();
    this.refusal = [message ?? ''];
  }

  private download(decision: FundingDecision): void {
    const url = URL.createObjectURL(
      new Blob([`${JSON.stringify(decision, null, 2)}\n`], { type: 'application/json' }),
    );
    const link = document.createElement('a');
    link.href = url;
    link.download = `${decision.meeting}-funding-decision.json`;
    link.click();
    URL.revokeObjectURL(url);
  }

  private name(id: string): string {
    const known = participantNames[id];
    return known ? (typeof known === 'string' ? known : (known[this.locale] ?? id)) : id;
  }

  private meetingTitle(id: string): string {
    const meeting = this.meetings.find((m) => m.id === id)?.meeting;
    return meeting?.title ? localize(meeting.title, this.locale) : id;
  }

  private money(amount: number, currency = this.view?.round.fund.amount.currency ?? 'CNY'): string {
    return formatMoney({ amount, currency }, this.locale);
  }

  override render() {
    const t = (key: Key, params?: Record<string, string | number>) =>
      messageIn(catalog, this.locale, key, params);
    const refusal = this.refusal
      ? html`<div class="error" role="alert" id="refused">
          ${t('refused')}
          <ul>
            ${this.refusal.map((m) => html`<li>${m}</li>`)}
          </ul>
        </div>`
      : nothing;
    const current = this.current;
    return html`
      <h2 id="screen-title" tabindex="-1">${t('title')}</h2>
      <p>${t('intro')}</p>
      ${this.renderRoundMeetings(t)} ${refusal}
      ${!current ? html`<p role="status">${t('loading')}</p>` : this.renderMeeting(current, t)}
    `;
  }

  /** The round's review meetings, each a link that shows it here, with its funding step. */
  private renderRoundMeetings(t: (key: Key, params?: Record<string, string | number>) => string) {
    if (this.meetings.length < 2) return nothing;
    const seeded = this.session?.meetingId;
    return html`<section aria-labelledby="meetings-title">
      <h3 id="meetings-title">${t('roundMeetings')}</h3>
      ${this.renderRoundFund(t)}
      <p>${t('roundMeetingsIntro')}</p>
      <ul class="meetings" id="round-meetings">
        ${this.meetings.map((m) => {
          const stage = this.stageOf(m);
          const decision = this.view?.decisions.find((d) => d.meeting === m.id);
          const granted = decision?.grants.reduce((sum, g) => sum + g.amount.amount, 0) ?? 0;
          return html`<li data-meeting=${m.id} data-stage=${stage}>
            <a
              href=${m.id === seeded ? '#/funding' : `#/funding/${encodeURIComponent(m.id)}`}
              aria-current=${m.id === this.shown ? 'page' : nothing}
              >${m.meeting.title ? localize(m.meeting.title, this.locale) : m.id}</a
            >
            <span class="note"
              >${t(`stage-${stage}`, { granted: this.money(granted) })}${
                m.id === this.shown ? html` · <strong>${t('shownHere')}</strong>` : nothing
              }</span
            >
          </li>`;
        })}
      </ul>
    </section>`;
  }

  /** The round's fund against all its decisions: granted so far, and left. */
  private renderRoundFund(t: (key: Key, params?: Record<string, string | number>) => string) {
    if (!this.view) return nothing;
    const fund = fundLeft(this.view.round, this.view.decisions, '');
    const granted = fund.earlier.reduce((sum, e) => sum + e.granted, 0);
    return html`<p id="round-fund" data-left=${fund.left.amount}>
      ${t('roundFund', {
        fund: formatMoney(fund.fund, this.locale),
        granted: this.money(granted, fund.fund.currency),
        left: formatMoney(fund.left, this.locale),
      })}
    </p>`;
  }

  /** The round's fund as the shown meeting's decision sees it: what earlier decisions left. */
  private renderFund(
    meeting: string,
    t: (key: Key, params?: Record<string, string | number>) => string,
  ) {
    const fund = this.fundOf(meeting);
    if (!fund) return nothing;
    const spent = fund.earlier.reduce((sum, e) => sum + e.granted, 0);
    const decided = this.view?.decisions.some((decision) => decision.meeting === meeting) ?? false;
    return html`<p id="fund-left" data-left=${fund.left.amount}>
      ${
        fund.earlier.length === 0
          ? t(decided ? 'fundWholeDecided' : 'fundWhole', {
              fund: formatMoney(fund.fund, this.locale),
            })
          : t(decided ? 'fundLeftDecided' : 'fundLeft', {
              fund: formatMoney(fund.fund, this.locale),
              meetings: fund.earlier
                .map((e) => this.meetingTitle(e.meeting))
                .join(t('listSeparator')),
              spent: this.money(spent, fund.fund.currency),
              left: formatMoney(fund.left, this.locale),
            })
      }
    </p>`;
  }

  private renderMeeting(
    current: MeetingState,
    t: (key: Key, params?: Record<string, string | number>) => string,
  ) {
    const roleStep = (role: DemoRole) =>
      html`<p class="hint" data-role-step=${role}>
        ${t('roleStep', { role: demoRoleNames[role][this.locale] })}
      </p>`;
    const stage = this.stageOf(current);
    const heading = html`<h3 id="meeting-title" data-meeting=${current.id} data-stage=${stage}>
      ${this.meetingTitle(current.id)}
    </h3>`;
    const seeded = current.id === this.session?.meetingId;
    if (stage === 'not-closed') {
      return html`${heading}
        <p id="not-yet">
          ${t('notYet')}
          <a href=${seeded ? '#/meeting' : `#/meeting/${encodeURIComponent(current.id)}`}
            >${t('toMeeting')}</a
          >
        </p>`;
    }
    if (stage === 'publish') {
      return html`${heading}
        <p id="publish-first">${t('publishFirst')}</p>
        ${
          this.actingAs === 'organizer'
            ? html`<button
                class="primary"
                id="publish"
                ?disabled=${this.busy}
                @click=${() => void this.publish()}
              >
                ${t('publish')}
              </button>`
            : roleStep('organizer')
        }`;
    }
    const sheet = this.sheetOf(current);
    if (!sheet)
      return html`${heading}
        <p role="status">${t('loading')}</p>`;
    const signOff = this.view?.summarySheets.find((s) => s.meeting === current.id)?.signOff;
    const decision = this.view?.decisions.find((d) => d.meeting === current.id);
    const fund = this.fundOf(current.id);
    return html`
      ${heading} ${this.renderFund(current.id, t)}
      <section aria-labelledby="sign-off-title" id="sign-off">
        <h3 id="sign-off-title">${t('signOff')}</h3>
        <p>${t('signOffIntro')}</p>
        ${
          signOff
            ? html`<p id="signed" data-signed-by=${signOff.by}>
                ✓ ${t('signed', { name: this.name(signOff.by) })}
              </p>`
            : html`${this.renderSheet(sheet, t)}
              ${
                this.actingAs !== 'supervisor'
                  ? roleStep('supervisor')
                  : html`<form @submit=${this.sign}>
                      <label
                        >${t('signer')}
                        <select name="signer">
                          ${supervision.members.map(
                            (m) =>
                              html`<option value=${m.participant}>
                                ${this.name(m.participant)}
                              </option>`,
                          )}
                        </select>
                      </label>
                      <button class="primary" id="sign" ?disabled=${this.busy}>${t('sign')}</button>
                    </form>`
              }`
        }
      </section>
      ${
        decision
          ? this.renderStored(decision, sheet, t)
          : !signOff || !fund
            ? nothing
            : this.actingAs !== 'service-center'
              ? roleStep('service-center')
              : // The decision comes after the sign-off: the element is made once the sheet is
                // signed, so the decision it makes is dated after the signature (core checks it).
                // One element per meeting (keyed), so nothing recorded for one goes to another;
                // its fund is what the round's earlier decisions left, as the box allocates it.
                keyed(
                  current.id,
                  html`<qy-funding-decision
                    lang=${this.locale}
                    .sheet=${sheet}
                    .fund=${fund.left}
                    .bodies=${demoBodies}
                    .participants=${demoParticipants}
                    .deciders=${deciders}
                    decision-id=${`${current.id}-funding`}
                    box="/api"
                    organization=${this.session!.round.organization}
                    round=${this.session!.round.id}
                    .credential=${this.credential}
                    @qy-funding-decision-sent=${(e: Event) => void this.sent(current.id, e)}
                    @qy-funding-decision-rejected=${(e: Event) => void this.rejected(e)}
                  ></qy-funding-decision>`,
                )
      }
    `;
  }

  /** The sheet the supervisor signs: the meeting's projects in the published ranking. */
  private renderSheet(
    sheet: ResultsSummarySheet,
    t: (key: Key, params?: Record<string, string | number>) => string,
  ) {
    return html`<div class="scroll">
      <table class="sheet" id="sheet">
        <caption>
          ${t('sheetCaption')}
        </caption>
        <thead>
          <tr>
            <th scope="col" class="num">${t('rank')}</th>
            <th scope="col">${t('project')}</th>
            <th scope="col" class="num">${t('requested')}</th>
          </tr>
        </thead>
        <tbody>
          ${[...sheet.rows]
            .sort((a, b) => a.rank - b.rank)
            .map(
              (row) =>
                html`<tr data-project=${row.project}>
                  <td class="num">${row.rank}</td>
                  <th scope="row">${localize(row.title, this.locale)}</th>
                  <td class="num">${formatMoney(row.requested, this.locale)}</td>
                </tr>`,
            )}
        </tbody>
      </table>
    </div>`;
  }

  private renderStored(
    decision: FundingDecision,
    sheet: ResultsSummarySheet,
    t: (key: Key, params?: Record<string, string | number>) => string,
  ) {
    const seq = this.seq?.meeting === decision.meeting ? this.seq.seq : undefined;
    return html`<section aria-labelledby="stored-title" id="stored-decision">
      <h3 id="stored-title">${t('stored')}</h3>
      <p id="saved" role="status">${seq === undefined ? t('saved') : t('savedSeq', { seq })}</p>
      <div class="scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">${t('project')}</th>
              <th scope="col">${t('grant')}</th>
            </tr>
          </thead>
          <tbody>
            ${[...sheet.rows]
              .sort((a, b) => a.rank - b.rank)
              .map((row) => {
                const grant = decision.grants.find((g) => g.project === row.project);
                const departure = decision.departures.find((d) => d.project === row.project);
                return html`<tr
                  data-project=${row.project}
                  data-granted=${grant?.amount.amount ?? 0}
                >
                  <th scope="row">${localize(row.title, this.locale)}</th>
                  <td>
                    ${
                      grant && grant.amount.amount > 0
                        ? formatMoney(grant.amount, this.locale)
                        : t('notFunded')
                    }
                    ${
                      departure
                        ? html`<br /><small class="departure"
                              >${t('departure', {
                                reason: localize(departure.reason, this.locale),
                                by: this.name(departure.by),
                              })}</small
                            >`
                        : nothing
                    }
                  </td>
                </tr>`;
              })}
          </tbody>
        </table>
      </div>
      ${
        decision.opinions && decision.opinions.length > 0
          ? html`<h4>${t('opinions')}</h4>
              <ul id="stored-opinions">
                ${decision.opinions.map(
                  (o) =>
                    html`<li data-by=${o.by}>
                      ${t('opinionBy', { name: this.name(o.by), text: localize(o.text, this.locale) })}
                    </li>`,
                )}
              </ul>`
          : nothing
      }
      <button type="button" id="download" @click=${() => this.download(decision)}>
        ${t('download')}
      </button>
    </section>`;
  }
}
