import type { Locale } from '@qingyuan/core';
import { html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { BoxClient } from './box-client.js';
import { censusHash, censusIdentifiers } from './census-hash.js';
import { consoleText } from './console-messages.js';
import { consoleStyles } from './console.styles.js';
import { StepFeedback } from './step-feedback.js';

/** How many hashes one request carries (the box takes up to 5,000 in a body of 64 KiB). */
const HASHES_PER_REQUEST = 900;

/**
 * The census of a PB election, uploaded as a hashed list (`POST …/census { hashes }`): the
 * identifiers, from a `.txt`/`.csv` file or pasted one per line, are hashed in this browser
 * (`censusHash`, the box's own hash) and only the hashes leave it, a few hundred per request.
 * Says how many were new to the box and how many the census holds; a refusal (voting closed)
 * in the box's words. Fires `qy-console-census-added` when the box took them.
 *
 * @example
 * html`<qy-console-pb-census .box=${box} base="/organizations/default/pb-elections/pb-1" locale="en"></qy-console-pb-census>`
 */
@customElement('qy-console-pb-census')
export class QyConsolePbCensus extends LitElement {
  static override styles = consoleStyles;

  @property({ attribute: false }) box!: BoxClient;
  /** The election's address on the box (`/organizations/…/pb-elections/…`). */
  @property() base = '';
  @property() locale: Locale = 'en';
  private readonly steps = new StepFeedback<'census'>(this, 'last');

  protected override render() {
    const t = consoleText(this.locale);
    return html`<h3 id="pb-census-title">${t('pbCensusTitle')}</h3>
      <p class="help" id="pb-census-help">${t('pbCensusHelp')}</p>
      <form @submit=${this.upload} novalidate aria-labelledby="pb-census-title">
        <label for="pb-census-file">${t('pbCensusFile')}</label>
        <input
          id="pb-census-file"
          name="file"
          type="file"
          accept=".txt,.csv,text/plain,text/csv"
          aria-describedby="pb-census-help"
          @change=${this.readFile}
        />
        <label for="pb-census-text">${t('pbCensusText')}</label>
        <textarea id="pb-census-text" name="identifiers" spellcheck="false"></textarea>
        <button type="submit" ?disabled=${this.steps.isBusy('census')}>
          ${t('pbCensusUpload')}
        </button>
      </form>
      ${this.steps.render('census')}`;
  }

  /** A chosen file's lines go into the text area, where the officer sees what is sent. */
  private async readFile(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file === undefined) return;
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#pb-census-text')!;
    area.value = await file.text();
  }

  private async upload(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#pb-census-text')!;
    const identifiers = censusIdentifiers(area.value);
    await this.steps.run('census', async () => {
      if (identifiers.length === 0) throw new Error(consoleText(this.locale)('pbCensusEmpty'));
      const hashes = identifiers.map(censusHash);
      let added = 0;
      let census = 0;
      for (let i = 0; i < hashes.length; i += HASHES_PER_REQUEST) {
        const answer = await this.box.json<{ added: number; census: number }>(
          `${this.base}/census`,
          { method: 'POST', body: { hashes: hashes.slice(i, i + HASHES_PER_REQUEST) } },
        );
        added += answer.added;
        census = answer.census;
      }
      // The identifiers leave the page with the form's content.
      form.reset();
      this.dispatchEvent(new Event('qy-console-census-added', { bubbles: true, composed: true }));
      return (w) => w('pbCensusAdded', { count: identifiers.length, added, census });
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qy-console-pb-census': QyConsolePbCensus;
  }
}
