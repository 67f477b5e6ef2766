import {
  allocateFunds,
  fundingCandidates,
  formatMoney,
  localize,
  summarySheetFrom,
  type FundingDecision,
  type FundingOverride,
  type ResultsSummarySheet,
  type ReviewMeeting,
  type TallyResult,
  type Locale,
  messageIn,
  type Catalogs,
} from '@qingyuan/core';

import '@qingyuan/elements/define/funding-decision.js';
import { LitElement, type PropertyValues, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { demoApi, type DemoSession } from '../api/demo-api.js';
import { demoRoleNames, roleCredential, type DemoRole } from '../api/demo-roles.js';
import { pilotFund } from '../data/pilot-2007.js';
import { demoBodies, demoParticipants, participantNames } from '../data/project-histories.js';
import { screenStyles } from './screen-styles.js';

/** An opinion of a street leader or an expert the decision weighed. */
type FundingOpinion = NonNullable<FundingDecision['opinions']>[number];

type Key =
  | 'title'
  | 'intro'
  | 'notYet'
  | 'publishFirst'
  | 'publish'
  | 'signOff'
  | 'signOffIntro'
  | 'signer'
  | 'sign'
  | 'signed'
  | 'saved'
  | 'download'
  | 'roleStep'
  | 'refused'
  | 'stored'
  | 'project'
  | 'grant'
  | 'departure'
  | 'notFunded';

/** Who may decide a grant: the service center, with the NGO and a people's congress deputy. */
const deciders = ['p-center', 'p-ngo', 'p-renda'];
const supervision = demoBodies.find((body) => body.kind === 'supervision-group')!;

const catalog: Catalogs<Key> = {
  'zh-CN': {
    title: '资助决定',
    intro:
      '评审会的评选结果汇总表经项目监审组成员签署后，社区服务中心按排名从专项资金中资助项目，直到资金用完（资助线）；结合街道领导和专家的意见可以调整，但每项调整都要记录谁决定、为什么。汇总表和资助决定都记录在投票箱的本轮次中。',
    notYet: '评审会结束投票后才能做资助决定。',
    publishFirst: '汇总表根据公布的排名整理：评审会的结果还没有公布。',
    publish: '公布评审结果',
    signOff: '评选结果汇总表的签署',
    signOffIntro: '汇总表由社区服务中心根据公布的排名整理，须由项目监审组的一名成员签署。',
    signer: '签署人（项目监审组成员）',
    sign: '签署汇总表',
    signed: '汇总表已由{name}签署，记录在投票箱中。',
    saved: '资助决定已记录在投票箱的本轮次中（日志第 {seq} 条）。',
    download: '下载资助决定（JSON）',
    roleStep: '这一步由{role}完成：请在页首切换身份。',
    refused: '投票箱没有接受：',
    stored: '记录在投票箱中的资助决定',
    project: '项目',
    grant: '资助金额',
    departure: '调整：{reason}（{by}）',
    notFunded: '不资助',
  },
  en: {
    title: 'Funding decision',
    intro:
      'Once a member of the supervision and audit group has signed the meeting’s results summary sheet, the community service center funds projects down the ranking until the fund runs out (the fund line). With the opinions of street leaders and experts it may depart from that, recording who decided each change and why. The sheet and the decision are recorded in the ballot box’s round.',
    notYet: 'The funding decision comes after voting has closed.',
    publishFirst:
      'The summary sheet is prepared from the published ranking: the meeting’s results are not published yet.',
    publish: 'Publish the results',
    signOff: 'Signing the results summary sheet',
    signOffIntro:
      'The service center prepares the sheet from the published ranking; a member of the supervision and audit group signs it.',
    signer: 'Signed by (supervision group member)',
    sign: 'Sign the sheet',
    signed: 'The sheet was signed by {name}; the ballot box holds it.',
    saved: 'The funding decision is recorded in the ballot box’s round (log entry {seq}).',
    download: 'Download the funding decision (JSON)',
    roleStep: 'This step is for the {role}: switch roles at the top of the page.',
    refused: 'The ballot box did not accept it:',
    stored: 'The funding decision in the ballot box',
    project: 'Project',
    grant: 'Grant',
    departure: 'Changed: {reason} ({by})',
    notFunded: 'not funded',
  },
};

/**
 * The funding decision, kept in the ballot box's round: the meeting's results summary sheet
 * (core's `summarySheetFrom` over the published ranking), signed off by a supervision group
 * member with their credential; then `<qy-funding-decision>` for the service center in box
 * mode, which posts the decision straight to the ballot box's round (`box="/api"`, the round's
 * organisation and id, the service center's credential as its `credential` property): no glue
 * of the demo in between. A reload, or a second browser, shows what the box stored.
 */
export class DemoFundingScreen extends LitElement {
  static override styles = screenStyles;

  @property() locale: Locale = 'zh-CN';
  @property({ attribute: false }) session: DemoSession | undefined;
  @property({ attribute: false }) actingAs: DemoRole = 'organizer';

  @state() private meeting: ReviewMeeting | undefined;
  @state() private result: TallyResult | undefined;
  @state() private closed = false;
  @state() private published = false;
  @state() private stored: ResultsSummarySheet | undefined;
  @state() private decision: FundingDecision | undefined;
  @state() private seq: number | undefined;
  @state() private refusal: string[] | undefined;
  /** The service center's credential of the round, for `<qy-funding-decision>` (in memory only). */
  @state() private credential = '';
  /** When this screen read the closed meeting's results: when the sheet is prepared. */
  private resultsReadAt = '';

  override updated(changed: PropertyValues<this>): void {
    // The session arrives as a property after the element connects; a reset replaces it.
    if (changed.has('session') && this.session) void this.load();
    if (changed.has('actingAs')) this.refusal = undefined;
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

  private async load(): Promise<void> {
    if (!this.session) return;
    const state = await demoApi.meeting(this.session.meetingId);
    if (!state.ok) return;
    this.meeting = state.value.meeting;
    this.published = state.value.status === 'published' || state.value.status === 'funding-decided';
    this.closed = state.value.status === 'closed' || this.published;
    if (!this.closed) return;
    const results = await demoApi.results();
    if (!results.ok) return;
    this.result = results.value as unknown as TallyResult;
    this.resultsReadAt ||= new Date().toISOString();
    const round = await demoApi.round();
    if (!round.ok) return;
    const meetingId = this.session.meetingId;
    this.stored = round.value.summarySheets.find((sheet) => sheet.meeting === meetingId);
    this.decision = round.value.decisions.find((d) => d.meeting === meetingId);
    this.overrides = this.savedOverrides();
    this.opinions = [...(this.decision?.opinions ?? [])];
  }

  private get sheet(): ResultsSummarySheet | undefined {
    if (this.stored) return this.stored;
    if (!this.meeting || !this.result) return undefined;
    return summarySheetFrom(this.meeting, [...this.result.ranking], {
      id: `${this.meeting.id}-sheet`,
      preparedBy: 'p-center',
      preparedAt: this.resultsReadAt,
    });
  }

  /** The changes and opinions of the stored decision, given to the element once per load. */
  @state() private overrides: FundingOverride[] = [];
  @state() private opinions: FundingOpinion[] = [];

  /** The changes of a stored decision: each departure whose grant differs from the rule's. */
  private savedOverrides(): FundingOverride[] {
    if (!this.decision || !this.meeting || !this.result) return [];
    const rule = allocateFunds(fundingCandidates(this.meeting, this.result), pilotFund);
    if (!rule.ok) return [];
    const byRule = new Map(rule.allocation.grants.map((g) => [g.project, g.granted]));
    return this.decision.departures.flatMap((d) => {
      const granted =
        this.decision!.grants.find((g) => g.project === d.project)?.amount.amount ?? 0;
      return byRule.has(d.project) && byRule.get(d.project) !== granted
        ? [{ project: d.project, granted, by: d.by, reason: d.reason }]
        : [];
    });
  }

  private async publish(): Promise<void> {
    const result = await demoApi.act('publish');
    this.refusal = result.ok ? undefined : (result.violations ?? [result.message]);
    await this.load();
  }

  private async sign(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const sheet = this.sheet;
    if (!sheet || !this.session) return;
    const by = String(new FormData(event.target as HTMLFormElement).get('signer'));
    const signed: ResultsSummarySheet = {
      ...sheet,
      signOff: { body: supervision.id, by, at: new Date().toISOString() },
    };
    const result = await demoApi.postToRound(
      'supervisor',
      this.session.round,
      'summary-sheets',
      { sheet: signed },
      this.locale,
    );
    this.refusal = result.ok ? undefined : (result.violations ?? [result.message]);
    await this.load();
  }

  private async sent(event: Event): Promise<void> {
    const answer = (event as CustomEvent<{ answer?: { receipt?: { seq?: number } } }>).detail
      .answer;
    this.seq = answer?.receipt?.seq;
    await this.load();
  }

  private download(decision: FundingDecision): void {
    const url = URL.createObjectURL(
      new Blob([`${JSON.stringify(decision, null, 2)}\n`], { type: 'application/json' }),
    );
    const link = document.createElement('a');
    link.href = url;
    link.download = 'funding-decision.json';
    link.click();
    URL.revokeObjectURL(url);
  }

  private name(id: string): string {
    const known = participantNames[id];
    return known ? (typeof known === 'string' ? known : (known[this.locale] ?? id)) : id;
  }

  override render() {
    const t = (key: Key, params?: Record<string, string | number>) =>
      messageIn(catalog, this.locale, key, params);
    const sheet = this.sheet;
    const roleStep = (role: DemoRole) =>
      html`<p class="hint" data-role-step=${role}>
        ${t('roleStep', { role: demoRoleNames[role][this.locale] })}
      </p>`;
    const refusal = this.refusal
      ? html`<div class="error" role="alert" id="refused">
          ${t('refused')}
          <ul>
            ${this.refusal.map((m) => html`<li>${m}</li>`)}
          </ul>
        </div>`
      : nothing;
    if (!this.closed || !sheet) {
      return html`<h2 id="screen-title" tabindex="-1">${t('title')}</h2>
        <p>${t('intro')}</p>
        <p>${t('notYet')} <a href="#/meeting">→</a></p>`;
    }
    const signOff = this.stored?.signOff;
    return html`
      <h2 id="screen-title" tabindex="-1">${t('title')}</h2>
      <p>${t('intro')}</p>
      ${refusal}
      <section aria-labelledby="sign-off-title" id="sign-off">
        <h3 id="sign-off-title">${t('signOff')}</h3>
        <p>${t('signOffIntro')}</p>
        ${
          signOff
            ? html`<p id="signed" data-signed-by=${signOff.by}>
                ✓ ${t('signed', { name: this.name(signOff.by) })}
              </p>`
            : !this.published
              ? html`<p id="publish-first">${t('publishFirst')}</p>
                  ${
                    this.actingAs === 'organizer'
                      ? html`<button class="primary" id="publish" @click=${this.publish}>
                          ${t('publish')}
                        </button>`
                      : roleStep('organizer')
                  }`
              : this.actingAs !== 'supervisor'
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
                    <button class="primary" id="sign">${t('sign')}</button>
                  </form>`
        }
      </section>
      ${
        this.decision
          ? this.renderStored(this.decision, t)
          : !signOff
            ? nothing
            : this.actingAs !== 'service-center'
              ? roleStep('service-center')
              : // The decision comes after the sign-off: the element is made once the sheet is
                // signed, so the decision it makes is dated after the signature (core checks it).
                html`<qy-funding-decision
                  lang=${this.locale}
                  .sheet=${sheet}
                  .fund=${pilotFund}
                  .bodies=${demoBodies}
                  .participants=${demoParticipants}
                  .deciders=${deciders}
                  .overrides=${this.overrides}
                  .opinions=${this.opinions}
                  decision-id=${`${this.meeting!.id}-funding`}
                  box="/api"
                  organization=${this.session!.round.organization}
                  round=${this.session!.round.id}
                  .credential=${this.credential}
                  @qy-funding-decision-sent=${this.sent}
                ></qy-funding-decision>`
      }
    `;
  }

  private renderStored(
    decision: FundingDecision,
    t: (key: Key, params?: Record<string, string | number>) => string,
  ) {
    const projects = this.sheet?.rows ?? [];
    return html`<section aria-labelledby="stored-title" id="stored-decision">
      <h3 id="stored-title">${t('stored')}</h3>
      <p id="saved" role="status">${t('saved', { seq: this.seq ?? '—' })}</p>
      <div class="scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">${t('project')}</th>
              <th scope="col">${t('grant')}</th>
            </tr>
          </thead>
          <tbody>
            ${projects.map((row) => {
              const grant = decision.grants.find((g) => g.project === row.project);
              const departure = decision.departures.find((d) => d.project === row.project);
              return html`<tr data-project=${row.project} data-granted=${grant?.amount.amount ?? 0}>
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
      <button type="button" id="download" @click=${() => this.download(decision)}>
        ${t('download')}
      </button>
    </section>`;
  }
}
