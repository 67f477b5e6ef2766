import type { Locale } from '@qingyuan/core';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { BoxClient } from './box-client.js';
import { consoleText } from './console-messages.js';
import { consoleStyles } from './console.styles.js';
import { titleOf } from './meeting-title.js';
import { KeysetList } from './keyset-list.js';
import { renderRefusal } from './refusal-view.js';

/** A round as the box lists it (`RoundSummary`). */
export interface RoundSummary {
  id: string;
  organization: string;
  subdistrict: string;
  year: number;
  title: Record<string, string> | null;
  logLength: number;
  logHead: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * The organisation's rounds (`GET /organizations/:org/rounds`, page by page) and the form that
 * creates one from a round file — `{ round, bodies, participants }`, as
 * `POST /organizations/:org/rounds` takes it. Every problem the box finds is listed with its
 * place; the text stays in the box to correct.
 *
 * @example
 * html`<qy-console-rounds .box=${box} organization="default" locale="en"></qy-console-rounds>`
 */
@customElement('qy-console-rounds')
export class QyConsoleRounds extends LitElement {
  static override styles = consoleStyles;

  @property({ attribute: false }) box!: BoxClient;
  @property() organization = 'default';
  @property() locale: Locale = 'en';
  @state() private createError: unknown;
  @state() private created: string | undefined;
  @state() private busy = false;

  private readonly list = new KeysetList<RoundSummary>(
    this,
    () => `/organizations/${encodeURIComponent(this.organization)}/rounds`,
  );

  protected override render() {
    const t = consoleText(this.locale);
    return html`<section aria-labelledby="rounds-title">
        <h2 id="rounds-title">${t('rounds')}</h2>
        ${this.list.render(
          { empty: t('noRounds'), more: t('moreRounds'), refresh: t('refresh') },
          (item) =>
            html`<a href="#/rounds/${encodeURIComponent(item.id)}"
                >${titleOf(item.title, item.id, this.locale)}</a
              >
              <span class="status">${t('roundYear', { year: item.year })}</span>
              <span class="help">${item.id}</span>`,
        )}
      </section>
      <section aria-labelledby="create-round-title">
        <h2 id="create-round-title">${t('createRoundTitle')}</h2>
        <p class="help" id="create-round-help">${t('createRoundHelp')}</p>
        <form @submit=${this.create} novalidate>
          <label for="round-file">${t('roundFile')}</label>
          <input
            id="round-file"
            type="file"
            accept=".json,application/json"
            @change=${this.readFile}
          />
          <label for="round-document">${t('roundPaste')}</label>
          <textarea
            id="round-document"
            name="document"
            spellcheck="false"
            aria-describedby="create-round-help"
          ></textarea>
          <button type="submit" ?disabled=${this.busy}>
            ${this.busy ? t('working') : t('createRound')}
          </button>
        </form>
        ${renderRefusal(this.createError)}
        ${
          this.created !== undefined
            ? html`<p class="ok" role="status">
                ${t('roundCreated', { round: this.created })}
                <a href="#/rounds/${encodeURIComponent(this.created)}">${t('open')}</a>
              </p>`
            : nothing
        }
      </section>`;
  }

  /** Puts the chosen file's text into the box, where it can be read and corrected. */
  private async readFile(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file === undefined) return;
    this.renderRoot.querySelector<HTMLTextAreaElement>('#round-document')!.value =
      await file.text();
  }

  private async create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const t = consoleText(this.locale);
    const form = event.target as HTMLFormElement;
    const text = (form.elements.namedItem('document') as HTMLTextAreaElement).value.trim();
    this.createError = undefined;
    this.created = undefined;
    if (text === '') {
      this.createError = new Error(t('emptyRound'));
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (error) {
      this.createError = new Error(t('notJson', { detail: (error as Error).message }));
      return;
    }
    this.busy = true;
    try {
      const answer = await this.box.json<RoundSummary>(
        `/organizations/${encodeURIComponent(this.organization)}/rounds`,
        { method: 'POST', body },
      );
      this.created = answer.id;
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
    'qy-console-rounds': QyConsoleRounds;
  }
}
