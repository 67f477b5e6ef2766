import {
  localize,
  projectLifecycle,
  replay,
  trainingsOf,
  type CycleStage,
  type ExecutionTeam,
  type ProjectContext,
  type ProjectEvent,
  type WorkRecord,
  type Locale,
  messageIn,
  type Catalogs,
} from '@qingyuan/core';
import '@qingyuan/elements/define/execution-team.js';
import '@qingyuan/elements/define/project-status.js';
import '@qingyuan/elements/define/work-record.js';
import { LitElement, type PropertyValues, css, html, nothing } from 'lit';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import QRCode from 'qrcode';
import { property, state } from 'lit/decorators.js';
import { demoApi, projectEventsPath, type DemoSession, type RoundView } from '../api/demo-api.js';
import { demoRoleNames, type DemoRole } from '../api/demo-roles.js';
import { signUrl } from '../demo-routes.js';
import { demoBodies, demoParticipants, teams } from '../data/project-histories.js';
import { readRoundProjects, roundProjectContext } from '../project/round-project-context.js';
import { demoTrainings } from '../data/trainings.js';
import { formatDay, personName, roleNames } from './project-labels.js';
import { screenStyles } from './screen-styles.js';

type Key =
  | 'title'
  | 'intro'
  | 'project'
  | 'team'
  | 'noTeam'
  | 'member'
  | 'role'
  | 'duties'
  | 'contract'
  | 'signedOn'
  | 'unsigned'
  | 'trainings'
  | 'training'
  | 'trainingDone'
  | 'trainingPart'
  | 'date'
  | 'start'
  | 'refused'
  | 'recorded'
  | 'teamRules'
  | 'records'
  | 'noRecords'
  | 'people'
  | 'recordedBy'
  | 'toClosing'
  | 'decisionsLabel'
  | 'nextStepsLabel'
  | 'attendanceCount'
  | 'formTeam'
  | 'roleStep'
  | 'notFunded'
  | 'waitingDecision'
  | 'slips'
  | 'slipsIntro'
  | 'handOut'
  | 'slipFor'
  | 'phoneView'
  | 'codeIs'
  | 'slipsOnce'
  | 'signOnDevice'
  | 'onServer'
  | 'recordsStored';

