import type { Locale } from '@qingyuan/core';
import '@qingyuan/elements/define/ranking-table.js';
import { css, html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { BoxClient } from './box-client.js';
import { consoleText } from './console-messages.js';
import { consoleStyles } from './console.styles.js';
import type { MeetingAnswer, Turnout } from './meeting-panel.js';
import { titleOf } from './meeting-title.js';
import { renderRefusal } from './refusal-view.js';

/**
 * The projector view of a meeting: its title, the turnout and the live ranking in big type,
 * on the whole screen (the "Full screen" button or the F key; Esc leaves it). The ranking is
 * `<qy-ranking-table box meeting>`, so it follows the box's live stream by itself.
 *
 * @example
 * html`<qy-console-projector .box=${box} meeting="pilot-2007" locale="zh-CN"></qy-console-projector>`
 */
@customElement('qy-console-projector')
export class QyConsoleProjector extends LitElement {
  static override styles = [
    consoleStyles,
    css`
      :host {
        background: #fff;
        font-size: clamp(1.1rem, 2.2vw, 2rem);
        padding: 1rem;
        min-height: 100vh;
      }
      h2 {
        font-size: 1.6em;
      }
      .turnout {
        font-size: 2em;
        font-weight: 700;
        margin: 0.25em 0 0.5em;
      }
      qy-ranking-table {
        display: block;
        /* Big on a projector, yet every column fits the screen's width. */
        font-size: clamp(1rem, 1.45vw, 1.75rem);
        max-width: 100%;
        overflow-x: auto;
      }
      nav {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin-bottom: 1rem;
      }
      nav button,
      nav a.button {
        font-size: 1rem;
        margin: 0;
      }
    `,
  ];

  @property({ attribute: false }) box!: BoxClient;
  @property() meeting = '';
  @property() locale: Locale = 'en';
  @state() private answer: MeetingAnswer | undefined;
  @state() private error: unknown;
  private events: EventSource | undefined;
  private readonly onKey = (event: KeyboardEvent) => {
    const target = event.composedPath()[0] as HTMLElement | undefined;
    if (target?.matches?.('input, textarea, select')) return;
    if (event.key === 'f' || event.key === 'F') void this.fullScreen();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
    this.events = new EventSource(`/meetings/${encodeURIComponent(this.meeting)}/events`);
    this.events.addEventListener('turnout', (event) => {
      const turnout = JSON.parse((event as MessageEvent<string>).data) as Turnout;
      if (this.answer !== undefined) this.answer = { ...this.answer, turnout };
    });
    document.addEventListener('keydown', this.onKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.events?.close();
    document.removeEventListener('keydown', this.onKey);
  }

  private async load(): Promise<void> {
    try {
      this.answer = await this.box.json<MeetingAnswer>(
        `/meetings/${encodeURIComponent(this.meeting)}`,
      );
    } catch (error) {
      this.error = error;
    }
  }

  private async fullScreen(): Promise<void> {
    if (document.fullscreenElement === null) await this.requestFullscreen().catch(() => undefined);
  }

  protected override render() {
    const t = consoleText(this.locale);
    const a = this.answer;
    return html`<nav>
        <a class="button secondary" href="#/meetings/${encodeURIComponent(this.meeting)}"
          >${t('leaveProjector')}</a
        >
        <button class="secondary" @click=${this.fullScreen}>${t('fullScreen')}</button>
      </nav>
      ${renderRefusal(this.error)}
      ${
        a === undefined
          ? html``
          : html`<h2>
                ${titleOf(a.meeting.title as Record<string, string> | undefined, a.id, this.locale)}
              </h2>
              <p class="turnout" role="status" aria-live="polite" id="projector-turnout">
                ${t('projectorTurnout', { voted: a.turnout.voted, codes: a.turnout.codes })}
              </p>
              <qy-ranking-table
                lang=${this.locale}
                box=${location.origin}
                meeting=${a.id}
              ></qy-ranking-table>`
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qy-console-projector': QyConsoleProjector;
  }
}
