import type { Locale } from '@qingyuan/core';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { BoxClient } from './box-client.js';
import { consoleText, meetingStatusNames, textFor } from './console-messages.js';
import { consoleStyles } from './console.styles.js';
import { KeysetList } from './keyset-list.js';
import { renderRefusal } from './refusal-view.js';
import { titleOf } from './meeting-title.js';

interface MeetingSummary {
  id: string;
  status: string;
  title: Record<string, string> | null;
  updatedAt: string;
}

/**
 * The organisation's meetings (`GET /organizations/:id/meetings`, page by page) and the form
 * that creates one from a meeting file or pasted JSON (`POST /meetings`). Every problem the
 * box finds in the document is listed with its place; the text stays in the box to correct.
 * Its organizer token, answered once, is shown once.
 *
 * @example
 * html`<qy-console-meetings .box=${box} organization="default" locale="en"></qy-console-meetings>`
 */
@customElement('qy-console-meetings')
export class QyConsoleMeetings extends LitElement {
  static override styles = consoleStyles;

  @property({ attribute: false }) box!: BoxClient;
  @property() organization = 'default';
  @property() locale: Locale = 'en';
  @state() private createError: unknown;
  @state() private created: { id: string; organizerToken: string } | undefined;
  @state() private busy = false;

  private readonly list = new KeysetList<MeetingSummary>(
    this,
    () => `/organizations/${encodeURIComponent(this.organization)}/meetings`,
  );

  protected override render() {
    const t = consoleText(this.locale);
    return html`<section aria-labelledby="meetings-title">
        <h2 id="meetings-title">${t('meetings')}</h2>
        ${this.list.render(
          { empty: t('noMeetings'), more: t('more'), refresh: t('refresh') },
          (item) =>
            html`<a href="#/meetings/${encodeURIComponent(item.id)}"
                >${titleOf(item.title, item.id, this.locale)}</a
              >
              <span class="status">${textFor(t, meetingStatusNames, item.status)}</span>
              <span class="help">${item.id}</span>`,
        )}
      </section>
      <section aria-labelledby="create-title">
        <h2 id="create-title">${t('createTitle')}</h2>
        <p class="help">${t('createHelp')}</p>
        <form @submit=${this.create} novalidate>
          <label for="file">${t('file')}</label>
          <input id="file" type="file" accept=".json,application/json" @change=${this.readFile} />
          <label for="document">${t('paste')}</label>
          <textarea id="document" name="document" spellcheck="false"></textarea>
          <label class="inline"
            ><input type="checkbox" name="liveResults" checked /> ${t('liveResults')}</label
          >
          <button type="submit" ?disabled=${this.busy}>
            ${this.busy ? t('working') : t('create')}
          </button>
        </form>
        ${renderRefusal(this.createError)}
        ${
          this.created !== undefined
            ? html`<div class="ok" role="status">
                <p>
                  ${t('created', { meeting: this.created.id })}
                  <a href="#/meetings/${encodeURIComponent(this.created.id)}">${t('open')}</a>
                </p>
                <p>${t('tokenOnce')}</p>
                <p class="token">${this.created.organizerToken}</p>
              </div>`
            : nothing
        }
      </section>`;
  }

  /** Puts the chosen file's text into the box, where it can be read and corrected. */
  private async readFile(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file === undefined) return;
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#document')!;
    area.value = await file.text();
  }

  private async create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const t = consoleText(this.locale);
    const form = event.target as HTMLFormElement;
    const text = (form.elements.namedItem('document') as HTMLTextAreaElement).value.trim();
    const liveResults = (form.elements.namedItem('liveResults') as HTMLInputElement).checked;
    this.createError = undefined;
    this.created = undefined;
    if (text === '') {
      this.createError = new Error(t('emptyDocument'));
      return;
    }
    let meeting: unknown;
    try {
      meeting = JSON.parse(text);
    } catch (error) {
      this.createError = new Error(t('notJson', { detail: (error as Error).message }));
      return;
    }
    this.busy = true;
    try {
      const answer = await this.box.json<{ id: string; organizerToken: string }>('/meetings', {
        method: 'POST',
        body: { meeting, liveResults },
      });
      this.created = { id: answer.id, organizerToken: answer.organizerToken };
      await this.list.load();
    } catch (error) {
      this.createError = error;
    } finally {
      this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qy-console-meetings': QyConsoleMeetings;
  }
}