const catalog: Catalogs<Key> = {
  'zh-CN': {
    title: '项目执行',
    intro:
      '获得资助的项目组建执行小组：一名总负责人、一名财务负责人和成员，每人签署职责合同；小组自定规则、定期开会，每一步都填写工作记录卡。开始执行前，会按规则检查角色和合同是否齐全。',
    project: '项目',
    team: '执行小组',
    noTeam: '还没有组建执行小组。',
    member: '成员',
    role: '角色',
    duties: '职责：',
    contract: '职责合同',
    signedOn: '已签署（{date}）',
    unsigned: '未签署',
    trainings: '参加过的培训：',
    training: '{title}（{when}，{status}）',
    trainingDone: '已结业',
    trainingPart: '参加了部分课程',
    date: '记录日期',
    start: '开始执行',
    refused: '投票箱没有接受这一步：',
    recorded: '已记录。项目状态：{status}。',
    teamRules: '小组规则',
    records: '工作记录卡',
    noRecords: '还没有工作记录。',
    people: '参加',
    recordedBy: '记录人',
    toClosing: '结项和终止',
    decisionsLabel: '决定',
    nextStepsLabel: '下一步',
    attendanceCount: '（到场 {count} 人）',
    formTeam: '组建执行小组（总负责人签署自己的合同）',
    roleStep: '这一步由{role}完成：请在页首切换身份。',
    notFunded: '这个项目没有获得资助。',
    waitingDecision: '资助决定之后才能执行项目。',
    slips: '签名条',
    slipsIntro:
      '每位成员拿到自己的签名条：用手机扫描二维码，在自己的手机上读合同、签名。签名码只能用一次，只能签自己的名字。',
    handOut: '发放签名条（未签名的成员）',
    slipFor: '{name}的签名条',
    phoneView: '在手机上打开（{name}）',
    codeIs: '签名码：{code}',
    slipsOnce: '签名码只显示这一次，请打印或让成员当场扫描。',
    signOnDevice:
      '成员在这台设备上签名：选自己的名字，输入签名条上的签名码。也可以扫描签名条上的二维码，在自己的手机上签名。',
    onServer:
      '执行小组、合同签署和开始执行都记录在投票箱的本轮次中，由各自的角色凭证提交；投票箱按项目规则检查每一步。',
    recordsStored:
      '工作记录卡存放在投票箱的工作记录收集表中（每张都按工作记录卡的规则检查），刷新页面或换一个浏览器都能看到。',
  },
  en: {
    title: 'Execution',
    intro:
      'A funded project forms its execution team: one overall lead, one finance lead and members, each signing a responsibility contract; the team sets its own rules, meets regularly and fills in a work record card at every step. Before execution starts, the roles and contracts are checked against the rules.',
    project: 'Project',
    team: 'Execution team',
    noTeam: 'No execution team has been formed yet.',
    member: 'Member',
    role: 'Role',
    duties: 'Duties: ',
    contract: 'Responsibility contract',
    signedOn: 'Signed ({date})',
    unsigned: 'Not signed',
    trainings: 'Trainings attended:',
    training: '{title} ({when}, {status})',
    trainingDone: 'completed',
    trainingPart: 'attended part of it',
    date: 'Date of the record',
    start: 'Start execution',
    refused: 'The ballot box did not accept this step:',
    recorded: 'Recorded. The project is now: {status}.',
    teamRules: 'Team rules',
    records: 'Work record cards',
    noRecords: 'No work records yet.',
    people: 'Present',
    recordedBy: 'Recorded by',
    toClosing: 'Closing and termination',
    decisionsLabel: 'Decided',
    nextStepsLabel: 'Next steps',
    attendanceCount: '({count} came)',
    formTeam: 'Form the execution team (the overall lead signs their own contract)',
    roleStep: 'This step is for the {role}: switch roles at the top of the page.',
    notFunded: 'This project was not funded.',
    waitingDecision: 'A project is carried out after the funding decision.',
    slips: 'Signing slips',
    slipsIntro:
      'Each member gets their own signing slip: they scan its QR code with their phone, read the contract and sign there. A signing code works once, and only for its own member.',
    handOut: 'Hand out signing slips (members not signed yet)',
    slipFor: 'Signing slip of {name}',
    phoneView: 'Open on a phone ({name})',
    codeIs: 'Signing code: {code}',
    slipsOnce: 'The codes are shown this once: print them or let each member scan theirs now.',
    signOnDevice:
      'Members sign on this device: pick your own name and type the code on your signing slip. Or scan the QR code on your slip and sign on your own phone.',
    onServer:
      'The team, the signed contracts and the start of execution are recorded in the ballot box’s round, each posted with its role’s own credential; the box checks every step with the project rules.',
    recordsStored:
      'Work record cards are stored in the ballot box’s work-record collection (each checked against the work record card’s rules), so a reload or another browser shows them.',
  },
};

/** The steps of the cycle a work record card belongs to. */
export const stageNames: Record<CycleStage, Record<Locale, string>> = {
  'capacity-building': { 'zh-CN': '能力建设', en: 'Capacity building' },
  'needs-survey': { 'zh-CN': '需求调查', en: 'Needs survey' },
  application: { 'zh-CN': '项目申请', en: 'Application' },
  review: { 'zh-CN': '评审', en: 'Review' },
  funding: { 'zh-CN': '资助', en: 'Funding' },
  execution: { 'zh-CN': '执行', en: 'Execution' },
  supervision: { 'zh-CN': '监督', en: 'Supervision' },
  closing: { 'zh-CN': '结项', en: 'Closing' },
  termination: { 'zh-CN': '终止', en: 'Termination' },
};

