import { type Locale, messageIn, type Catalogs } from '@qingyuan/core';
import { LitElement, css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { demoApi, type DemoSession } from './api/demo-api.js';
import { demoRoleNames, demoRoles, isDemoRole, type DemoRole } from './api/demo-roles.js';
import { demoRoutes, parseRoute, signRoute, voteRoute, type DemoRoute } from './demo-routes.js';

const catalog: Catalogs<
  | 'heading'
  | 'tagline'
  | 'switch'
  | 'reset'
  | 'resetConfirm'
  | 'nav'
  | 'offline'
  | 'footer'
  | 'actingAs'
> = {
  'zh-CN': {
    heading: '清源参与式社区治理',
    tagline: '一个社区的一年：开放空间会议、需求调查、项目申请、评审会、资助、执行和结项。',
    switch: 'English',
    reset: '重置演示数据',
    resetConfirm: '清除投票和调整，重新开始演示？',
    nav: '流程',
    offline: '无法连接投票箱：{message}',
    footer:
      '演示数据：社区和项目取自清源街道案例，日程也按案例：2007 年 8 月至 9 月底座谈、需求调查和培训，9 月底至 11 月底确定和实施项目；与会者、选票、金额和具体日期为虚构。',
    actingAs: '当前身份',
  },
  en: {
    heading: 'Qingyuan participatory community governance',
    tagline:
      "A community's year: an Open Space session, needs survey, applications, review meeting, funding, execution and closing.",
    switch: '中文',
    reset: 'Reset the demo',
    resetConfirm: 'Clear the votes and changes and start the demo again?',
    nav: 'The cycle',
    offline: 'The ballot box cannot be reached: {message}',
    footer:
      'Demo data: communities and projects from the Qingyuan case study, on its 2007 calendar: forums, needs survey and trainings from August to the end of September, projects chosen and carried out from the end of September to the end of November; attendees, ballots, amounts and the exact days are made up.',
    actingAs: 'Acting as',
  },
};

/** The demo's shell: header with language switch and reset, the cycle's navigation, one screen. */
export class DemoApp extends LitElement {
  static override styles = css`
    :host {
      display: block;
      max-width: 64rem;
      margin: 0 auto;
      padding: 0.75rem;
    }
    header {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
      justify-content: space-between;
    }
    h1 {
      font-size: 1.4rem;
      margin: 0.25rem 0;
    }
    .tagline {
      margin: 0;
      color: #57606a;
    }
    button {
      font: inherit;
      min-height: 44px;
      padding: 0.5rem 1rem;
      border-radius: 8px;
      border: 1px solid #8c959f;
      background: #fff;
      color: #1f2328;
      cursor: pointer;
    }
    :focus-visible {
      outline: 3px solid #0969da;
      outline-offset: 2px;
    }
    nav ol {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      padding: 0;
      margin: 0.75rem 0;
      list-style: none;
      counter-reset: step;
    }
    nav a {
      display: inline-flex;
      align-items: center;
      min-height: 44px;
      padding: 0 0.75rem;
      border-radius: 999px;
      border: 1px solid #d0d7de;
      color: #0550ae;
      text-decoration: none;
      background: #fff;
    }
    nav a[aria-current='page'] {
      background: #0550ae;
      border-color: #0550ae;
      color: #fff;
      font-weight: 600;
    }
    main {
      background: #fff;
      border-radius: 12px;
      padding: 0.75rem 1rem 1rem;
      border: 1px solid #d0d7de;
    }
    label.role {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.5rem;
    }
    label.role select {
      font: inherit;
      min-height: 44px;
      max-width: 100%;
      border-radius: 8px;
      border: 1px solid #8c959f;
      background: #fff;
      padding: 0 0.5rem;
    }
    .header-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    .error {
      border: 2px solid #a40e26;
      border-radius: 8px;
      padding: 0.5rem 0.75rem;
    }
    footer {
      color: #57606a;
      font-size: 0.85rem;
      margin-top: 1rem;
    }
  `;

  @state() private locale: Locale = 'zh-CN';
  @state() private route: DemoRoute = parseRoute(location.hash);
  @state() private session: DemoSession | undefined;
  @state() private error = '';
  /** Who the person at this browser acts as; each role has its own credential of the round. */
  @state() private actingAs: DemoRole = 'organizer';

  private readonly onHash = () => {
    this.route = parseRoute(location.hash);
    void this.updateComplete.then(() =>
      (this.renderRoot.querySelector('main > *') as HTMLElement | null)?.shadowRoot
        ?.querySelector<HTMLElement>('#screen-title')
        ?.focus(),
    );
  };

  override connectedCallback(): void {
    super.connectedCallback();
    const saved = localStorage.getItem('qy-demo-locale');
    if (saved === 'en' || saved === 'zh-CN') this.locale = saved;
    const role = localStorage.getItem('qy-demo-role');
    if (isDemoRole(role)) this.actingAs = role;
    document.documentElement.lang = this.locale;
    addEventListener('hashchange', this.onHash);
    void this.loadSession();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.onHash);
  }

  private async loadSession(): Promise<void> {
    const result = await demoApi.session();
    if (result.ok) this.session = result.value;
    else this.error = result.message;
  }

  private async toggleLocale(): Promise<void> {
    this.locale = this.locale === 'zh-CN' ? 'en' : 'zh-CN';
    localStorage.setItem('qy-demo-locale', this.locale);
    // The elements watch `lang` changes in the light DOM only, so they learn of the switch from
    // <html lang>; change it once every screen below has re-rendered with its new `lang`.
    await this.updateComplete;
    setTimeout(() => (document.documentElement.lang = this.locale));
  }

  private switchRole(event: Event): void {
    const role = (event.target as HTMLSelectElement).value;
    if (!isDemoRole(role)) return;
    this.actingAs = role;
    localStorage.setItem('qy-demo-role', role);
  }

  private async reset(): Promise<void> {
    if (!confirm(messageIn(catalog, this.locale, 'resetConfirm'))) return;
    const result = await demoApi.reset();
    if (!result.ok) {
      this.error = result.message;
      return;
    }
    this.session = undefined;
    await this.updateComplete;
    await this.loadSession();
    location.hash = '#/open-space';
  }

  override render() {
    const t = (key: keyof (typeof catalog)['en'], params?: Record<string, string>) =>
      messageIn(catalog, this.locale, key, params);
    const current =
      this.route.screen === 'vote'
        ? voteRoute
        : this.route.screen === 'sign'
          ? signRoute
          : demoRoutes.find((r) => r.id === this.route.screen);
    return html`
      <header lang=${this.locale}>
        <div>
          <h1>${t('heading')}</h1>
          <p class="tagline">${t('tagline')}</p>
        </div>
        <div class="header-actions">
          <label class="role"
            >${t('actingAs')}
            <select id="role" @change=${this.switchRole}>
              ${demoRoles.map(
                (role) =>
                  html`<option value=${role} ?selected=${role === this.actingAs}>
                    ${demoRoleNames[role][this.locale]}
                  </option>`,
              )}
            </select>
          </label>
          <button @click=${this.toggleLocale} lang=${this.locale === 'zh-CN' ? 'en' : 'zh-CN'}>
            ${t('switch')}
          </button>
          <button @click=${this.reset}>${t('reset')}</button>
        </div>
      </header>
      <nav aria-label=${t('nav')} lang=${this.locale}>
        <ol>
          ${demoRoutes.map(
            (r, i) =>
              html`<li>
                <a href="#/${r.id}" aria-current=${r.id === this.route.screen ? 'page' : nothing}
                  >${i + 1}. ${r.label[this.locale]}</a
                >
              </li>`,
          )}
        </ol>
      </nav>
      <main lang=${this.locale}>
        ${
          this.error
            ? html`<p class="error" role="alert">${t('offline', { message: this.error })}</p>`
            : nothing
        }
        ${this.session && current ? current.render(this.locale, this.session, this.route, this.actingAs) : nothing}
      </main>
      <footer lang=${this.locale}>${t('footer')}</footer>
    `;
  }
}
