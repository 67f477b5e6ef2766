import type { Locale } from '@qingyuan/core';
import { css, html, LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { BoxClient } from './box-client.js';
import { chooseLocale, initialLocale } from './console-locale.js';
import { consoleText, roleNames, textFor } from './console-messages.js';
import { consoleStyles } from './console.styles.js';
import {
  forgetCredential,
  keptCredentials,
  storedCredential,
  storeCredential,
  switchCredential,
  type ConsoleCredential,
} from './credential-store.js';
import './meeting-list.js';
import './meeting-panel.js';
import './pb-election-list.js';
import './pb-election-panel.js';
import './round-list.js';
import './round-panel.js';
import './projector-view.js';
import './sign-in-form.js';

/**
 * Where the console is: `#/` the meetings, `#/meetings/<id>`, `#/meetings/<id>/projector`,
 * `#/rounds`, `#/rounds/<id>`, `#/pb-elections`, `#/pb-elections/<id>`.
 */
type Route =
  | { view: 'meetings' | 'rounds' | 'pb-elections' }
  | { view: 'meeting' | 'projector'; meeting: string }
  | { view: 'round'; round: string }
  | { view: 'pb-election'; election: string };

function routeOf(hash: string): Route {
  const round = /^#\/rounds(?:\/([^/]+))?$/.exec(hash);
  if (round !== null) {
    return round[1] === undefined
      ? { view: 'rounds' }
      : { view: 'round', round: decodeURIComponent(round[1]) };
  }
  const election = /^#\/pb-elections(?:\/([^/]+))?$/.exec(hash);
  if (election !== null) {
    return election[1] === undefined
      ? { view: 'pb-elections' }
      : { view: 'pb-election', election: decodeURIComponent(election[1]) };
  }
  const match = /^#\/meetings\/([^/]+)(\/projector)?$/.exec(hash);
  if (match === null) return { view: 'meetings' };
  return { view: match[2] ? 'projector' : 'meeting', meeting: decodeURIComponent(match[1]!) };
}

/**
 * The organizer console served by the ballot box at `/console/`: a language switch, sign-in,
 * then the organisation's meetings, one meeting's steps, or its projector view. The address
 * holds only the view (`#/meetings/<id>`), never the credential, which stays in this tab's
 * sessionStorage.
 *
 * @example
 * html`<qy-console></qy-console>`
 */
@customElement('qy-console')
export class QyConsole extends LitElement {
  static override styles = [
    consoleStyles,
    css`
      :host {
        background: #f6f8fa;
        min-height: 100vh;
      }
      header {
        background: #fff;
        border-bottom: 1px solid #d0d7de;
        padding: 0.5rem 1rem;
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: center;
        justify-content: space-between;
      }
      header h1 {
        font-size: 1.15rem;
        margin: 0;
      }
      .who {
        display: flex;
        flex-wrap: wrap;
        gap: 0 0.75rem;
        align-items: center;
      }
      .switch {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 0.5rem;
        align-items: center;
        margin: 0;
      }
      .switch label {
        margin: 0;
      }
      .switch select {
        min-height: 2.5rem;
        max-width: 100%;
      }
      .who button,
      .langs button {
        margin: 0;
        min-height: 2.5rem;
        padding: 0.25rem 0.75rem;
      }
      .langs {
        display: flex;
        gap: 0.25rem;
        margin: 0;
        padding: 0;
        border: 0;
      }
      .langs button[aria-pressed='true'] {
        background: #0b5cad;
        color: #fff;
      }
      nav ul {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1rem;
        list-style: none;
        margin: 0 0 1rem;
        padding: 0;
      }
      nav a {
        display: inline-block;
        min-height: 2.5rem;
        padding: 0.5rem 0.25rem;
      }
      nav a[aria-current='page'] {
        font-weight: 700;
        text-decoration-thickness: 3px;
      }
      main:focus {
        /* Focused by the program after a view change, so reading starts there; not a control. */
        outline: none;
      }
      main {
        max-width: 72rem;
        margin: 0 auto;
        padding: 1rem;
      }
      main.projector {
        max-width: none;
        padding: 0;
      }
      .skip {
        position: absolute;
        left: -999px;
      }
      .skip:focus {
        left: 1rem;
        top: 0.5rem;
        background: #fff;
        padding: 0.5rem;
        z-index: 1;
      }
    `,
  ];

  @state() private locale: Locale = initialLocale();
  @state() private credential: ConsoleCredential | undefined = storedCredential();
  /** Signing in with one more credential, the ones kept staying kept. */
  @state() private adding = false;
  @state() private route: Route = routeOf(location.hash);
  private readonly box = new BoxClient(
    () => this.credential?.token,
    () => this.locale,
  );
  private readonly onHash = () => {
    this.route = routeOf(location.hash);
    // The new view's heading gets the focus, so a keyboard user starts there.
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('main')?.focus(),
    );
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.documentElement.lang = this.locale;
    document.title = consoleText(this.locale)('appTitle');
    window.addEventListener('hashchange', this.onHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHash);
  }

  private setLocale(locale: Locale): void {
    chooseLocale(locale);
    this.locale = locale;
    document.title = consoleText(locale)('appTitle');
  }

  private signIn(event: CustomEvent<ConsoleCredential>): void {
    storeCredential(event.detail);
    this.adding = false;
    this.use(event.detail);
  }

  /** Signs out of the credential in use; the tab's next kept credential, if any, takes over. */
  private signOut(): void {
    this.use(forgetCredential());
  }

  private switchTo(event: SubmitEvent): void {
    event.preventDefault();
    const token = new FormData(event.target as HTMLFormElement).get('credential');
    this.use(switchCredential(String(token)));
  }

  /**
   * Puts `who` in use: the view stays where it was when `who` runs an organisation, moves to the
   * meeting a meeting's token runs, and returns to the start when no one is signed in. The
   * view's panels are made anew (`keyed` on the token), so they read the box as `who`.
   */
  private use(who: ConsoleCredential | undefined): void {
    this.credential = who;
    if (who === undefined) location.hash = '';
    else if (who.meeting !== undefined)
      location.hash = `#/meetings/${encodeURIComponent(who.meeting)}`;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('main')?.focus(),
    );
  }

  private describe(who: ConsoleCredential): { role: string; where: string } {
    const t = consoleText(this.locale);
    return { role: textFor(t, roleNames, who.role), where: who.organization ?? who.meeting ?? '' };
  }

  protected override render() {
    const t = consoleText(this.locale);
    const who = this.credential;
    const projector = who !== undefined && this.route.view === 'projector';
    return html`<a class="skip" href="#main" @click=${this.skip}>${t('skipToContent')}</a>
      ${
        projector
          ? ''
          : html`<header>
              <h1>${t('appTitle')}</h1>
              <div class="who">
                <div class="langs" role="group" aria-label=${t('language')}>
                  <button
                    class="secondary"
                    lang="zh-CN"
                    aria-pressed=${String(this.locale === 'zh-CN')}
                    @click=${() => this.setLocale('zh-CN')}
                  >
                    中文
                  </button>
                  <button
                    class="secondary"
                    lang="en"
                    aria-pressed=${String(this.locale === 'en')}
                    @click=${() => this.setLocale('en')}
                  >
                    English
                  </button>
                </div>
                ${who !== undefined ? this.renderWho(who) : ''}
              </div>
            </header>`
      }
      <main id="main" tabindex="-1" class=${projector ? 'projector' : ''} lang=${this.locale}>
        ${keyed(who?.token ?? '', this.renderView(who))}
      </main>`;
  }

  /** Who is signed in, the other credentials of the tab to switch to, and the way out. */
  private renderWho(who: ConsoleCredential) {
    const t = consoleText(this.locale);
    const others = keptCredentials().filter((kept) => kept.token !== who.token);
    return html`<span role="status">${t('signedInAs', this.describe(who))}</span>
      ${
        others.length > 0
          ? html`<form class="switch" @submit=${this.switchTo}>
              <label for="switch-to">${t('switchTo')}</label>
              <select id="switch-to" name="credential">
                ${others.map(
                  (other) =>
                    html`<option value=${other.token}>
                      ${t('keptCredential', { ...this.describe(other), end: other.token.slice(-4) })}
                    </option>`,
                )}
              </select>
              <button class="secondary">${t('switchCredential')}</button>
            </form>`
          : ''
      }
      ${
        this.adding
          ? html`<button class="secondary" @click=${() => (this.adding = false)}>
              ${t('cancelAdding')}
            </button>`
          : html`<button class="secondary" @click=${() => (this.adding = true)}>
              ${t('addCredential')}
            </button>`
      }
      <button class="secondary" @click=${this.signOut}>${t('signOut')}</button>`;
  }

  private skip(event: Event): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('main')?.focus();
  }

  private renderView(who: ConsoleCredential | undefined) {
    if (who === undefined || this.adding) {
      return html`<qy-console-sign-in
        .locale=${this.locale}
        @qy-console-sign-in=${this.signIn}
      ></qy-console-sign-in>`;
    }
    const route = this.route;
    if (route.view === 'projector') {
      return html`<qy-console-projector
        .box=${this.box}
        .meeting=${route.meeting}
        .locale=${this.locale}
      ></qy-console-projector>`;
    }
    if (route.view === 'meeting') {
      return html`<qy-console-meeting
        .box=${this.box}
        .meeting=${route.meeting}
        .locale=${this.locale}
      ></qy-console-meeting>`;
    }
    if (who.organization === undefined && who.meeting !== undefined) {
      return html`<qy-console-meeting
        .box=${this.box}
        .meeting=${who.meeting}
        .locale=${this.locale}
      ></qy-console-meeting>`;
    }
    const organization = who.organization ?? 'default';
    if (route.view === 'round') {
      return html`${this.renderNav('rounds')}<qy-console-round
          .box=${this.box}
          .organization=${organization}
          .round=${route.round}
          .locale=${this.locale}
        ></qy-console-round>`;
    }
    if (route.view === 'pb-election') {
      return html`${this.renderNav('pb-elections')}<qy-console-pb-election
          .box=${this.box}
          .organization=${organization}
          .election=${route.election}
          .locale=${this.locale}
        ></qy-console-pb-election>`;
    }
    if (route.view === 'pb-elections') {
      return html`${this.renderNav('pb-elections')}<qy-console-pb-elections
          .box=${this.box}
          .organization=${organization}
          .locale=${this.locale}
        ></qy-console-pb-elections>`;
    }
    if (route.view === 'rounds') {
      return html`${this.renderNav('rounds')}<qy-console-rounds
          .box=${this.box}
          .organization=${organization}
          .locale=${this.locale}
        ></qy-console-rounds>`;
    }
    return html`${this.renderNav('meetings')}<qy-console-meetings
        .box=${this.box}
        .organization=${organization}
        .locale=${this.locale}
      ></qy-console-meetings>`;
  }

  /** The sections of an organisation: its meetings, its rounds, its PB elections. */
  private renderNav(current: 'meetings' | 'rounds' | 'pb-elections') {
    const t = consoleText(this.locale);
    const link = (section: typeof current, href: string, label: string) =>
      html`<li>
        <a href=${href} aria-current=${current === section ? 'page' : 'false'}>${label}</a>
      </li>`;
    return html`<nav aria-label=${t('sections')}>
      <ul>
        ${link('meetings', '#/', t('meetings'))} ${link('rounds', '#/rounds', t('rounds'))}
        ${link('pb-elections', '#/pb-elections', t('pbElections'))}
      </ul>
    </nav>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qy-console': QyConsole;
  }
}
