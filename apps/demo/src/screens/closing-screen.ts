import {
  formatMoney,
  localize,
  projectLifecycle,
  replay,
  type Locale,
  type ProjectContext,
  type ProjectEvent,
  type ProjectState,
  messageIn,
  type Catalogs,
} from '@qingyuan/core';
import '@qingyuan/elements/define/closing-report.js';
import '@qingyuan/elements/define/project-status.js';
import { LitElement, type PropertyValues, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { demoApi, type BoxResult, type DemoSession, type RoundView } from '../api/demo-api.js';
import { demoRoleNames, roleCredential, type DemoRole } from '../api/demo-roles.js';
import {
  auditFromLedger,
  budgetShift,
  changeDecision,
  disbursement,
  evaluation,
  expense,
  refund,
  spendingApproval,
  terminationAnswer,
  terminationDecision,
  terminationProposal,
  undisbursed,
  unspent,
  yuanAmount,
  type StepMeta,
} from '../closing/closing-events.js';
import { closingStepRoles, openSteps, type ClosingStep } from '../closing/closing-steps.js';
import { demoBodies, demoParticipants } from '../data/project-histories.js';
import { formatDay, personName } from './project-labels.js';
import { screenStyles } from './screen-styles.js';

type Key =
  | 'title'
  | 'intro'
  | 'onServer'
  | 'madeUp'
  | 'project'
  | 'fictional'
  | 'none'
  | 'refused'
  | 'recorded'
  | 'roleStep'
  | 'nextSteps'
  | 'noSteps'
  | 'money'
  | 'granted'
  | 'disbursedLabel'
  | 'spent'
  | 'approvedCeiling'
  | 'publicView'
  | 'ledger'
  | 'noLedger'
  | 'line'
  | 'item'
  | 'amount'
  | 'receipt'
  | 'paidOn'
  | 'changes'
  | 'pending'
  | 'approved'
  | 'rejected'
  | 'step-disbursed'
  | 'step-expense-recorded'
  | 'step-change-requested'
  | 'step-change-decided'
  | 'step-stage-evaluated'
  | 'step-report-submitted'
  | 'step-spending-approved'
  | 'step-audit-recorded'
  | 'step-evaluation-recorded'
  | 'step-closed'
  | 'step-termination-proposed'
  | 'step-termination-answered'
  | 'step-termination-declined'
  | 'step-terminated'
  | 'step-refund-recorded'
  | 'amountYuan'
  | 'record'
  | 'fromLine'
  | 'toLine'
  | 'reason'
  | 'approve'
  | 'reject'
  | 'reached'
  | 'summary'
  | 'ceiling'
  | 'auditLines'
  | 'budgeted'
  | 'actual'
  | 'closeProject'
  | 'respondBy'
  | 'answer'
  | 'reference'
  | 'terminate'
  | 'decline'
  | 'refundDue'
  | 'recordRefund'
  | 'badAmount'
  | 'missing'
  | 'terminationTitle'
  | 'proposedBy'
  | 'answeredBy'
  | 'decidedBy'
  | 'outcome-open'
  | 'outcome-declined'
  | 'outcome-terminated'
  | 'refunded'
  | 'readTitle';

const catalog: Catalogs<Key> = {
  'zh-CN': {
    title: '结项和终止',
    intro:
      '项目执行中，社区服务中心分期拨款，执行小组记支出台账；变更计划或预算要项目监审组批准；阶段评估之后，执行小组提交执行报告表，监审组做财务审计，评估对照申请书中的指标，最后结项。监审组检查每个阶段，必要时终止项目，未用完的资金退回。',
    onServer:
      '每一步都由页首所选身份的凭证提交到投票箱，投票箱按项目规则检查；页面上的状态都从投票箱读取，刷新或换一个浏览器看到的一样。',
    madeUp:
      '柳荫里是虚构的社区：它的读书角项目、资助、变更和终止都是演示编造的（案例研究中没有项目被终止）。',
    project: '项目',
    fictional: '（虚构）',
    none: '还没有开始执行的项目：先在“项目执行”中组建执行小组并开始执行。',
    refused: '投票箱没有接受这一步：',
    recorded: '已记录。项目状态：{status}。',
    roleStep: '这一步由{role}完成：请在页首切换身份。',
    nextSteps: '下一步',
    noSteps: '这个项目没有可以记录的下一步了。',
    money: '资金（投票箱的公开视图）',
    granted: '资助',
    disbursedLabel: '已拨款',
    spent: '已支出',
    approvedCeiling: '项目监审组批准的支出上限',
    publicView: '公开视图',
    ledger: '支出台账',
    noLedger: '还没有支出。',
    line: '预算条目',
    item: '内容',
    amount: '金额',
    receipt: '票据号',
    paidOn: '日期',
    changes: '变更申请',
    pending: '待决定',
    approved: '已批准',
    rejected: '未批准',
    'step-disbursed': '拨款（第 {tranche} 期）',
    'step-expense-recorded': '记录一笔支出',
    'step-change-requested': '申请变更：在预算条目之间调整金额',
    'step-change-decided': '决定变更申请',
    'step-stage-evaluated': '阶段评估',
    'step-report-submitted': '提交执行报告表',
    'step-spending-approved': '批准超出资助的支出上限',
    'step-audit-recorded': '财务审计',
    'step-evaluation-recorded': '结项评估',
    'step-closed': '结项',
    'step-termination-proposed': '提议终止项目',
    'step-termination-answered': '答复终止提议',
    'step-termination-declined': '决定不终止',
    'step-terminated': '决定终止',
    'step-refund-recorded': '记录退款',
    amountYuan: '金额（元）',
    record: '记录',
    fromLine: '从预算条目',
    toLine: '调到预算条目',
    reason: '理由',
    approve: '批准变更',
    reject: '不批准',
    reached: '{indicator}：达到（{unit}，目标 {target}）',
    summary: '总结',
    ceiling: '支出上限（元）',
    auditLines: '按支出台账：每个预算条目的预算和实际支出',
    budgeted: '预算',
    actual: '实际',
    closeProject: '结项',
    respondBy: '答复期限',
    answer: '执行小组的答复',
    reference: '文号',
    terminate: '终止项目',
    decline: '不终止，继续执行',
    refundDue: '已拨款未支出的 {amount} 退回专项资金。',
    recordRefund: '记录退款',
    badAmount: '“{field}”应是大于零的金额，最多两位小数，例如 1500 或 1500.50。',
    missing: '请填写“{field}”。',
    terminationTitle: '终止流程',
    proposedBy: '{who}于 {date} 提议：{reason}（答复期限 {respondBy}）',
    answeredBy: '{who}于 {date} 答复：{text}',
    decidedBy: '项目监审组于 {date} 决定终止：{reason}',
    'outcome-open': '待决定',
    'outcome-declined': '监审组决定不终止',
    'outcome-terminated': '已终止',
    refunded: '退回专项资金 {amount}（{date}）',
    readTitle: '公开的结项文件',
  },
  en: {
    title: 'Closing and termination',
    intro:
      'While a project runs, the service center pays the grant in tranches and the team keeps an expense ledger; changes to the plan or budget need the supervision group’s approval; after a stage evaluation the team files its execution report, the supervision group audits the accounts, the evaluation measures the application’s indicators, and the project closes. The supervision group checks every stage and can terminate a project, its unspent money returned.',
    onServer:
      'Every step is posted to the ballot box with the credential of the role chosen at the top of the page, and the box checks it with the project rules; everything on this page is read from the box, so a reload or another browser shows the same.',
    madeUp:
      'Liuyinli is a fictional community: its reading corner, its funding, its scope change and its termination are made up for the demo (the case study reports no terminated project).',
    project: 'Project',
    fictional: ' (fictional)',
    none: 'No project is under way yet: form a team and start execution on the Execution screen first.',
    refused: 'The ballot box did not accept this step:',
    recorded: 'Recorded. The project is now: {status}.',
    roleStep: 'This step is for the {role}: switch roles at the top of the page.',
    nextSteps: 'Next steps',
    noSteps: 'This project has no further step to record.',
    money: 'Money (the ballot box’s public view)',
    granted: 'Granted',
    disbursedLabel: 'Paid out',
    spent: 'Spent',
    approvedCeiling: 'Spending ceiling approved by the supervision group',
    publicView: 'Public view',
    ledger: 'Expense ledger',
    noLedger: 'No expenses yet.',
    line: 'Budget line',
    item: 'What',
    amount: 'Amount',
    receipt: 'Receipt no.',
    paidOn: 'Date',
    changes: 'Scope changes',
    pending: 'waiting for a decision',
    approved: 'approved',
    rejected: 'not approved',
    'step-disbursed': 'Pay out the grant (tranche {tranche})',
    'step-expense-recorded': 'Record an expense',
    'step-change-requested': 'Ask for a scope change: move money between budget lines',
    'step-change-decided': 'Decide the scope change',
    'step-stage-evaluated': 'Stage evaluation',
    'step-report-submitted': 'File the execution report',
    'step-spending-approved': 'Approve a spending ceiling above the grant',
    'step-audit-recorded': 'Financial audit',
    'step-evaluation-recorded': 'Final evaluation',
    'step-closed': 'Close the project',
    'step-termination-proposed': 'Propose terminating the project',
    'step-termination-answered': 'Answer the termination proposal',
    'step-termination-declined': 'Decide not to terminate',
    'step-terminated': 'Decide to terminate',
    'step-refund-recorded': 'Record the refund',
    amountYuan: 'Amount (yuan)',
    record: 'Record',
    fromLine: 'From budget line',
    toLine: 'To budget line',
    reason: 'Reason',
    approve: 'Approve the change',
    reject: 'Do not approve',
    reached: '{indicator}: reached ({unit}, target {target})',
    summary: 'Summary',
    ceiling: 'Spending ceiling (yuan)',
    auditLines: 'From the expense ledger: each budget line, budgeted and spent',
    budgeted: 'Budgeted',
    actual: 'Actual',
    closeProject: 'Close the project',
    respondBy: 'Answer by',
    answer: 'The team’s answer',
    reference: 'Reference',
    terminate: 'Terminate the project',
    decline: 'Do not terminate; carry on',
    refundDue: 'The {amount} paid out and not spent goes back to the fund.',
    recordRefund: 'Record the refund',
    badAmount:
      '“{field}” must be an amount above zero with at most two decimals, e.g. 1500 or 1500.50.',
    missing: 'Please fill in “{field}”.',
    terminationTitle: 'Termination',
    proposedBy: '{who} proposed on {date}: {reason} (answer by {respondBy})',
    answeredBy: '{who} answered on {date}: {text}',
    decidedBy: 'The supervision group decided on {date} to terminate: {reason}',
    'outcome-open': 'waiting for a decision',
    'outcome-declined': 'the supervision group decided not to terminate',
    'outcome-terminated': 'terminated',
    refunded: '{amount} returned to the fund ({date})',
    readTitle: 'The closing documents, as the public reads them',
  },
};

type T = (key: Key, params?: Record<string, string | number>) => string;
type Outcome = { ok: true; text: string } | { ok: false; messages: readonly string[] };

/** The statuses of a project under way or past it: the ones this screen follows. */
const followed = new Set([
  'team-formed',
  'in-execution',
  'reporting',
  'audited',
  'evaluated',
  'closed',
  'terminated',
]);

/** Who records a step for each role of the header (a resident: their team, see `teamActor`). */
const actors: Record<Exclude<DemoRole, 'resident' | 'team-member'>, string> = {
  'service-center': 'p-center',
  organizer: 'p-ngo',
  supervisor: 'p-jiwei',
  auditor: 'p-caizheng',
};

/** One of the demo's rounds, read from the ballot box, with what core's rules read about it. */
interface LoadedRound {
  view: RoundView;
  context: ProjectContext;
}

const inDays = (days: number) =>
  new Date(Date.now() + (8 + 24 * days) * 3600_000).toISOString().slice(0, 10);

/**
 * The back half of a funded project, on the ballot box: disbursements, the expense ledger, a
 * scope change, a stage evaluation, the execution report (`<qy-closing-report>` in its writing
 * mode), the financial audit (with an approval of spending above the grant when needed), the
 * final evaluation and the closing; and the termination workflow, walked on the FICTIONAL
 * Liuyinli round's reading corner. Each step is posted with the credential of the role chosen
 * in the header (the box refuses the others, in the page's language); everything shown is
 * read from the box — the rounds' documents and histories, and each project's public view.
 */
export class DemoClosingScreen extends LitElement {
  static override styles = [
    screenStyles,
    css`
      form.step,
      section.step {
        border: 1px solid var(--demo-border);
        border-radius: 8px;
        padding: 0.5rem 0.75rem;
        margin: 0.75rem 0;
      }
      form.step h4,
      section.step h4 {
        margin: 0.25rem 0 0.5rem;
      }
      form.step label {
        display: block;
        margin: 0.5rem 0;
      }
      form.step input,
      form.step select,
      form.step textarea {
        display: block;
        width: 100%;
        max-width: 28rem;
        box-sizing: border-box;
      }
      .made-up {
        border-inline-start: 4px solid #9a6700;
        padding: 0.25rem 0.75rem;
        background: #fff8c5;
      }
      dl.money {
        display: grid;
        /* a long term (the approved ceiling's) wraps instead of widening a phone's page */
        grid-template-columns: fit-content(55%) 1fr;
        gap: 0.25rem 1rem;
      }
      dl.money dt {
        font-weight: 600;
      }
      dl.money dd {
        margin: 0;
      }
      th .line {
        display: block;
        font-weight: normal;
        color: var(--demo-muted);
        font-size: 0.9rem;
      }
      .field-error {
        color: #a40e26;
        margin: 0.25rem 0;
      }
    `,
  ];

  @property() locale: Locale = 'zh-CN';
  @property({ attribute: false }) session: DemoSession | undefined;
  @property({ attribute: false }) actingAs: DemoRole = 'organizer';

  /** The demo's rounds as the box holds them, by round id. */
  @state() private rounds: Record<string, LoadedRound> = {};
  /** The project shown: `<round id>/<project id>`. */
  @state() private selected = '';
  @state() private publicView: Record<string, unknown> | undefined;
  @state() private outcome: Outcome | undefined;
  @state() private busy = false;
  /** The acting role's credential of the shown project's round (its community's, a resident's). */
  @state() private credential = '';
  /** A form's own problem (a field left empty, an amount mistyped), by step. */
  @state() private formError: { step: ClosingStep; message: string } | undefined;

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('session') && this.session) void this.load();
    if (changed.has('actingAs')) {
      this.outcome = undefined;
      this.formError = undefined;
      void this.loadCredential();
    }
  }

  /** Reads a round, its meetings and their published rankings from the box. */
  private async loadRound(id?: string): Promise<LoadedRound | undefined> {
    const view = await demoApi.round(id);
    if (!view.ok) return undefined;
    const decisions = view.value.decisions;
    const meetings = await Promise.all(
      view.value.round.meetings.map(async (meeting) => {
        const [state, results] = await Promise.all([
          demoApi.meeting(meeting),
          demoApi.meetingResults(meeting),
        ]);
        if (!state.ok) return undefined;
        const funding = decisions.find((d) => d.meeting === meeting);
        return {
          status: funding ? ('funding-decided' as const) : ('results-published' as const),
          meeting: state.value.meeting,
          ranking: results.ok
            ? results.value.ranking.map((r) => ({ project: r.project, rank: r.rank }))
            : [],
          ...(funding ? { funding } : {}),
        };
      }),
    );
    return {
      view: view.value,
      context: {
        bodies: demoBodies,
        participants: demoParticipants,
        rounds: [view.value.round],
        meetings: meetings.filter((m) => m !== undefined),
        vettings: view.value.vettings,
        summarySheets: view.value.summarySheets,
      },
    };
  }

  private async load(): Promise<void> {
    const session = this.session;
    if (!session) return;
    const [main, fictional] = await Promise.all([
      this.loadRound(),
      this.loadRound(session.fictionalRound.id),
    ]);
    const rounds: Record<string, LoadedRound> = {};
    if (main) rounds[main.view.id] = main;
    if (fictional) rounds[fictional.view.id] = fictional;
    this.rounds = rounds;
    const options = this.options();
    if (!options.some((o) => o.key === this.selected)) {
      this.selected =
        options.find((o) => o.project === 'xinghuayuan-children')?.key ?? options[0]?.key ?? '';
    }
    await this.loadPublic();
  }

  /** Fetches the acting role's credential for the elements that post with it. */
  private async loadCredential(): Promise<void> {
    const shown = this.shown;
    const role = this.actingAs;
    if (!shown || role === 'team-member') {
      this.credential = '';
      return;
    }
    const community = role === 'resident' ? shown.state.application?.community : undefined;
    const credential = await roleCredential(role, shown.round.view.id, community);
    this.credential = credential?.token ?? '';
  }

  private async loadPublic(): Promise<void> {
    void this.loadCredential();
    const shown = this.shown;
    if (!shown) {
      this.publicView = undefined;
      return;
    }
    const result = await demoApi.publicProject(shown.round.view, shown.project);
    this.publicView = result.ok ? result.value : undefined;
  }

  /** The projects under way or past it, in both rounds. */
  private options() {
    return Object.values(this.rounds).flatMap((round) =>
      round.view.projects
        .filter((p) => followed.has(p.status))
        .map((p) => ({ key: `${round.view.id}/${p.id}`, project: p.id, round })),
    );
  }

  private get shown() {
    const [roundId, project] = this.selected.split('/');
    const round = roundId ? this.rounds[roundId] : undefined;
    const record = round?.view.projects.find((p) => p.id === project);
    if (!round || !record || !project) return undefined;
    const state = replay(projectLifecycle, record.history, round.context).state;
    const fictional = round.view.id === this.session?.fictionalRound.id;
    return { round, project, record, state, fictional };
  }

  private statusLabel(status: string): string {
    return status in projectLifecycle.statuses
      ? projectLifecycle.statuses[status as keyof typeof projectLifecycle.statuses][this.locale]
      : status;
  }

  /** Who records a step as the role acting: the team's lead (its finance lead for expenses). */
  private actor(state: ProjectState, step: ClosingStep): string {
    if (this.actingAs === 'resident' || this.actingAs === 'team-member') {
      const members = state.team?.members ?? [];
      const lead = members.find((m) => m.role === 'overall-lead')?.participant;
      const finance = members.find((m) => m.role === 'finance-lead')?.participant;
      return (step === 'expense-recorded' ? finance : lead) ?? lead ?? '';
    }
    // A proposal in the service center's name is made by the service center.
    if (step === 'termination-proposed' && this.actingAs === 'organizer') return 'p-center';
    return actors[this.actingAs];
  }

  /** Posts an event with the credential of the role acting; reads the box again after. */
  private async post(event: ProjectEvent | undefined): Promise<void> {
    const shown = this.shown;
    const session = this.session;
    if (!shown || !session || !event || this.busy) return;
    if (this.actingAs === 'team-member') return;
    this.busy = true;
    const result: BoxResult<{ status: string }> = await demoApi.postToRound(
      this.actingAs,
      shown.round.view,
      `projects/${encodeURIComponent(shown.project)}/events`,
      { event },
      this.locale,
      this.actingAs === 'resident' ? shown.state.application?.community : undefined,
    );
    await this.settle(result);
  }

  private async settle(result: BoxResult<{ status: string }>): Promise<void> {
    await this.load();
    this.busy = false;
    this.formError = undefined;
    this.outcome = result.ok
      ? {
          ok: true,
          text: messageIn(catalog, this.locale, 'recorded', {
            status: this.statusLabel(this.shown?.record.status ?? ''),
          }),
        }
      : { ok: false, messages: result.violations ?? [result.message] };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-outcome]')?.focus();
  }

  /** The values of a step's form, by field name. */
  private fields(event: Event): Record<string, string> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    return Object.fromEntries(
      [...new FormData(form).entries()].map(([k, v]) => [k, typeof v === 'string' ? v.trim() : '']),
    );
  }

  /** Shows a form's own problem beside it (and nothing is posted). */
  private invalid(step: ClosingStep, key: 'badAmount' | 'missing', field: Key): void {
    this.outcome = undefined;
    this.formError = {
      step,
      message: messageIn(catalog, this.locale, key, {
        field: messageIn(catalog, this.locale, field),
      }),
    };
  }

  private meta(state: ProjectState, step: ClosingStep, project: string): StepMeta {
    return { project, by: this.actor(state, step), at: new Date().toISOString() };
  }

  override render() {
    const t: T = (key, params) => messageIn(catalog, this.locale, key, params);
    const options = this.options();
    const shown = this.shown;
    return html`
      <h2 id="screen-title" tabindex="-1">${t('title')}</h2>
      <p>${t('intro')}</p>
      <p class="hint">${t('onServer')}</p>
      <p id="made-up" class="made-up">${t('madeUp')}</p>
      ${
        options.length === 0 && Object.keys(this.rounds).length > 0
          ? html`<p id="none">${t('none')}</p>`
          : nothing
      }
      ${
        options.length > 0
          ? html`<label
              >${t('project')}
              <select
                id="project"
                @change=${(e: Event) => {
                  this.selected = (e.target as HTMLSelectElement).value;
                  this.outcome = undefined;
                  this.formError = undefined;
                  void this.loadPublic();
                }}
              >
                ${options.map((o) => {
                  const application = replay(
                    projectLifecycle,
                    o.round.view.projects.find((p) => p.id === o.project)!.history,
                    o.round.context,
                  ).state.application;
                  const fictional = o.round.view.id === this.session?.fictionalRound.id;
                  const status = o.round.view.projects.find((p) => p.id === o.project)!.status;
                  return html`<option value=${o.key} ?selected=${o.key === this.selected}>
                    ${application ? localize(application.title, this.locale) : o.project}${fictional ? t('fictional') : ''}
                    — ${this.statusLabel(status)}
                  </option>`;
                })}
              </select>
            </label>`
          : nothing
      }
      ${shown ? this.renderProject(shown, t) : nothing}
    `;
  }

  private renderProject(shown: NonNullable<DemoClosingScreen['shown']>, t: T) {
    const { state, record, round } = shown;
    return html`
      <qy-project-status
        lang=${this.locale}
        data-project=${shown.project}
        data-status=${record.status}
        .history=${record.history}
        .bodies=${demoBodies}
        .documents=${round.context}
      ></qy-project-status>
      ${this.renderOutcome(t)} ${this.renderMoney(state, t)} ${this.renderLedger(state, t)}
      ${this.renderChanges(state, t)} ${this.renderTermination(state, t)}
      <section aria-labelledby="steps-title">
        <h3 id="steps-title">${t('nextSteps')}</h3>
        ${
          openSteps(state).length === 0
            ? html`<p>${t('noSteps')}</p>`
            : openSteps(state).map((step) => this.renderStep(step, shown, t))
        }
      </section>
      ${this.renderReading(state, t)}
    `;
  }

  private renderOutcome(t: T) {
    const outcome = this.outcome;
    if (!outcome) return nothing;
    return outcome.ok
      ? html`<p role="status" tabindex="-1" data-outcome="recorded">${outcome.text}</p>`
      : html`<div class="error" role="alert" tabindex="-1" data-outcome="refused">
          ${t('refused')}
          <ul>
            ${outcome.messages.map((m) => html`<li>${m}</li>`)}
          </ul>
        </div>`;
  }

  /**
   * The money as the box's public view of the project gives it, and the highest spending ceiling
   * the supervision group approved above the grant (from the project's history on the box).
   */
  private renderMoney(state: ProjectState, t: T) {
    const view = this.publicView as
      | {
          grant?: { amount: number; currency: string };
          disbursed?: { amount: number; currency: string };
          spent?: { amount: number; currency: string };
        }
      | undefined;
    if (!view?.grant) return nothing;
    const ceiling = [...state.spendingApprovals].sort(
      (a, b) => b.ceiling.amount - a.ceiling.amount,
    )[0];
    const money = (m: { amount: number; currency: string } | undefined) =>
      m ? formatMoney(m, this.locale) : '—';
    return html`<section aria-labelledby="money-title">
      <h3 id="money-title">${t('money')}</h3>
      <dl
        id="public-money"
        class="money"
        data-granted=${view.grant.amount}
        data-disbursed=${view.disbursed?.amount ?? 0}
        data-spent=${view.spent?.amount ?? 0}
      >
        <dt>${t('granted')}</dt>
        <dd>${money(view.grant)}</dd>
        <dt>${t('disbursedLabel')}</dt>
        <dd>${money(view.disbursed)}</dd>
        <dt>${t('spent')}</dt>
        <dd>${money(view.spent)}</dd>
        ${
          ceiling
            ? html`<dt>${t('approvedCeiling')}</dt>
                <dd id="approved-ceiling" data-ceiling=${ceiling.ceiling.amount}>
                  ${money(ceiling.ceiling)} (${formatDay(ceiling.at, this.locale)})
                </dd>`
            : nothing
        }
      </dl>
    </section>`;
  }

  private lineName(state: ProjectState, line: string): string {
    const found = [
      ...(state.application?.budget.lines ?? []),
      ...(state.application?.budget.contributions ?? []),
    ].find((l) => l.id === line);
    return found ? localize(found.item, this.locale) : line;
  }

  private renderLedger(state: ProjectState, t: T) {
    return html`<section aria-labelledby="ledger-title">
      <h3 id="ledger-title">${t('ledger')}</h3>
      ${
        state.expenses.length === 0
          ? html`<p>${t('noLedger')}</p>`
          : html`<div class="scroll">
              <table id="ledger">
                <thead>
                  <tr>
                    <th scope="col">${t('paidOn')}</th>
                    <th scope="col">${t('item')}</th>
                    <th scope="col" class="num">${t('amount')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${state.expenses.map(
                    (x) =>
                      html`<tr data-expense=${x.id} data-amount=${x.amount.amount}>
                        <td>${formatDay(x.paidOn, this.locale)}</td>
                        <th scope="row">
                          ${localize(x.item, this.locale)}
                          <span class="line">${this.lineName(state, x.line)}</span>
                          ${
                            x.receipt
                              ? html`<span class="line">${t('receipt')} ${x.receipt.number}</span>`
                              : nothing
                          }
                        </th>
                        <td class="num">${formatMoney(x.amount, this.locale)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
      }
    </section>`;
  }

  private renderChanges(state: ProjectState, t: T) {
    if (state.changes.length === 0) return nothing;
    return html`<section aria-labelledby="changes-title">
      <h3 id="changes-title">${t('changes')}</h3>
      <ul id="changes">
        ${state.changes.map(
          (c) =>
            html`<li data-change=${c.change.id} data-change-status=${c.status}>
              ${localize(c.change.reason, this.locale)} — ${personName(c.requestedBy, this.locale)},
              ${formatDay(c.change.requestedAt, this.locale)}: <strong>${t(c.status)}</strong>
            </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderTermination(state: ProjectState, t: T) {
    if (state.terminationProposals.length === 0 && !state.termination) return nothing;
    const day = (d: string) => formatDay(d, this.locale);
    return html`<section
      aria-labelledby="termination-title"
      data-terminated=${state.status === 'terminated' ? 'yes' : 'no'}
    >
      <h3 id="termination-title">${t('terminationTitle')}</h3>
      <ol id="termination">
        ${state.terminationProposals.map(
          (p) =>
            html`<li data-proposal=${p.proposal.id} data-outcome-of=${p.outcome}>
              <p>
                ${t('proposedBy', {
                  who: personName(p.by, this.locale),
                  date: day(p.at),
                  reason: localize(p.proposal.reason, this.locale),
                  respondBy: day(p.proposal.respondBy),
                })}
              </p>
              ${
                p.response
                  ? html`<p>
                      ${t('answeredBy', {
                        who: personName(p.response.by, this.locale),
                        date: day(p.response.at),
                        text: localize(p.response.text, this.locale),
                      })}
                    </p>`
                  : nothing
              }
              <p><strong>${t(`outcome-${p.outcome}`)}</strong></p>
            </li>`,
        )}
      </ol>
      ${
        state.termination
          ? html`<p id="termination-decision">
              ${t('decidedBy', {
                date: day(state.termination.decision.decidedAt),
                reason: localize(state.termination.reason, this.locale),
              })}
              ${
                state.termination.decision.reference
                  ? this.locale === 'zh-CN'
                    ? `（${state.termination.decision.reference}）`
                    : ` (${state.termination.decision.reference})`
                  : ''
              }
            </p>`
          : nothing
      }
      ${
        state.refund
          ? html`<p id="refund" data-amount=${state.refund.amount.amount}>
              ${t('refunded', {
                amount: formatMoney(state.refund.amount, this.locale),
                date: day(state.refund.paidOn),
              })}
            </p>`
          : nothing
      }
    </section>`;
  }

  /** The public's reading of the closing documents, once the report is in. */
  private renderReading(state: ProjectState, t: T) {
    if (state.reports.length === 0) return nothing;
    return html`<section aria-labelledby="read-title">
      <h3 id="read-title">${t('readTitle')}</h3>
      <qy-closing-report
        id="closing-read"
        mode="read"
        lang=${this.locale}
        heading-level="4"
        .participants=${demoParticipants}
        .bodies=${demoBodies}
        .documents=${{
          application: state.application,
          report: state.reports.at(-1),
          audit: state.audit,
          evaluation: state.evaluation,
          approvals: state.spendingApprovals,
        }}
      ></qy-closing-report>
    </section>`;
  }

  private roleStep(step: ClosingStep, t: T) {
    const roles = closingStepRoles[step];
    return html`<p class="hint" data-role-step=${roles.join(' ')}>
      ${t('roleStep', {
        role: roles
          .map((r) => demoRoleNames[r][this.locale])
          .join(this.locale === 'zh-CN' ? '或' : ' or '),
      })}
    </p>`;
  }

  private stepTitle(step: ClosingStep, state: ProjectState, t: T): string {
    return t(`step-${step}`, { tranche: state.disbursements.length + 1 });
  }

  private renderStep(step: ClosingStep, shown: NonNullable<DemoClosingScreen['shown']>, t: T) {
    const { state, project } = shown;
    const title = this.stepTitle(step, state, t);
    if (!closingStepRoles[step].includes(this.actingAs)) {
      return html`<section class="step" data-step=${step} data-for-other>
        <h4>${title}</h4>
        ${this.roleStep(step, t)}
      </section>`;
    }
    if (step === 'report-submitted') return this.renderWriter(shown, title, 'report');
    if (step === 'audit-recorded') {
      return html`${this.renderLedgerLines(state, t)} ${this.renderWriter(shown, title, 'audit')}`;
    }
    if (step === 'evaluation-recorded') return this.renderWriter(shown, title, 'evaluation');
    const meta = () => this.meta(state, step, project);
    const error =
      this.formError?.step === step
        ? html`<p class="field-error" role="alert" data-form-error>${this.formError.message}</p>`
        : nothing;
    const form = (
      body: unknown,
      submit: (fields: Record<string, string>, submitter: string) => void,
      button: string = t('record'),
    ) =>
      html`<form
        class="step"
        data-step=${step}
        @submit=${(e: SubmitEvent) =>
          submit(this.fields(e), (e.submitter as HTMLButtonElement | null)?.value ?? '')}
      >
        <h4>${title}</h4>
        ${body} ${error}
        <div class="actions">
          <button class="primary" type="submit" ?disabled=${this.busy}>${button}</button>
        </div>
      </form>`;
    const lines = state.application?.budget.lines ?? [];
    const lineOptions = (selected: string) =>
      lines.map(
        (l) =>
          html`<option value=${l.id} ?selected=${l.id === selected}>
            ${localize(l.item, this.locale)} (${formatMoney(l.amount, this.locale)})
          </option>`,
      );
    const indicators = (prefix: string) =>
      (state.application?.indicators ?? []).map(
        (i) =>
          html`<label
            >${t('reached', {
              indicator: localize(i.description, this.locale),
              unit: localize(i.unit, this.locale),
              target: i.target,
            })}
            <input name=${`${prefix}${i.id}`} id=${`${prefix}${i.id}`} inputmode="numeric" />
          </label>`,
      );
    const reachedOf = (fields: Record<string, string>, prefix: string) =>
      Object.fromEntries(
        (state.application?.indicators ?? []).map((i) => [
          i.id,
          Number(fields[`${prefix}${i.id}`] || 0) || 0,
        ]),
      );
    const yuan = (fen: number) => String(fen / 100);
    switch (step) {
      case 'disbursed':
        return form(
          html`<label
            >${t('amountYuan')}
            <input
              id="disburse-amount"
              name="amount"
              inputmode="decimal"
              .value=${yuan(undisbursed(state))}
          /></label>`,
          (f) => {
            const amount = yuanAmount(f.amount ?? '');
            if (!amount) return this.invalid(step, 'badAmount', 'amountYuan');
            void this.post(disbursement(state, meta(), amount));
          },
        );
      case 'expense-recorded':
        return form(
          html`<label
              >${t('line')}
              <select id="expense-line" name="line">
                ${lineOptions(lines[0]?.id ?? '')}
              </select></label
            >
            <label>${t('item')} <input id="expense-item" name="item" /></label>
            <label
              >${t('amountYuan')} <input id="expense-amount" name="amount" inputmode="decimal"
            /></label>
            <label>${t('receipt')} <input id="expense-receipt" name="receipt" /></label>`,
          (f) => {
            const amount = yuanAmount(f.amount ?? '');
            if (!f.item) return this.invalid(step, 'missing', 'item');
            if (!amount) return this.invalid(step, 'badAmount', 'amountYuan');
            if (!f.receipt) return this.invalid(step, 'missing', 'receipt');
            void this.post(
              expense(state, meta(), {
                line: f.line ?? '',
                item: f.item,
                amount,
                receipt: f.receipt,
              }),
            );
          },
        );
      case 'change-requested':
        return form(
          html`<label
              >${t('fromLine')}
              <select id="change-from" name="from">
                ${lineOptions(lines.at(-1)?.id ?? '')}
              </select></label
            >
            <label
              >${t('toLine')}
              <select id="change-to" name="to">
                ${lineOptions(lines[0]?.id ?? '')}
              </select></label
            >
            <label
              >${t('amountYuan')} <input id="change-amount" name="amount" inputmode="decimal"
            /></label>
            <label>${t('reason')} <textarea id="change-reason" name="reason"></textarea></label>`,
          (f) => {
            const amount = yuanAmount(f.amount ?? '');
            if (!amount) return this.invalid(step, 'badAmount', 'amountYuan');
            if (!f.reason) return this.invalid(step, 'missing', 'reason');
            const event = budgetShift(state, meta(), {
              from: f.from ?? '',
              to: f.to ?? '',
              amount,
              reason: f.reason,
            });
            if (!event) return this.invalid(step, 'badAmount', 'amountYuan');
            void this.post(event);
          },
        );
      case 'change-decided': {
        const pending = state.changes.find((c) => c.status === 'pending');
        return html`<form
          class="step"
          data-step=${step}
          @submit=${(e: SubmitEvent) => {
            e.preventDefault();
            const approve = (e.submitter as HTMLButtonElement | null)?.value === 'approve';
            void this.post(changeDecision(state, meta(), approve));
          }}
        >
          <h4>${title}</h4>
          <p>${pending ? localize(pending.change.reason, this.locale) : ''}</p>
          <div class="actions">
            <button
              id="change-approve"
              class="primary"
              type="submit"
              value="approve"
              ?disabled=${this.busy}
            >
              ${t('approve')}
            </button>
            <button id="change-reject" type="submit" value="reject" ?disabled=${this.busy}>
              ${t('reject')}
            </button>
          </div>
        </form>`;
      }
      case 'stage-evaluated': {
        const prefix = 'stage-';
        return form(
          html`${indicators(prefix)}
            <label
              >${t('summary')} <textarea id=${`${prefix}summary`} name="summary"></textarea>
            </label>`,
          (f) => {
            if (!f.summary) return this.invalid(step, 'missing', 'summary');
            void this.post(evaluation(state, meta(), 'milestone', reachedOf(f, prefix), f.summary));
          },
        );
      }
      case 'spending-approved':
        return form(
          html`<label
            >${t('ceiling')} <input id="ceiling" name="ceiling" inputmode="decimal"
          /></label>`,
          (f) => {
            const ceiling = yuanAmount(f.ceiling ?? '');
            if (!ceiling) return this.invalid(step, 'badAmount', 'ceiling');
            void this.post(spendingApproval(meta(), ceiling));
          },
        );
      case 'closed':
        return form(
          nothing,
          () => {
            const { by, at } = meta();
            void this.post({ type: 'closed', by, at });
          },
          t('closeProject'),
        );
      case 'termination-proposed':
        return form(
          html`<label>${t('reason')} <textarea id="tp-reason" name="reason"></textarea></label>
            <label
              >${t('respondBy')}
              <input id="tp-respond-by" name="respondBy" type="date" .value=${inDays(14)}
            /></label>`,
          (f) => {
            if (!f.reason) return this.invalid(step, 'missing', 'reason');
            const respondBy = /^\d{4}-\d{2}-\d{2}$/.test(f.respondBy ?? '')
              ? f.respondBy!
              : inDays(14);
            void this.post(
              terminationProposal(
                state,
                meta(),
                this.actingAs === 'supervisor' ? 'supervision-group' : 'service-center',
                f.reason,
                respondBy,
              ),
            );
          },
        );
      case 'termination-answered':
        return form(
          html`<label>${t('answer')} <textarea id="ta-text" name="text"></textarea></label>`,
          (f) => {
            if (!f.text) return this.invalid(step, 'missing', 'answer');
            void this.post(terminationAnswer(state, meta(), f.text));
          },
        );
      case 'termination-declined':
        // One form decides both ways (see 'terminated').
        return nothing;
      case 'terminated':
        return html`<form
          class="step"
          data-step="terminated"
          @submit=${(e: SubmitEvent) => {
            const f = this.fields(e);
            const terminate = (e.submitter as HTMLButtonElement | null)?.value !== 'decline';
            if (!f.reason) return this.invalid(step, 'missing', 'reason');
            void this.post(
              terminationDecision(state, meta(), terminate, f.reason, f.reference || undefined),
            );
          }}
        >
          <h4>${t('step-terminated')} / ${t('step-termination-declined')}</h4>
          <label>${t('reason')} <textarea id="td-reason" name="reason"></textarea></label>
          <label>${t('reference')} <input id="td-reference" name="reference" /></label>
          ${error}
          <div class="actions">
            <button
              id="terminate"
              class="primary"
              type="submit"
              value="terminate"
              ?disabled=${this.busy}
            >
              ${t('terminate')}
            </button>
            <button id="decline" type="submit" value="decline" ?disabled=${this.busy}>
              ${t('decline')}
            </button>
          </div>
        </form>`;
      case 'refund-recorded':
        return form(
          html`<p>
              ${t('refundDue', {
                amount: formatMoney(
                  { amount: unspent(state), currency: state.granted?.currency ?? 'CNY' },
                  this.locale,
                ),
              })}
            </p>
            <label>${t('reference')} <input id="refund-reference" name="reference" /></label>`,
          (f) => void this.post(refund(state, meta(), f.reference || undefined)),
          t('recordRefund'),
        );
    }
  }

  /**
   * `<qy-closing-report>` in a writing mode — the execution report (the resident group's lead),
   * the financial audit (the auditor) or the final evaluation (the service center or the
   * coordination group): it checks the document with core's rules and posts it (its outbox,
   * an Idempotency-Key, the acting role's credential as Bearer) to the demo, which passes it to
   * the box as the project's event; the box's answer comes back in the page's language.
   */
  private renderWriter(
    shown: NonNullable<DemoClosingScreen['shown']>,
    title: string,
    writes: 'report' | 'audit' | 'evaluation',
  ) {
    const { state, project, round } = shown;
    const step =
      writes === 'report'
        ? 'report-submitted'
        : writes === 'audit'
          ? 'audit-recorded'
          : 'evaluation-recorded';
    const query = new URLSearchParams({ round: round.view.id });
    return html`<section class="step" data-step=${step}>
      <h4>${title}</h4>
      <qy-closing-report
        id=${`${writes}-write`}
        lang=${this.locale}
        heading-level="5"
        writes=${writes}
        endpoint=${`/demo/project-events/${encodeURIComponent(project)}?${query}`}
        submitted-by=${this.actor(state, step)}
        .credential=${this.credential}
        .participants=${demoParticipants}
        .bodies=${demoBodies}
        .documents=${{
          application: state.application,
          ...(state.reports.at(-1) ? { report: state.reports.at(-1) } : {}),
          ...(state.granted ? { granted: state.granted } : {}),
          approvals: state.spendingApprovals,
        }}
        @qy-report-sent=${() => void this.settle({ ok: true, value: { status: '' } })}
        @qy-report-rejected=${(e: CustomEvent<{ message: string; status: number }>) =>
          void this.settle({ ok: false, status: e.detail.status, message: e.detail.message })}
      ></qy-closing-report>
    </section>`;
  }

  /** What the expense ledger shows spent on each budget line, beside the audit being written. */
  private renderLedgerLines(state: ProjectState, t: T) {
    const ledger = auditFromLedger(state, { project: '', by: '', at: '' }, 'compliant');
    return html`<section class="step" data-step="ledger-lines">
      <h4>${t('auditLines')}</h4>
      <div class="scroll">
        <table id="audit-lines">
          <thead>
            <tr>
              <th scope="col">${t('line')}</th>
              <th scope="col" class="num">${t('budgeted')}</th>
              <th scope="col" class="num">${t('actual')}</th>
            </tr>
          </thead>
          <tbody>
            ${ledger.lines.map(
              (l) =>
                html`<tr data-line=${l.line} data-actual=${l.actual.amount}>
                  <th scope="row">${l.item ? localize(l.item, this.locale) : l.line}</th>
                  <td class="num">${formatMoney(l.budgeted, this.locale)}</td>
                  <td class="num">${formatMoney(l.actual, this.locale)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }
}
