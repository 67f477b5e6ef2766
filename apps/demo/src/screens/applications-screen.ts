import {
  ApplicationSchema,
  localize,
  missingForNext,
  projectLifecycle,
  replay,
  type OpenSpaceSession,
  type Application,
  type ProjectEvent,
} from '@qingyuan/core';
import type { QyApplicationSubmitEvent } from '@qingyuan/elements';
import '@qingyuan/elements/define/application-form.js';
import '@qingyuan/elements/define/project-status.js';
import { LitElement, type PropertyValues, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { demoApi, type DemoSession } from '../api/demo-api.js';
import { pilotOpenSpaceSession } from '@qingyuan/core/examples';
import { binheDongliDraft } from '../data/pilot-applications.js';
import { communityNames } from '../data/pilot-2007.js';
import { demoBodies } from '../data/project-histories.js';
import { demoContext } from '../data/round-context.js';
import { formatFen, msg, type DemoCatalog, type DemoLocale } from '../i18n/demo-locale.js';
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
  | 'failed';

const catalog: DemoCatalog<Key> = {
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
    saved: '申请书“{title}”已存入投票箱。',
    failed: '投票箱拒收了申请书：{message}',
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
    saved: 'The application “{title}” is in the ballot box.',
    failed: 'The ballot box refused the application: {message}',
  },
};

/** A stored application as a history: saved, then submitted unless a submission rule refuses it. */
function storedHistory(application: Application, at: string): ProjectEvent[] {
  const saved: ProjectEvent[] = [
    { type: 'application-saved', at, by: 'demo-user', payload: { application } },
  ];
  // What reached the box was submitted: it is "submitted" unless a submission rule refuses it,
  // in which case it stays a draft and the status lists what is missing.
  const submitted: ProjectEvent[] = [...saved, { type: 'submitted', at, by: 'demo-user' }];
  return replay(projectLifecycle, submitted, demoContext).ok ? submitted : saved;
}

/**
 * Project applications: those in the ballot box's applications collection (the four 2007
 * pilots and later ones), each with what core's `missingForNext` says is missing before it can
 * be submitted (`<qy-project-status>`), and `<qy-application-form>` to write a new one.
 */
export class DemoApplicationsScreen extends LitElement {
  static override styles = [
    screenStyles,
    css`
      .community,
      .origin,
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

  @property() locale: DemoLocale = 'zh-CN';
  @property({ attribute: false }) session: DemoSession | undefined;

  @state() private items: { application: Application; at: string }[] | undefined;
  @state() private selected = '';
  @state() private editing: Application | undefined;
  @state() private outcome: { ok: boolean; text: string } | undefined;
  @state() private error = '';

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('session') && this.session) void this.load();
  }

  private async load(): Promise<void> {
    // An idea carried from the Open Space session: its draft, with the idea as its origin.
    const carried = ApplicationSchema.safeParse(
      JSON.parse(localStorage.getItem(carriedDraftKey) ?? 'null'),
    );
    if (carried.success) {
      localStorage.removeItem(carriedDraftKey);
      this.editing = carried.data;
      this.outcome = undefined;
    }
    const result = await demoApi.applications();
    if (!result.ok) {
      this.error = result.message;
      return;
    }
    // Later versions of an application (same id) replace earlier ones.
    const byId = new Map<string, { application: Application; at: string }>();
    for (const item of result.value.items) {
      const parsed = ApplicationSchema.safeParse(item.document);
      if (parsed.success)
        byId.set(parsed.data.id, { application: parsed.data, at: item.receivedAt });
    }
    this.items = [...byId.values()];
  }

  private async onSubmit(event: QyApplicationSubmitEvent): Promise<void> {
    if (!this.session) return;
    const { application } = event.detail;
    const saved = await demoApi.submitApplication(this.session.applications, application);
    this.outcome = saved.ok
      ? {
          ok: true,
          text: msg(catalog, this.locale, 'saved', {
            title: localize(application.title, this.locale),
          }),
        }
      : { ok: false, text: msg(catalog, this.locale, 'failed', { message: saved.message }) };
    if (saved.ok) {
      this.selected = application.id;
      await this.load();
    }
  }

  /** The titles of Open Space ideas, from the session as this browser keeps it. */
  private ideaTitles(ids: readonly string[]): string {
    const kept = localStorage.getItem(`qy-demo-open-space:${this.session?.meetingId ?? ''}`);
    const session = kept ? (JSON.parse(kept) as OpenSpaceSession) : pilotOpenSpaceSession;
    return ids
      .map((id) => {
        const idea = session.ideas.find((i) => i.id === id);
        return `“${idea ? localize(idea.title, this.locale) : id}”`;
      })
      .join(this.locale === 'en' ? ', ' : '、');
  }

  override render() {
    const t = (key: Key, params?: Record<string, string | number>) =>
      msg(catalog, this.locale, key, params);
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
        <qy-application-form
          lang=${this.locale}
          .application=${this.editing}
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
              return html`<tr data-application=${a.id} data-missing=${next.missing.length}>
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
                  <span class="ready">
                    ${t('ready')}${
                      next.missing.length === 0
                        ? `✓ ${t('ready-yes')}`
                        : `✕ ${t('ready-no', { count: next.missing.length })}`
                    }
                  </span>
                </td>
                <td class="num">
                  ${formatFen(a.budget.total.amount, this.locale, a.budget.total.currency)}
                </td>
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
                  .history=${storedHistory(selected.application, selected.at)}
                  .bodies=${demoBodies}
                  .documents=${demoContext}
                ></qy-project-status>`
            : nothing
        }
      </div>
    `;
  }
}
