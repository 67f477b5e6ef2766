import {
  allocateFunds,
  fundingCandidates,
  summarySheetFrom,
  type FundingDecision,
  type FundingOverride,
  type ResultsSummarySheet,
  type ReviewMeeting,
  type TallyResult,
} from '@qingyuan/core';
import type { QyFundingDecisionSubmitEvent } from '@qingyuan/elements';

import '@qingyuan/elements/define/funding-decision.js';
import { LitElement, type PropertyValues, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { demoApi, type DemoSession } from '../api/demo-api.js';
import { pilotFund } from '../data/pilot-2007.js';
import { demoBodies, demoParticipants, participantNames } from '../data/project-histories.js';
import { msg, type DemoCatalog, type DemoLocale } from '../i18n/demo-locale.js';
import { screenStyles } from './screen-styles.js';

/** An opinion of a street leader or an expert the decision weighed. */
type FundingOpinion = NonNullable<FundingDecision['opinions']>[number];

type Key =
  | 'title'
  | 'intro'
  | 'notYet'
  | 'signOff'
  | 'signOffIntro'
  | 'signer'
  | 'sign'
  | 'signed'
  | 'saved'
  | 'download';

/** Who may decide a grant: the service center, with the NGO and a people's congress deputy. */
const deciders = ['p-center', 'p-ngo', 'p-renda'];
const supervision = demoBodies.find((body) => body.kind === 'supervision-group')!;

const catalog: DemoCatalog<Key> = {
  'zh-CN': {
    title: '资助决定',
    intro:
      '评审会的评选结果汇总表经项目监审组成员签署后，社区服务中心按排名从专项资金中资助项目，直到资金用完（资助线）；结合街道领导和专家的意见可以调整，但每项调整都要记录谁决定、为什么。',
    notYet: '评审会结束投票后才能做资助决定。',
    signOff: '评选结果汇总表的签署',
    signOffIntro: '汇总表由社区服务中心根据公布的排名整理，须由项目监审组的一名成员签署。',
    signer: '签署人（项目监审组成员）',
    sign: '签署汇总表',
    signed: '汇总表已由{name}签署。',
    saved: '资助决定已保存在本浏览器中。',
    download: '下载资助决定（JSON）',
  },
  en: {
    title: 'Funding decision',
    intro:
      'Once a member of the supervision and audit group has signed the meeting’s results summary sheet, the community service center funds projects down the ranking until the fund runs out (the fund line). With the opinions of street leaders and experts it may depart from that, recording who decided each change and why.',
    notYet: 'The funding decision comes after voting has closed.',
    signOff: 'Signing the results summary sheet',
    signOffIntro:
      'The service center prepares the sheet from the published ranking; a member of the supervision and audit group signs it.',
    signer: 'Signed by (supervision group member)',
    sign: 'Sign the sheet',
    signed: 'The sheet was signed by {name}.',
    saved: 'The funding decision is saved in this browser.',
    download: 'Download the funding decision (JSON)',
  },
};

/**
 * The funding decision: the meeting's results summary sheet (core's `summarySheetFrom`), signed
 * off by a supervision group member, fed to `<qy-funding-decision>` with the fund, the bodies and
 * the people; the decision it makes is kept in this browser's storage.
 */
export class DemoFundingScreen extends LitElement {
  static override styles = screenStyles;

  @property() locale: DemoLocale = 'zh-CN';
  @property({ attribute: false }) session: DemoSession | undefined;

  @state() private meeting: ReviewMeeting | undefined;
  @state() private result: TallyResult | undefined;
  @state() private closed = false;
  @state() private signOff: ResultsSummarySheet['signOff'];
  @state() private decision: FundingDecision | undefined;
  /** When this screen read the closed meeting's results: when the sheet was prepared. */
  private resultsReadAt = '';

  override updated(changed: PropertyValues<this>): void {
    // The session arrives as a property after the element connects; a reset replaces it.
    if (changed.has('session') && this.session) void this.load();
  }

  private key(what: string): string {
    return `qy-demo-${what}:${this.session?.meetingId ?? ''}`;
  }

  private async load(): Promise<void> {
    if (!this.session) return;
    const state = await demoApi.meeting(this.session.meetingId);
    if (!state.ok) return;
    this.meeting = state.value.meeting;
    this.closed = state.value.status === 'closed' || state.value.status === 'published';
    if (!this.closed) return;
    const results = await demoApi.results();
    if (!results.ok) return;
    this.result = results.value as unknown as TallyResult;
    this.resultsReadAt = localStorage.getItem(this.key('sheet-at')) ?? new Date().toISOString();
    localStorage.setItem(this.key('sheet-at'), this.resultsReadAt);
    this.signOff = JSON.parse(
      localStorage.getItem(this.key('sign-off')) ?? 'null',
    ) as ResultsSummarySheet['signOff'];
    this.decision =
      (JSON.parse(
        localStorage.getItem(this.key('decision')) ?? 'null',
      ) as FundingDecision | null) ?? undefined;
    this.overrides = this.savedOverrides();
    this.opinions = [...(this.decision?.opinions ?? [])];
  }

  private get sheet(): ResultsSummarySheet | undefined {
    if (!this.meeting || !this.result) return undefined;
    const sheet = summarySheetFrom(this.meeting, [...this.result.ranking], {
      id: `${this.meeting.id}-sheet`,
      preparedBy: 'p-center',
      preparedAt: this.resultsReadAt,
    });
    return this.signOff ? { ...sheet, signOff: this.signOff } : sheet;
  }

  /** The changes and opinions of the saved decision, given to the element once per load. */
  @state() private overrides: FundingOverride[] = [];
  @state() private opinions: FundingOpinion[] = [];

  /** The changes of a saved decision: each departure whose grant differs from the rule's. */
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

  private sign(event: SubmitEvent): void {
    event.preventDefault();
    const by = String(new FormData(event.target as HTMLFormElement).get('signer'));
    this.signOff = { body: supervision.id, by, at: new Date().toISOString() };
    localStorage.setItem(this.key('sign-off'), JSON.stringify(this.signOff));
  }

  private save(event: QyFundingDecisionSubmitEvent): void {
    // The demo keeps the decision in this browser (the element then shows it as delivered).
    event.preventDefault();
    this.decision = event.detail.decision;
    localStorage.setItem(this.key('decision'), JSON.stringify(this.decision));
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

  override render() {
    const t = (key: Key, params?: Record<string, string | number>) =>
      msg(catalog, this.locale, key, params);
    const sheet = this.sheet;
    const name = (id: string) => {
      const known = participantNames[id];
      return known ? (typeof known === 'string' ? known : (known[this.locale] ?? id)) : id;
    };
    return html`
      <h2 id="screen-title" tabindex="-1">${t('title')}</h2>
      <p>${t('intro')}</p>
      ${
        !this.closed || !sheet
          ? html`<p>${t('notYet')} <a href="#/meeting">→</a></p>`
          : html`
              <section aria-labelledby="sign-off-title" id="sign-off">
                <h3 id="sign-off-title">${t('signOff')}</h3>
                <p>${t('signOffIntro')}</p>
                ${
                  this.signOff
                    ? html`<p id="signed" data-signed-by=${this.signOff.by}>
                        ✓ ${t('signed', { name: name(this.signOff.by) })}
                      </p>`
                    : html`<form @submit=${this.sign}>
                        <label
                          >${t('signer')}
                          <select name="signer">
                            ${supervision.members.map(
                              (m) =>
                                html`<option value=${m.participant}>
                                  ${name(m.participant)}
                                </option>`,
                            )}
                          </select>
                        </label>
                        <button class="primary" id="sign">${t('sign')}</button>
                      </form>`
                }
              </section>
              ${
                // The decision comes after the sign-off: the element is made once the sheet is
                // signed, so the decision it makes is dated after the signature (core checks it).
                this.signOff
                  ? html`<qy-funding-decision
                      lang=${this.locale}
                      .sheet=${sheet}
                      .fund=${pilotFund}
                      .bodies=${demoBodies}
                      .participants=${demoParticipants}
                      .deciders=${deciders}
                      .overrides=${this.overrides}
                      .opinions=${this.opinions}
                      decision-id=${`${this.meeting!.id}-funding`}
                      @qy-funding-decision-submit=${this.save}
                    ></qy-funding-decision>`
                  : nothing
              }
              ${
                this.decision
                  ? html`<p id="saved" role="status">${t('saved')}</p>
                      <button type="button" @click=${() => this.download(this.decision!)}>
                        ${t('download')}
                      </button>`
                  : nothing
              }
            `
      }
    `;
  }
}
