import {
  allocateFunds,
  fundingCandidates,
  fundingDecisionFrom,
  localize,
  type FundingOverride,
  type ReviewMeeting,
  type TallyResult,
} from '@qingyuan/core';
import { LitElement, type PropertyValues, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { demoApi, type DemoSession } from '../api/demo-api.js';
import { pilotFund } from '../data/pilot-2007.js';
import { participantNames } from '../data/project-histories.js';
import { formatFen, msg, type DemoCatalog, type DemoLocale } from '../i18n/demo-locale.js';
import { screenStyles } from './screen-styles.js';

type Key =
  | 'title'
  | 'intro'
  | 'notYet'
  | 'fund'
  | 'rank'
  | 'project'
  | 'requested'
  | 'rule'
  | 'final'
  | 'status'
  | 'funded'
  | 'partial'
  | 'skipped'
  | 'not-reached'
  | 'line'
  | 'overrides'
  | 'overrideProject'
  | 'overrideAmount'
  | 'decidedBy'
  | 'reason'
  | 'record'
  | 'reasonNeeded'
  | 'differences'
  | 'change'
  | 'none'
  | 'document'
  | 'documentIntro'
  | 'download';

/** Who may decide a grant: the service center, with the NGO and a people's congress deputy. */
const deciders = ['p-center', 'p-ngo', 'p-renda'] as const;

const catalog: DemoCatalog<Key> = {
  'zh-CN': {
    title: '资助决定',
    intro:
      '社区服务中心按排名从专项资金中资助项目，直到资金用完（资助线）；结合街道领导和专家的意见可以调整，但每项调整都要记录理由。',
    notYet: '评审会结束投票后才能做资助决定。',
    fund: '专项资金：{fund}，已分配 {granted}，剩余 {remaining}',
    rank: '排名',
    project: '项目',
    requested: '申请金额',
    rule: '按规则',
    final: '最终决定',
    status: '结果',
    funded: '全额资助',
    partial: '部分资助',
    skipped: '资金不足，未资助',
    'not-reached': '未轮到',
    line: '资助线',
    overrides: '调整资助（须记录理由）',
    overrideProject: '项目',
    overrideAmount: '资助金额（元）',
    decidedBy: '决定者',
    reason: '理由',
    record: '记录调整',
    reasonNeeded: '请填写理由。',
    differences: '与规则结果的差异',
    change: '变化',
    none: '没有调整：资助完全按排名。',
    document: '资助决定文件',
    documentIntro:
      '最终资助和每一项偏离排名的记录（谁决定、为什么，包括按规则因资金不足跳过的项目），可交给监审组存档。',
    download: '下载资助决定（JSON）',
  },
  en: {
    title: 'Funding decision',
    intro:
      'The community service center funds projects down the ranking until the fund runs out (the fund line). With the opinions of street leaders and experts it may depart from that, recording a reason for each change.',
    notYet: 'The funding decision comes after voting has closed.',
    fund: 'Fund: {fund}; granted {granted}, remaining {remaining}',
    rank: 'Rank',
    project: 'Project',
    requested: 'Requested',
    rule: 'By the rule',
    final: 'Decided',
    status: 'Outcome',
    funded: 'Funded in full',
    partial: 'Partly funded',
    skipped: 'Did not fit the fund',
    'not-reached': 'Not reached',
    line: 'Fund line',
    overrides: 'Change a grant (a reason is required)',
    overrideProject: 'Project',
    overrideAmount: 'Grant (yuan)',
    decidedBy: 'Decided by',
    reason: 'Reason',
    record: 'Record the change',
    reasonNeeded: 'Say why.',
    differences: 'Differences from the rule',
    change: 'Change',
    none: 'No changes: the grants follow the ranking.',
    document: 'Funding decision document',
    documentIntro:
      'The final grants and a record of every departure from the ranking (who decided and why, including projects the rule skipped because they did not fit), for the supervision group’s files.',
    download: 'Download the funding decision (JSON)',
  },
};

/**
 * The funding decision: core's `allocateFunds` down the final ranking, then overrides with who
 * decided and why, turned into the `FundingDecision` document by core's `fundingDecisionFrom`
 * (overrides kept in this browser's storage).
 */
export class DemoFundingScreen extends LitElement {
  static override styles = screenStyles;

  @property() locale: DemoLocale = 'zh-CN';
  @property({ attribute: false }) session: DemoSession | undefined;

  @state() private meeting: ReviewMeeting | undefined;
  @state() private result: TallyResult | undefined;
  @state() private closed = false;
  /** When this screen read the closed meeting's results: the decision's date until a change. */
  private resultsReadAt = '';
  @state() private overrides: FundingOverride[] = [];
  @state() private formError = '';

  override updated(changed: PropertyValues<this>): void {
    // The session arrives as a property after the element connects; a reset replaces it.
    if (changed.has('session') && this.session) void this.load();
  }

  private get storageKey(): string {
    return `qy-demo-overrides:${this.session?.meetingId ?? ''}`;
  }

  private async load(): Promise<void> {
    if (!this.session) return;
    const state = await demoApi.meeting(this.session.meetingId);
    if (!state.ok) return;
    this.meeting = state.value.meeting;
    this.closed = state.value.status === 'closed' || state.value.status === 'published';
    if (!this.closed) return;
    const results = await demoApi.results();
    if (results.ok) {
      this.result = results.value as unknown as TallyResult;
      this.resultsReadAt = new Date().toISOString();
    }
    this.overrides = JSON.parse(localStorage.getItem(this.storageKey) ?? '[]') as FundingOverride[];
  }

  private record(event: SubmitEvent): void {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const by = String(form.get('by') ?? deciders[0]);
    const reason = String(form.get('reason') ?? '').trim();
    if (!reason) {
      this.formError = msg(catalog, this.locale, 'reasonNeeded');
      return;
    }
    const override: FundingOverride = {
      project: String(form.get('project')),
      granted: Math.round(Number(form.get('amount')) * 100),
      by,
      reason: { [this.locale]: reason } as FundingOverride['reason'],
      decidedAt: new Date().toISOString(),
    };
    const next = [...this.overrides.filter((o) => o.project !== override.project), override];
    const check = this.allocation(next);
    if (check && !check.ok) {
      this.formError = check.violations.map((v) => v.message[this.locale]).join('; ');
      return;
    }
    this.formError = '';
    this.overrides = next;
    localStorage.setItem(this.storageKey, JSON.stringify(next));
  }

  private allocation(overrides: FundingOverride[]) {
    if (!this.meeting || !this.result) return undefined;
    const allocated = allocateFunds(fundingCandidates(this.meeting, this.result), pilotFund);
    if (!allocated.ok) return { ok: false as const, violations: allocated.violations };
    return fundingDecisionFrom(allocated.allocation, overrides, {
      id: `${this.meeting.id}-funding`,
      meeting: this.meeting.id,
      decidedBy: [deciders[0]],
      decidedAt: this.decidedAt(overrides),
    });
  }

  /** The time of the latest recorded change, or when the results were read if there is none. */
  private decidedAt(overrides: FundingOverride[]): string {
    const times = overrides.map((o) => o.decidedAt).filter((at): at is string => !!at);
    return times.sort().at(-1) ?? this.resultsReadAt;
  }

  private download(decision: unknown): void {
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
    const meeting = this.meeting;
    const final = this.allocation(this.overrides);
    const title = (id: string) => {
      const p = meeting?.projects.find((x) => x.id === id);
      return p ? localize(p.title, this.locale) : id;
    };
    const money = (fen: number) => formatFen(fen, this.locale);
    const name = (id: string) => {
      const known = participantNames[id];
      return known ? localize(known, this.locale) : id;
    };
    return html`
      <h2 id="screen-title" tabindex="-1">${t('title')}</h2>
      <p>${t('intro')}</p>
      ${
        !this.closed || !final
          ? html`<p>${t('notYet')} <a href="#/meeting">→</a></p>`
          : !final.ok
            ? html`<p class="error">
                ${final.violations.map((v) => v.message[this.locale]).join('; ')}
              </p>`
            : html`
                <p>
                  ${t('fund', {
                    fund: money(pilotFund.amount),
                    granted: money(final.granted),
                    remaining: money(final.remaining),
                  })}
                </p>
                <div class="scroll">
                  <table id="grants">
                    <thead>
                      <tr>
                        <th scope="col">${t('rank')}</th>
                        <th scope="col">${t('project')}</th>
                        <th scope="col" class="num">${t('requested')}</th>
                        <th scope="col" class="num">${t('rule')}</th>
                        <th scope="col" class="num">${t('final')}</th>
                        <th scope="col">${t('status')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      ${final.grants.map(
                        (g) =>
                          html`<tr data-project=${g.project}>
                            <td>${g.rank}</td>
                            <td>${title(g.project)}</td>
                            <td class="num">${money(g.requested)}</td>
                            <td class="num">${money(g.ruleGranted)}</td>
                            <td class="num">${money(g.granted)}</td>
                            <td>${t(g.status)}${g.override ? ' ✎' : ''}</td>
                          </tr>`,
                      )}
                    </tbody>
                  </table>
                </div>
                <h3>${t('differences')}</h3>
                ${
                  final.differences.length === 0
                    ? html`<p>${t('none')}</p>`
                    : html`<ul>
                        ${final.differences.map(
                          (d) =>
                            html`<li>
                              ${title(d.project)}: ${money(d.rule)} → ${money(d.final)}
                              (${t('change')} ${d.change > 0 ? '+' : ''}${money(d.change)}) —
                              ${name(d.by)}: ${localize(d.reason, this.locale)}
                            </li>`,
                        )}
                      </ul>`
                }
                <form @submit=${this.record} aria-labelledby="override-title">
                  <h3 id="override-title">${t('overrides')}</h3>
                  ${
                    this.formError
                      ? html`<p class="error" role="alert">${this.formError}</p>`
                      : nothing
                  }
                  <label
                    >${t('overrideProject')}
                    <select name="project">
                      ${meeting?.projects.map(
                        (p) =>
                          html`<option value=${p.id}>${localize(p.title, this.locale)}</option>`,
                      )}
                    </select>
                  </label>
                  <label
                    >${t('overrideAmount')}
                    <input name="amount" type="number" min="0" step="100" required value="0" />
                  </label>
                  <label
                    >${t('decidedBy')}
                    <select name="by">
                      ${deciders.map((id) => html`<option value=${id}>${name(id)}</option>`)}
                    </select>
                  </label>
                  <label>${t('reason')} <textarea name="reason" rows="2"></textarea></label>
                  <button class="primary">${t('record')}</button>
                </form>
                <section aria-labelledby="document-title">
                  <h3 id="document-title">${t('document')}</h3>
                  <p>${t('documentIntro')}</p>
                  <ul id="departures">
                    ${final.decision.departures.map(
                      (d) =>
                        html`<li data-project=${d.project}>
                          ${title(d.project)} — ${name(d.by)}: ${localize(d.reason, this.locale)}
                        </li>`,
                    )}
                  </ul>
                  <button type="button" @click=${() => this.download(final.decision)}>
                    ${t('download')}
                  </button>
                </section>
              `
      }
    `;
  }
}