/** Today as `YYYY-MM-DD` in Beijing time. */
function today(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** A team as its lead records it: only the lead's own contract signed (today), the others to sign. */
function asFormed(team: ExecutionTeam, lead: string): ExecutionTeam {
  return {
    ...team,
    members: team.members.map((m) => ({
      ...m,
      contract:
        m.participant === lead
          ? {
              ...(m.contract.duties ? { duties: m.contract.duties } : {}),
              signed: true,
              signedAt: today(),
            }
          : { ...(m.contract.duties ? { duties: m.contract.duties } : {}), signed: false },
    })),
  };
}

type Outcome = { ok: true; text: string } | { ok: false; messages: readonly string[] };

/**
 * Execution of the round's funded projects, as the ballot box records them: the project's
 * lifecycle (`<qy-project-status>` over its stored history), its execution team with roles and
 * responsibility contracts, and the steps each role may take — the resident group that applied
 * (or the coordination group) forms the team and starts execution with its own credential, each
 * member signs their contract with a one-time signing code; the box checks each step with core's
 * project rules and refusals are shown in the page's language. Work record cards are written in
 * `<qy-work-record>` (core's `WorkRecordSchema`), stored in the ballot box's work-record
 * collection through `/demo/work-records`, and listed from there.
 */
export class DemoExecutionScreen extends LitElement {
  static override styles = [
    screenStyles,
    css`
      ul.trainings {
        list-style: none;
        padding: 0;
        margin: 0.2rem 0 0;
        font-weight: normal;
        font-size: 0.9rem;
        color: var(--demo-muted);
      }
      ol.cards {
        list-style: none;
        padding: 0;
        display: grid;
        gap: 0.75rem;
        grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
      }
      li.card {
        border: 1px solid var(--demo-border);
        border-radius: 8px;
        padding: 0.5rem 0.75rem;
      }
      li.card p {
        margin: 0.25rem 0;
      }
      li.card dt {
        font-weight: 600;
        font-size: 0.9rem;
        margin-top: 0.35rem;
      }
      li.card dd {
        margin: 0;
      }
      fieldset {
        border: 1px solid var(--demo-border);
        border-radius: 8px;
        margin: 0.5rem 0;
      }
      label.check {
        display: flex;
        align-items: center;
        gap: 0.5rem;
        min-height: 44px;
        margin: 0;
      }
      label.check input {
        min-height: auto;
        width: 1.25rem;
        height: 1.25rem;
      }
      textarea {
        display: block;
        width: 100%;
      }
      .violations {
        margin: 0.25rem 0 0;
      }
      .duties {
        display: block;
        color: var(--demo-muted);
        font-size: 0.9rem;
        margin-bottom: 0.25rem;
      }
      ul.slips {
        list-style: none;
        padding: 0;
        display: grid;
        gap: 0.75rem;
        grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr));
      }
      ul.slips li {
        border: 1px dashed var(--demo-border);
        border-radius: 8px;
        padding: 0.5rem 0.75rem;
      }
      ul.slips .qr svg {
        width: 9rem;
        height: 9rem;
      }
      ul.slips .code {
        font-family: ui-monospace, monospace;
        overflow-wrap: anywhere;
      }
    `,
  ];

  @property() locale: Locale = 'zh-CN';
  @property({ attribute: false }) session: DemoSession | undefined;
  @property({ attribute: false }) actingAs: DemoRole = 'organizer';

  @state() private project = '';
  @state() private outcome: Outcome | undefined;
  @state() private view: RoundView | undefined;
  /** What core's project rules read about the round (its documents, meeting and decision). */
  @state() private context: ProjectContext = roundProjectContext(undefined, undefined, []);
  @state() private busy = false;
  /** Signing slips handed out here: one-time secrets, in memory only, never stored. */
  @state() private slips: {
    project: string;
    member: string;
    code: string;
    url: string;
    qr: string;
  }[] = [];
  /** Re-reads the round while members sign on their own phones. */
  private poll: ReturnType<typeof setInterval> | undefined;
  /** The round's work record cards, as the ballot box's work-record collection holds them. */
  @state() private records: WorkRecord[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    this.poll = setInterval(() => {
      const status = this.view?.projects.find((p) => p.id === this.project)?.status;
      if (status === 'team-formed' && !this.busy) void this.load();
    }, 3000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.poll);
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('session') && this.session) {
      void this.load();
      void this.loadRecords();
    }
    if (changed.has('actingAs')) this.outcome = undefined;
  }

  private async load(): Promise<void> {
    if (!this.session) return;
    const read = await readRoundProjects(this.session);
    if (!read) return;
    this.view = read.view;
    this.context = read.context;
    if (!this.project || !read.view.projects.some((p) => p.id === this.project)) {
      const funded = read.view.projects.filter(
        (p) => !['draft', 'submitted', 'in-review', 'rejected'].includes(p.status),
      );
      this.project =
        funded.find((p) => p.id === 'xinghuayuan-children')?.id ??
        funded[0]?.id ??
        read.view.projects[0]?.id ??
        '';
    }
  }

  /** Reads the work record cards back from the ballot box (every one a core `WorkRecord`). */
  private async loadRecords(): Promise<void> {
    const stored = await demoApi.workRecords();
    if (stored.ok) this.records = stored.value.items.map((item) => item.document as WorkRecord);
  }

  private history(project: string): ProjectEvent[] {
    return this.view?.projects.find((p) => p.id === project)?.history ?? [];
  }

  private state(project: string) {
    return replay(projectLifecycle, this.history(project), this.context).state;
  }

  private statusLabel(project: string): string {
    const status = this.view?.projects.find((p) => p.id === project)?.status ?? 'draft';
    return status in projectLifecycle.statuses
      ? projectLifecycle.statuses[status as keyof typeof projectLifecycle.statuses][this.locale]
      : status;
  }

  /** Posts a project event with the credential of the role acting (a resident: their community's). */
  private async post(event: ProjectEvent): Promise<void> {
    const session = this.session;
    if (!session || this.busy) return;
    const role = this.actingAs === 'resident' ? 'resident' : 'organizer';
    const community = this.state(this.project).application?.community;
    this.busy = true;
    const result = await demoApi.postToRound<{ status: string }>(
      role,
      session.round,
      `projects/${encodeURIComponent(this.project)}/events`,
      { event },
      this.locale,
      role === 'resident' ? community : undefined,
    );
    await this.settle(result);
  }

  private async settle(
    result:
      | { ok: true; value: { status: string } }
      | { ok: false; message: string; violations?: string[] },
  ): Promise<void> {
    await this.load();
    this.busy = false;
    this.outcome = result.ok
      ? {
          ok: true,
          text: messageIn(catalog, this.locale, 'recorded', {
            status: this.statusLabel(this.project),
          }),
        }
      : { ok: false, messages: result.violations ?? [result.message] };
  }

  /**
   * Hands out signing slips to `members` (the coordination group only): a one-time code each,
   * shown once with its QR code and the phone link it holds; kept in memory only.
   */
  private async handOutSlips(members: string[]): Promise<void> {
    const session = this.session;
    if (!session || this.busy) return;
    this.busy = true;
    const result = await demoApi.signingSlips(session.round, members, this.locale);
    if (!result.ok) {
      this.busy = false;
      this.outcome = { ok: false, messages: result.violations ?? [result.message] };
      return;
    }
    const base = session.lanUrls[0] ?? `${location.origin}/`;
    const project = this.project;
    this.slips = await Promise.all(
      result.value.slips.map(async ({ member, code }) => {
        const url = signUrl(base, project, member, code);
        return {
          project,
          member,
          code,
          url,
          qr: await QRCode.toString(url, { type: 'svg', margin: 1 }),
        };
      }),
    );
    this.busy = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#slips-title')?.focus();
  }

  /** What a member learnt before joining the team (core's `trainingsOf`), under their name. */
  private trainings(
    participant: string,
    t: (key: Key, params?: Record<string, string | number>) => string,
  ) {
    const records = trainingsOf(participant, demoTrainings);
    if (records.length === 0) return nothing;
    const day = (d: string) => formatDay(d, this.locale);
    return html`<ul class="trainings" data-trainings=${participant}>
      ${records.map(
        (r) =>
          html`<li>
            ${t('trainings')}${t('training', {
              title: localize(r.title, this.locale),
              when: r.start === r.end ? day(r.start) : `${day(r.start)} – ${day(r.end)}`,
              status: r.completed ? t('trainingDone') : t('trainingPart'),
            })}
          </li>`,
      )}
    </ul>`;
  }

  override render() {
    const t = (key: Key, params?: Record<string, string | number>) =>
      messageIn(catalog, this.locale, key, params);
    return html`
      <h2 id="screen-title" tabindex="-1">${t('title')}</h2>
      <p>${t('intro')}</p>
      <p class="hint">${t('onServer')}</p>
      ${this.view && this.project ? this.renderProject(t) : nothing}
    `;
  }

  private roleStep(
    roles: DemoRole[],
    t: (key: Key, params?: Record<string, string | number>) => string,
  ) {
    return html`<p class="hint" data-role-step=${roles.join(' ')}>
      ${t('roleStep', {
        role: roles
          .map((r) => demoRoleNames[r][this.locale])
          .join(this.locale === 'zh-CN' ? '或' : ' or '),
      })}
    </p>`;
  }

  private renderProject(t: (key: Key, params?: Record<string, string | number>) => string) {
    const locale = this.locale;
    const view = this.view!;
    const state = this.state(this.project);
    const team = state.team;
    const status = view.projects.find((p) => p.id === this.project)?.status ?? '';
    const seededTeam = teams[this.project];
    const lead =
      (team ?? seededTeam)?.members.find((m) => m.role === 'overall-lead')?.participant ?? '';
    const steering = this.actingAs === 'resident' || this.actingAs === 'organizer';
    const records = this.records.filter((r) => r.project === this.project);
    return html`
      <label
        >${t('project')}
        <select
          id="project"
          @change=${(e: Event) => {
            this.project = (e.target as HTMLSelectElement).value;
            this.outcome = undefined;
          }}
        >
          ${view.projects.map((p) => {
            const s = this.state(p.id);
            const title = s.application ? localize(s.application.title, locale) : p.id;
            return html`<option value=${p.id} ?selected=${p.id === this.project}>
              ${title} — ${this.statusLabel(p.id)}
            </option>`;
          })}
        </select>
      </label>
      <qy-project-status
        lang=${locale}
        data-status=${status}
        .history=${this.history(this.project)}
        .bodies=${demoBodies}
        .documents=${this.context}
      ></qy-project-status>
      ${
        this.outcome
          ? this.outcome.ok
            ? html`<p role="status" data-outcome="recorded">${this.outcome.text}</p>`
            : html`<div class="error" role="alert" data-outcome="refused">
                ${t('refused')}
                <ul class="violations">
                  ${this.outcome.messages.map((m) => html`<li>${m}</li>`)}
                </ul>
              </div>`
          : nothing
      }
      ${status === 'in-review' ? html`<p>${t('waitingDecision')} <a href="#/funding">→</a></p>` : nothing}
      ${status === 'rejected' ? html`<p>${t('notFunded')}</p>` : nothing}
      <section aria-labelledby="team-title">
        <h3 id="team-title">${t('team')}</h3>
        ${
          !team
            ? html`<p>${t('noTeam')}</p>
                ${
                  status === 'approved' && seededTeam
                    ? steering
                      ? html`<button
                          id="form-team"
                          class="primary"
                          ?disabled=${this.busy}
                          @click=${() =>
                            this.post({
                              type: 'team-formed',
                              at: new Date().toISOString(),
                              by: lead,
                              payload: { team: asFormed(seededTeam, lead) },
                            })}
                        >
                          ${t('formTeam')}
                        </button>`
                      : this.roleStep(['resident', 'organizer'], t)
                    : nothing
                }`
            : html`
                <div class="scroll">
                  <table id="team">
                    <thead>
                      <tr>
                        <th scope="col">${t('member')}</th>
                        <th scope="col">${t('role')}</th>
                        <th scope="col">${t('contract')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      ${team.members.map(
                        (m) =>
                          html`<tr
                            data-participant=${m.participant}
                            data-signed=${m.contract.signed ? 'yes' : 'no'}
                          >
                            <th scope="row">
                              ${personName(m.participant, locale)}
                              ${this.trainings(m.participant, t)}
                            </th>
                            <td>${localize(roleNames[m.role], locale)}</td>
                            <td>
                              ${
                                m.contract.duties
                                  ? html`<span class="duties"
                                      >${t('duties')}${localize(m.contract.duties, locale)}</span
                                    >`
                                  : nothing
                              }
                              ${
                                m.contract.signed
                                  ? `✓ ${t('signedOn', { date: formatDay(m.contract.signedAt ?? '', locale) })}`
                                  : `✕ ${t('unsigned')}`
                              }
                            </td>
                          </tr>`,
                      )}
                    </tbody>
                  </table>
                </div>
                ${this.renderSigning(team, status, t)}
                ${
                  team.rules && team.rules.length > 0
                    ? html`<h4>${t('teamRules')}</h4>
                        <ul>
                          ${team.rules.map((r) => html`<li>${localize(r, locale)}</li>`)}
                        </ul>`
                    : nothing
                }
              `
        }
        ${
          status === 'team-formed'
            ? steering
              ? html`<div class="actions">
                  <button
                    id="start-execution"
                    class="primary"
                    ?disabled=${this.busy}
                    @click=${() =>
                      this.post({
                        type: 'execution-started',
                        at: new Date().toISOString(),
                        by: lead,
                      })}
                  >
                    ${t('start')}
                  </button>
                </div>`
              : this.roleStep(['resident', 'organizer'], t)
            : nothing
        }
      </section>
      <section aria-labelledby="records-title">
        <h3 id="records-title">${t('records')}</h3>
        ${
          records.length === 0
            ? html`<p>${t('noRecords')}</p>`
            : html`<ol id="work-records" class="cards">
                ${records.map(
                  (r) =>
                    html`<li class="card" data-record=${r.id}>
                      <p class="card-head">
                        <strong>${formatDay(r.date, locale)}</strong> ·
                        ${stageNames[r.stage][locale]}
                        ${r.place ? html` · ${localize(r.place, locale)}` : nothing}
                      </p>
                      <p>${localize(r.content, locale)}</p>
                      <dl>
                        ${
                          r.decisions
                            ? html`<dt>${t('decisionsLabel')}</dt>
                                <dd>${localize(r.decisions, locale)}</dd>`
                            : nothing
                        }
                        ${
                          r.nextSteps
                            ? html`<dt>${t('nextStepsLabel')}</dt>
                                <dd>${localize(r.nextSteps, locale)}</dd>`
                            : nothing
                        }
                        <dt>${t('people')}</dt>
                        <dd>
                          ${r.participants.map((p) => personName(p, locale)).join(locale === 'zh-CN' ? '、' : ', ')}
                          ${r.attendance ? t('attendanceCount', { count: r.attendance }) : nothing}
                        </dd>
                        <dt>${t('recordedBy')}</dt>
                        <dd>${personName(r.recordedBy, locale)}</dd>
                      </dl>
                    </li>`,
                )}
              </ol>`
        }
      </section>
      <p class="hint">${t('recordsStored')}</p>
      ${team ? this.renderRecordCard(team, state.application?.community, lead) : nothing}
      <p><a href="#/closing">${t('toClosing')} →</a></p>
    `;
  }

  /**
   * Signing, while the team's contracts are not all signed: the coordination group hands out
   * signing slips (a one-time code each, its QR code holding the member's phone link); a team
   * member at this device signs in `<qy-execution-team>` with the code of their slip.
   */
  private renderSigning(
    team: ExecutionTeam,
    status: string,
    t: (key: Key, params?: Record<string, string | number>) => string,
  ) {
    const session = this.session;
    const unsigned = team.members.filter((m) => !m.contract.signed).map((m) => m.participant);
    if (!session || status !== 'team-formed' || unsigned.length === 0) return nothing;
    if (this.actingAs === 'team-member') {
      const application = this.state(this.project).application;
      return html`<p class="hint">${t('signOnDevice')}</p>
        <qy-execution-team
          id="team-signing"
          lang=${this.locale}
          heading-level="4"
          endpoint=${projectEventsPath(session.round, this.project)}
          project-name=${application ? localize(application.title, this.locale) : ''}
          .team=${team}
          .participants=${demoParticipants}
          @qy-signature-sent=${() => void this.load()}
        ></qy-execution-team>`;
    }
    const slips = this.slips.filter(
      (slip) => slip.project === this.project && unsigned.includes(slip.member),
    );
    return html`<section id="slips" aria-labelledby="slips-title">
      <h4 id="slips-title" tabindex="-1">${t('slips')}</h4>
      <p>${t('slipsIntro')}</p>
      ${
        this.actingAs === 'organizer'
          ? html`<button
              id="hand-out"
              ?disabled=${this.busy}
              @click=${() => this.handOutSlips(unsigned)}
            >
              ${t('handOut')}
            </button>`
          : this.roleStep(['organizer'], t)
      }
      ${
        slips.length > 0
          ? html`<p class="hint">${t('slipsOnce')}</p>
              <ul class="slips">
                ${slips.map((slip) => {
                  const name = personName(slip.member, this.locale);
                  return html`<li data-slip=${slip.member}>
                    <strong>${t('slipFor', { name })}</strong>
                    <div class="qr" role="img" aria-label=${t('slipFor', { name })}>
                      ${unsafeSVG(slip.qr)}
                    </div>
                    <p class="code">${t('codeIs', { code: slip.code })}</p>
                    <a href=${slip.url} target="_blank" rel="noopener"
                      >${t('phoneView', { name })}</a
                    >
                  </li>`;
                })}
              </ul>`
          : nothing
      }
    </section>`;
  }

  /**
   * `<qy-work-record>` for the project's team: it checks the card with core's `WorkRecordSchema`
   * and posts it (outbox, `Idempotency-Key`) to the demo's `/demo/work-records`, which stores it
   * in the ballot box's work-record collection; the list is read back once the box accepted it.
   */
  private renderRecordCard(team: ExecutionTeam, community: string | undefined, lead: string) {
    const members = new Set(team.members.map((m) => m.participant));
    return html`<qy-work-record
      id="record-card"
      lang=${this.locale}
      endpoint="/demo/work-records"
      project=${this.project}
      community=${community ?? ''}
      recorded-by=${lead}
      .people=${demoParticipants.filter((p) => members.has(p.id))}
      @qy-work-record-sent=${() => void this.loadRecords()}
    ></qy-work-record>`;
  }
}
