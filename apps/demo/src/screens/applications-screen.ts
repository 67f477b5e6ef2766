import {
  ApplicationSchema,
  formatMoney,
  localize,
  missingForNext,
  projectLifecycle,
  type LocalizedText,
  type Application,
  type Vetting,
  type Locale,
  messageIn,
  type Catalogs,
} from '@qingyuan/core';
import type { ApplicationCommunity, QyApplicationSubmitEvent } from '@qingyuan/elements';
import '@qingyuan/elements/define/application-form.js';
import '@qingyuan/elements/define/project-status.js';
import { LitElement, type PropertyValues, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { demoApi, type DemoSession, type RoundView } from '../api/demo-api.js';
import { demoRoleNames, type DemoRole } from '../api/demo-roles.js';
import { binheDongliDraft } from '../data/pilot-applications.js';
import { communityNames } from '../data/pilot-2007.js';
import { demoBodies } from '../data/project-histories.js';
import { demoContext } from '../data/round-context.js';
import { applicationHistory } from '../project/application-history.js';
import { carriedDraftKey } from './open-space-screen.js';
import { screenStyles } from './screen-styles.js';

type Key =
  | 'title'
  | 'intro'
  | 'stored'
  | 'loading'
  | 'project'
  | 'community'
  | 'budget'
  | 'ready'
  | 'ready-yes'
  | 'ready-no'
  | 'show'
  | 'origin'
  | 'write'
  | 'writeIntro'
  | 'blank'
  | 'fromDraft'
  | 'saved'
  | 'failed'
  | 'inRound'
  | 'notInRound'
  | 'vetted-accepted'
  | 'vetted-returned'
  | 'notVetted'
  | 'vet'
  | 'vettedNow'
  | 'roleStep'
  | 'invented';

const catalog: Catalogs<Key> = {
  'zh-CN': {
    title: '项目申请',
    intro:
      '居委会和居民按规定格式写项目申请书：目的、回应的需求、计划、可衡量的指标、执行团队、受益人、预算和可持续性。提交前，表单末尾会按规则列出还缺什么。',
    stored: '已收到的申请书',
    loading: '正在读取申请书…',
    project: '项目',
    community: '社区：',
    budget: '预算',
    ready: '能否提交：',
    'ready-yes': '可以提交',
    'ready-no': '缺 {count} 项',
    show: '查看进度和缺项',
    origin: '来自开放空间会议的点子：{ideas}',
    write: '写一份申请书',
    writeIntro:
      '填写下面的申请书；表单末尾的清单随时列出提交前还缺的内容，点击条目可跳到对应的栏目。',
    blank: '从空白开始',
    fromDraft: '接着写滨河东里的草稿',
    saved: '申请书“{title}”已提交到投票箱的本轮次。',
    failed: '投票箱拒收了申请书：{message}',
    inRound: '本轮次中的状态：',
    notInRound: '不在本轮次中（只收到了文本）',
    'vetted-accepted': '服务中心已审核：受理',
    'vetted-returned': '服务中心已审核：退回',
    notVetted: '等待服务中心审核',
    vet: '审核并受理“{title}”',
    vettedNow: '已记录服务中心对“{title}”的审核。',
    roleStep: '这一步由{role}完成：请在页首切换身份。',
    invented:
      '演示虚构的部分：案例中滨河东里的“189 商户居民协会”是后来的项目；演示把滨河东里加入 2007 年的轮次，好让这份草稿在投票箱里提交和审核。',
  },
  en: {
    title: 'Applications',
    intro:
      "The residents' committee and residents write project applications in the prescribed format: purpose, the needs answered, plan, measurable indicators, the team, beneficiaries, budget and how it continues. Before submission the form lists, by the rules, what is still missing.",
    stored: 'Applications received',
    loading: 'Reading the applications…',
    project: 'Project',
    community: 'Community: ',
    budget: 'Budget',
    ready: 'Ready to submit? ',
    'ready-yes': 'Ready',
    'ready-no': '{count} missing',
    show: 'Progress and what is missing',
    origin: 'From the Open Space session’s ideas: {ideas}',
    write: 'Write an application',
    writeIntro:
      'Fill in the application below; the checklist at its end always lists what is still missing before it can be submitted, and each entry takes you to its field.',
    blank: 'Start from blank',
    fromDraft: "Continue Binhe Dongli's draft",
    saved: 'The application “{title}” was submitted to the ballot box’s round.',
    failed: 'The ballot box refused the application: {message}',
    inRound: 'Status in this round: ',
    notInRound: 'Not in this round (only its text was received)',
    'vetted-accepted': 'Vetted by the service center: accepted',
    'vetted-returned': 'Vetted by the service center: returned',
    notVetted: 'Waiting for the service center’s vetting',
    vet: 'Vet and accept “{title}”',
    vettedNow: 'The service center’s vetting of “{title}” is recorded.',
    roleStep: 'This step is for {role}: switch roles in the header.',
    invented:
      'Made up for the demo: in the case study Binhe Dongli’s “189 merchants–residents association” is a later project; the demo adds Binhe Dongli to the 2007 round so that this draft can be submitted and vetted on the ballot box.',
  },
};

/** Who submits an application in the demo: its community's residents' committee. */
function submitterOf(application: Application): string {
  return `p-${application.community}-committee`;
}

/** A project status of core's lifecycle, in words. */
function statusName(status: string, locale: Locale): string {
  return status in projectLifecycle.statuses
    ? projectLifecycle.statuses[status as keyof typeof projectLifecycle.statuses][locale]
    : status;
}

/**
 * Project applications: the round's on the ballot box (the four 2007 pilots, and what the demo
 * submits) with their status and the service center's vetting, then the other texts of the
 * applications collection (a later project, Binhe Dongli's draft); each with what core's
 * `missingForNext` says is missing before it can be submitted (`<qy-project-status>`), and
 * `<qy-application-form>` to write one, which the applicant (the resident role) submits to the
 * round; the service center role vets a submitted one.
 */
export class DemoApplicationsScreen extends LitElement {
  static override styles = [
    screenStyles,
    css`
      .community,
      .origin,
      .round-status,
      .ready {
        display: block;
        color: var(--demo-muted);
        font-size: 0.9rem;
        margin-top: 0.2rem;
      }
      td button {
        text-align: start;
      }
    `,
  ];

  @property() locale: Locale = 'zh-CN';
  @property({ attribute: false }) session: DemoSession | undefined;
  @property({ attribute: false }) actingAs: DemoRole = 'organizer';

  /** The round as the ballot box holds it: applications, vettings, each project's status. */
  @state() private view: RoundView | undefined;
  @state() private items: { application: Application; at: string }[] | undefined;
  @state() private selected = '';
  @state() private editing: Application | undefined;
  @state() private outcome: { ok: boolean; text: string } | undefined;
  @state() private error = '';
  /** The Open Space session's ideas, for the origin an application names. */
  @state() private ideas: { id: string; title: LocalizedText }[] = [];

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('session') && this.session) void this.load();
  }

  private async load(): Promise<void> {
    const session = this.session;
    if (!session) return;
    // An idea carried from the Open Space session: its draft, with the idea as its origin.
    const carried = ApplicationSchema.safeParse(
      JSON.parse(localStorage.getItem(carriedDraftKey) ?? 'null'),
    );
    if (carried.success) {
      localStorage.removeItem(carriedDraftKey);
      this.editing = carried.data;
      this.outcome = undefined;
    }
    const [result, view, openSpace] = await Promise.all([
      demoApi.applications(),
      demoApi.round(),
      demoApi.openSpace(session),
    ]);
    if (openSpace.ok) this.ideas = openSpace.value.ideas;
    if (!result.ok || !view.ok) {
      this.error = result.ok ? (view.ok ? '' : view.message) : result.message;
      return;
    }
    this.view = view.value;
    // The round's applications first (as submitted to it), then the collection's other texts;
    // later versions of an application (same id) replace earlier ones.
    const byId = new Map<string, { application: Application; at: string }>();
    for (const application of view.value.applications) {
      const submitted = view.value.projects
        .find((p) => p.id === application.id)
        ?.history.find((e) => e.type === 'submitted');
      byId.set(application.id, { application, at: submitted?.at ?? '' });
    }
    for (const item of result.value.items) {
      if (view.value.applications.some((a) => a.id === (item.document as { id?: unknown }).id))
        continue;
      const parsed = ApplicationSchema.safeParse(item.document);
      if (parsed.success)
        byId.set(parsed.data.id, { application: parsed.data, at: item.receivedAt });
    }
    this.items = [...byId.values()];
  }

  /** The round's record of a project: its status and history, if it was submitted to the round. */
  private roundProject(id: string) {
    return this.view?.projects.find((p) => p.id === id);
  }

  private vettingOf(id: string): Vetting | undefined {
    return this.view?.vettings.filter((v) => v.application === id).at(-1);
  }

  /** The applicant (the resident role: their community's credential) submits it to the round. */
  private async onSubmit(event: QyApplicationSubmitEvent): Promise<void> {
    if (!this.session) return;
    const { application } = event.detail;
    if (this.actingAs !== 'resident') {
      this.outcome = {
        ok: false,
        text: messageIn(catalog, this.locale, 'roleStep', {
          role: demoRoleNames.resident[this.locale],
        }),
      };
      return;
    }
    const saved = await demoApi.postToRound<{ status: string }>(
      'resident',
      this.session.round,
      'applications',
      { application, by: submitterOf(application) },
      this.locale,
      application.community,
    );
    this.outcome = saved.ok
      ? {
          ok: true,
          text: messageIn(catalog, this.locale, 'saved', {
            title: localize(application.title, this.locale),
          }),
        }
      : { ok: false, text: messageIn(catalog, this.locale, 'failed', { message: saved.message }) };
    if (saved.ok) {
      this.selected = application.id;
      await this.load();
    }
  }

  /**
   * The communities an applicant picks from in the form, by name: the round's (from the ballot
   * box), and the community of the application being edited (an Open Space idea's may be
   * another).
   */
  private communities(): ApplicationCommunity[] {
    const ids = new Set([
      ...(this.view?.round.communities ?? []),
      ...(this.editing ? [this.editing.community] : []),
    ]);
    return [...ids].map((id) => ({ id, name: communityNames[id] ?? id }));
  }

  /** The service center vets a submitted application (core's `Vetting`, accepted). */
  private async vet(application: Application): Promise<void> {
    if (!this.session) return;
    const result = await demoApi.postToRound<{ vetting: Vetting }>(
      'service-center',
      this.session.round,
      'vettings',
      {
        vetting: {
          id: `vet-${application.id}-${Date.now().toString(36)}`,
          round: this.session.round.id,
          application: application.id,
          body: 'qingyuan-service-center',
          by: 'p-center',
          at: new Date().toISOString(),
          outcome: 'accepted',
          reasons: [],
        },
      },
      this.locale,
    );
    const title = localize(application.title, this.locale);
    this.outcome = result.ok
      ? { ok: true, text: messageIn(catalog, this.locale, 'vettedNow', { title }) }
      : { ok: false, text: messageIn(catalog, this.locale, 'failed', { message: result.message }) };
    await this.load();
  }

  /** The titles of Open Space ideas, from the session on the ballot box. */
  private ideaTitles(ids: readonly string[]): string {
    return ids
      .map((id) => {
        const idea = this.ideas.find((i) => i.id === id);
        return `“${idea ? localize(idea.title, this.locale) : id}”`;
      })
      .join(this.locale === 'en' ? ', ' : '、');
  }

  override render() {
    const t = (key: Key, params?: Record<string, string | number>) =>
      messageIn(catalog, this.locale, key, params);
    return html`
      <h2 id="screen-title" tabindex="-1">${t('title')}</h2>
      <p>${t('intro')}</p>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <section aria-labelledby="stored-title">
        <h3 id="stored-title">${t('stored')}</h3>
        ${this.items ? this.renderList(t) : html`<p role="status">${t('loading')}</p>`}
      </section>
      <section aria-labelledby="write-title">
        <h3 id="write-title">${t('write')}</h3>
        <p>${t('writeIntro')}</p>
        <div class="actions">
          <button
            id="start-blank"
            @click=${() => {
              this.editing = undefined;
              this.outcome = undefined;
            }}
          >
            ${t('blank')}
          </button>
          <button
            id="start-draft"
            @click=${() => {
              this.editing = structuredClone(binheDongliDraft);
              this.outcome = undefined;
            }}
          >
            ${t('fromDraft')}
          </button>
        </div>
        ${
          this.outcome
            ? html`<p
                class=${this.outcome.ok ? 'note' : 'error'}
                role=${this.outcome.ok ? 'status' : 'alert'}
                data-outcome=${this.outcome.ok ? 'saved' : 'failed'}
              >
                ${this.outcome.text}
              </p>`
            : nothing
        }
        ${
          this.editing?.community === 'binhe-dongli'
            ? html`<p class="hint" id="invented">${t('invented')}</p>`
            : nothing
        }
        <qy-application-form
          lang=${this.locale}
          .application=${this.editing}
          .communities=${this.communities()}
          @qy-application-submit=${(e: QyApplicationSubmitEvent) => void this.onSubmit(e)}
        ></qy-application-form>
      </section>
    `;
  }

  private renderList(t: (key: Key, params?: Record<string, string | number>) => string) {
    const items = this.items ?? [];
    const selected = items.find((i) => i.application.id === this.selected);
    return html`
      <div class="scroll">
        <table id="applications">
          <thead>
            <tr>
              <th scope="col">${t('project')}</th>
              <th scope="col" class="num">${t('budget')}</th>
            </tr>
          </thead>
          <tbody>
            ${items.map(({ application: a }) => {
              const next = missingForNext(
                projectLifecycle,
                { ...projectLifecycle.initial, application: a },
                demoContext,
              );
              const project = this.roundProject(a.id);
              const vetting = this.vettingOf(a.id);
              const status = project?.status ?? 'not-in-round';
              return html`<tr
                data-application=${a.id}
                data-missing=${next.missing.length}
                data-status=${status}
                data-vetting=${vetting?.outcome ?? 'none'}
              >
                <td>
                  <button
                    aria-expanded=${this.selected === a.id ? 'true' : 'false'}
                    aria-controls="application-status"
                    @click=${() => (this.selected = this.selected === a.id ? '' : a.id)}
                  >
                    ${localize(a.title, this.locale)}
                  </button>
                  <span class="community">
                    ${t('community')}${communityNames[a.community]?.[this.locale] ?? a.community}
                  </span>
                  ${
                    a.origin
                      ? html`<span class="origin" data-origin=${a.origin.ideas.join(' ')}>
                          ${t('origin', { ideas: this.ideaTitles(a.origin.ideas) })}
                        </span>`
                      : nothing
                  }
                  <span class="round-status">
                    ${
                      project
                        ? html`${t('inRound')}${statusName(status, this.locale)} ·
                          ${vetting ? t(`vetted-${vetting.outcome}`) : t('notVetted')}`
                        : t('notInRound')
                    }
                  </span>
                  ${
                    project && status === 'submitted' && !vetting
                      ? this.actingAs === 'service-center'
                        ? html`<button class="vet" @click=${() => void this.vet(a)}>
                            ${t('vet', { title: localize(a.title, this.locale) })}
                          </button>`
                        : html`<span class="ready" data-role-step="service-center">
                            ${t('roleStep', { role: demoRoleNames['service-center'][this.locale] })}
                          </span>`
                      : nothing
                  }
                  <span class="ready">
                    ${t('ready')}${
                      next.missing.length === 0
                        ? `✓ ${t('ready-yes')}`
                        : `✕ ${t('ready-no', { count: next.missing.length })}`
                    }
                  </span>
                </td>
                <td class="num">${formatMoney(a.budget.total, this.locale)}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      <div id="application-status">
        ${
          selected
            ? html`<p class="note">${t('show')}</p>
                <qy-project-status
                  lang=${this.locale}
                  .history=${applicationHistory(
                    this.roundProject(selected.application.id)?.history,
                    selected.application,
                    selected.at,
                  )}
                  .bodies=${demoBodies}
                  .documents=${demoContext}
                ></qy-project-status>`
            : nothing
        }
      </div>
    `;
  }
}
