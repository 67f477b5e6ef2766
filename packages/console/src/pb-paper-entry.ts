import type { Locale } from '@qingyuan/core';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { BoxRefusal, type BoxClient } from './box-client.js';
import { consoleText, type ConsoleMessageKey, type ConsoleText } from './console-messages.js';
import { consoleStyles } from './console.styles.js';
import { titleOf } from './meeting-title.js';
import {
  paperBallotBody,
  paperEntryKind,
  type PbBallotFormat,
  type ReconciledPaper,
} from './pb-paper-ballot.js';
import { StepFeedback } from './step-feedback.js';

type Text = Record<string, string> | string;

/** What the entry form needs of the election's ballot sheet. */
export interface PaperSheet {
  rules: { format: PbBallotFormat };
  projects: { id: string; title?: Text; district?: string }[];
  districts?: Record<string, Text>;
}

/** What an entry is told about "which entry is this", by {@link paperEntryKind}. */
const kindWords: Record<string, ConsoleMessageKey> = {
  none: 'pbPaperAsk',
  first: 'pbPaperFirst',
  second: 'pbPaperSecond',
  again: 'pbPaperAgain',
  further: 'pbPaperFurther',
};

const fieldWords: Record<string, ConsoleMessageKey> = {
  district: 'pbFieldDistrict',
  projects: 'pbFieldProjects',
  points: 'pbFieldPoints',
};

/**
 * One paper ballot entered by an officer (`POST …/paper-ballots`), one at a time: its printed
 * number, the district marked and the projects marked in the sheet's format (ticks; points;
 * ranks). As the number is typed the form says which entry this is — the first, the second
 * (another officer entered it first), or a correction of the officer's own — from the box's
 * reconciliation. After the box took it, it says where the paper ballot stands (waiting,
 * counted, or which fields differ), empties the form and puts the cursor back on the number
 * for the next ballot; a refusal (a rule of the ballot, a certified count) in the box's words.
 * Fires `qy-console-paper-entered`.
 *
 * @example
 * html`<qy-console-pb-paper-entry .box=${box} base=${base} .sheet=${sheet} .papers=${papers} me="cr-1" locale="en"></qy-console-pb-paper-entry>`
 */
@customElement('qy-console-pb-paper-entry')
export class QyConsolePbPaperEntry extends LitElement {
  static override styles = consoleStyles;

  @property({ attribute: false }) box!: BoxClient;
  /** The election's address on the box (`/organizations/…/pb-elections/…`). */
  @property() base = '';
  @property({ attribute: false }) sheet!: PaperSheet;
  /** The box's reconciliation of the paper ballots entered so far. */
  @property({ attribute: false }) papers: readonly ReconciledPaper[] = [];
  /** The credential id of the officer signed in, when known. */
  @property() me: string | undefined;
  @property() locale: Locale = 'en';
  @state() private number = '';
  @state() private district = '';
  private readonly steps = new StepFeedback<'paper'>(this, 'last');

  protected override render() {
    const t = consoleText(this.locale);
    const format = this.sheet.rules.format;
    const districts = [
      ...new Set(this.sheet.projects.flatMap((p) => (p.district ? [p.district] : []))),
    ];
    const shown = this.sheet.projects.filter(
      (p) => p.district === undefined || p.district === this.district,
    );
    const kind = paperEntryKind(this.papers, this.number, this.me);
    return html`<form @submit=${this.enter} novalidate aria-labelledby="pb-paper-title">
        <label for="pb-paper-number">${t('pbPaperNumber')}</label>
        <input
          id="pb-paper-number"
          name="number"
          type="text"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="pb-paper-which"
          .value=${this.number}
          @input=${(e: Event) => (this.number = (e.target as HTMLInputElement).value)}
        />
        <p id="pb-paper-which" class="help" aria-live="polite" data-kind=${kind}>
          ${t(kindWords[kind]!, { number: this.number.trim() })}
        </p>
        ${
          districts.length > 0
            ? html`<label for="pb-paper-district">${t('pbPaperDistrict')}</label>
                <select
                  id="pb-paper-district"
                  name="district"
                  @change=${(e: Event) => (this.district = (e.target as HTMLSelectElement).value)}
                >
                  <option value="" ?selected=${this.district === ''}>
                    ${t('pbPaperNoDistrict')}
                  </option>
                  ${districts.map(
                    (d) =>
                      html`<option value=${d} ?selected=${this.district === d}>
                        ${titleOf(this.sheet.districts?.[d] ?? null, d, this.locale)}
                      </option>`,
                  )}
                </select>`
            : nothing
        }
        <fieldset>
          <legend>${t('pbPaperProjects')}</legend>
          ${shown.map((project, i) => this.renderMark(t, format, project, i))}
        </fieldset>
        <button type="submit" ?disabled=${this.steps.isBusy('paper')}>${t('pbPaperEnter')}</button>
      </form>
      ${this.steps.render('paper')}`;
  }

  /** One project's mark: a tick, or a number field (points, rank) labelled with its name. */
  private renderMark(
    t: ConsoleText,
    format: PbBallotFormat,
    project: PaperSheet['projects'][number],
    i: number,
  ) {
    const name = `${titleOf(project.title ?? null, project.id, this.locale)} (${project.id})`;
    if (format === 'approval' || format === 'knapsack') {
      return html`<label class="inline">
        <input type="checkbox" data-project=${project.id} />
        <span>${name}</span>
      </label>`;
    }
    const id = `pb-mark-${i}`;
    return html`<label for=${id}
        >${name} · ${t(format === 'cumulative' ? 'pbPaperPoints' : 'pbPaperRank')}</label
      >
      <input
        id=${id}
        type="number"
        min=${format === 'cumulative' ? 0 : 1}
        step="1"
        data-project=${project.id}
      />`;
  }

  private async enter(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const marks = new Map<string, boolean | string>();
    for (const input of form.querySelectorAll<HTMLInputElement>('input[data-project]')) {
      marks.set(input.dataset.project!, input.type === 'checkbox' ? input.checked : input.value);
    }
    const t = consoleText(this.locale);
    await this.steps.run('paper', async () => {
      const built = paperBallotBody(this.sheet.rules.format, {
        number: this.number,
        district: this.district,
        marks,
      });
      if (!built.ok) {
        const [first, ...rest] = built.problems.map((p) => t(p.key, p.params));
        throw new BoxRefusal(0, first!, rest);
      }
      const answer = await this.box.json<{ number: string; paper: ReconciledPaper }>(
        `${this.base}/paper-ballots`,
        { method: 'POST', body: built.body },
      );
      form.reset();
      this.number = '';
      this.district = '';
      this.dispatchEvent(new Event('qy-console-paper-entered', { bubbles: true, composed: true }));
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLInputElement>('#pb-paper-number')?.focus(),
      );
      const { number, paper } = answer;
      return (w) =>
        paper.status === 'matched'
          ? w('pbPaperMatched', { number })
          : paper.status === 'waiting'
            ? w('pbPaperWaiting', { number })
            : w('pbPaperMismatched', {
                number,
                fields: paper.mismatches.map((m) => w(fieldWords[m.field]!)).join(', '),
              });
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qy-console-pb-paper-entry': QyConsolePbPaperEntry;
  }
}
