import type { Locale } from '@qingyuan/core';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { BoxRefusal, type BoxClient } from './box-client.js';
import { consoleText, pbRuleNames, pbStatusNames, textFor } from './console-messages.js';
import { consoleStyles } from './console.styles.js';
import { KeysetList } from './keyset-list.js';
import { titleOf } from './meeting-title.js';
import { pbSheetFromPabulib } from './pb-sheet.js';
import { renderRefusal } from './refusal-view.js';

/** The rules offered at creation, as `PbRule` documents. */
const rules: Record<string, Record<string, string>> = {
  'equal-shares': { name: 'equal-shares' },
  'equal-shares-greedy': { name: 'equal-shares', completion: 'greedy' },
  greedy: { name: 'greedy' },
  'sequential-phragmen': { name: 'sequential-phragmen' },
};

/** A PB election as the box lists it (`PbElectionSummary`). */
interface PbElectionSummary {
  id: string;
  title: Record<string, string> | string | null;
  status: string;
}

/**
 * The organisation's PB elections (`GET /organizations/:id/pb-elections`, page by page) and
 * the form that creates one
 * (`POST /organizations/:id/pb-elections`) from a Pabulib `.pb` file — read into a ballot sheet
 * in the browser — or a sheet pasted as JSON, with its counting rule.
 *
 * @example
 * html`<qy-console-pb-elections .box=${box} organization="default" locale="en"></qy-console-pb-elections>`
 */
@customElement('qy-console-pb-elections')
export class QyConsolePbElections extends LitElement {
  static override styles = consoleStyles;

  @property({ attribute: false }) box!: BoxClient;
  @property() organization = 'default';
  @property() locale: Locale = 'en';
  @state() private createError: unknown;
  @state() private created: string | undefined;
  @state() private busy = false;

  private readonly list = new KeysetList<PbElectionSummary>(
    this,
    () => `/organizations/${encodeURIComponent(this.organization)}/pb-elections`,
  );

  protected override render() {
    const t = consoleText(this.locale);
    return html`<section aria-labelledby="pb-title">
        <h2 id="pb-title">${t('pbElections')}</h2>
        ${this.list.render(
          { empty: t('pbNone'), more: t('pbMore'), refresh: t('refresh') },
          (item) =>
            html`<a href="#/pb-elections/${encodeURIComponent(item.id)}"
                >${titleOf(item.title, item.id, this.locale)}</a
              >
              <span class="status">${textFor(t, pbStatusNames, item.status)}</span>
              <span class="help">${item.id}</span>`,
        )}
      </section>
      <section aria-labelledby="pb-create-title">
        <h2 id="pb-create-title">${t('pbCreateTitle')}</h2>
        <p class="help" id="pb-create-help">${t('pbCreateHelp')}</p>
        <form @submit=${this.create} novalidate>
          <label for="pb-id">${t('pbId')}</label>
          <input id="pb-id" name="id" type="text" autocomplete="off" spellcheck="false" />
          <label for="pb-file">${t('pbFile')}</label>
          <input
            id="pb-file"
            type="file"
            accept=".pb,.json,text/plain,application/json"
            @change=${this.readFile}
          />
          <label for="pb-sheet">${t('pbSheet')}</label>
          <textarea
            id="pb-sheet"
            name="sheet"
            spellcheck="false"
            aria-describedby="pb-create-help"
          ></textarea>
          <label for="pb-rule">${t('pbRule')}</label>
          <select id="pb-rule" name="rule">
            ${Object.keys(rules).map((rule) => html`<option value=${rule}>${textFor(t, pbRuleNames, rule)}</option>`)}
          </select>
          <button type="submit" ?disabled=${this.busy}>
            ${this.busy ? t('working') : t('pbCreate')}
          </button>
        </form>
        ${renderRefusal(this.createError)}
        ${
          this.created !== undefined
            ? html`<p class="ok" role="status">
                ${t('pbCreated', { election: this.created })}
                <a href="#/pb-elections/${encodeURIComponent(this.created)}">${t('open')}</a>
              </p>`
            : nothing
        }
      </section>`;
  }

  /**
   * Puts the chosen file into the sheet box as JSON: a `.pb` file is read into a sheet here,
   * so what is sent can be read and corrected first; its problems are listed with their line.
   */
  private async readFile(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file === undefined) return;
    const text = await file.text();
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#pb-sheet')!;
    const idField = this.renderRoot.querySelector<HTMLInputElement>('#pb-id')!;
    this.createError = undefined;
    if (idField.value.trim() === '') {
      idField.value = file.name.replace(/\.(pb|json)$/i, '').replace(/[^A-Za-z0-9_-]+/g, '-');
    }
    if (text.trimStart().startsWith('{')) {
      area.value = text;
      return;
    }
    const read = pbSheetFromPabulib(text, this.locale);
    if (!read.ok) {
      const t = consoleText(this.locale);
      this.createError = new BoxRefusal(0, t('pbNotSheet'), read.problems);
      return;
    }
    area.value = JSON.stringify(read.sheet, null, 2);
  }

  private async create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const t = consoleText(this.locale);
    const form = event.target as HTMLFormElement;
    const id = (form.elements.namedItem('id') as HTMLInputElement).value.trim();
    const text = (form.elements.namedItem('sheet') as HTMLTextAreaElement).value.trim();
    const rule = rules[(form.elements.namedItem('rule') as HTMLSelectElement).value];
    this.createError = undefined;
    this.created = undefined;
    if (text === '') {
      this.createError = new Error(t('pbEmpty'));
      return;
    }
    let sheet: unknown;
    try {
      sheet = JSON.parse(text);
    } catch (error) {
      this.createError = new Error(t('notJson', { detail: (error as Error).message }));
      return;
    }
    this.busy = true;
    try {
      const answer = await this.box.json<{ id: string }>(
        `/organizations/${encodeURIComponent(this.organization)}/pb-elections`,
        { method: 'POST', body: { id, sheet, rule } },
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
    'qy-console-pb-elections': QyConsolePbElections;
  }
}
