import '@qingyuan/elements/define/ranking-table.js';
import '@qingyuan/elements/define/weight-editor.js';
import type { ReviewMeeting, Locale } from '@qingyuan/core';
import type { MeetingAction } from '@qingyuan/server/meeting';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { BoxClient } from './box-client.js';
import { consoleText, counted, meetingStatusNames, textFor } from './console-messages.js';
import { consoleStyles } from './console.styles.js';
import { renderBackLink } from './back-link.js';
import { downloadAnswer, downloadBlob } from './download.js';
import { verifyExportText, type ExportVerdict } from './export-verifier.js';
import { titleOf } from './meeting-title.js';
import { renderPanelHeader } from './panel-header.js';
import { renderRefusal } from './refusal-view.js';
import { StepFeedback, type StepNote } from './step-feedback.js';
import { css } from 'lit';

/** `GET /meetings/:id` as the console reads it. */
export interface MeetingAnswer {
  id: string;
  status: string;
  liveResults: boolean;
  meeting: ReviewMeeting;
  turnout: Turnout;
}

/** A meeting's turnout (`turnout` of the meeting and of its live events). */
export interface Turnout {
  codes: number;
  voted: number;
  submissions: number;
}

type Step = 'weights' | 'codes' | 'voting' | 'results' | 'export' | 'verify';

/**
 * One meeting, step by step: agree and lock the weights (`<qy-weight-editor>`, then
 * `PATCH /meetings/:id` and `POST …/lock-weights`), issue codes and download their sheet
 * (`POST …/codes` as PDF, SVG or JSON), open and close voting, watch the turnout (the meeting's
 * event stream) and the live ranking (`<qy-ranking-table box meeting>`), publish, download the
 * export and verify it — on the box (`GET …/verify`) or an export file, in the browser. Each
 * refusal is shown in words next to the step that was refused.
 *
 * @example
 * html`<qy-console-meeting .box=${box} meeting="pilot-2007" locale="zh-CN"></qy-console-meeting>`
 */
@customElement('qy-console-meeting')
export class QyConsoleMeeting extends LitElement {
  static override styles = [
    consoleStyles,
    css`
      .turnout {
        font-size: 1.25rem;
        font-weight: 600;
      }
      qy-ranking-table,
      qy-weight-editor {
        display: block;
        margin-top: 0.5rem;
      }
    `,
  ];

  @property({ attribute: false }) box!: BoxClient;
  @property() meeting = '';
  @property() locale: Locale = 'en';
  @state() private answer: MeetingAnswer | undefined;
  @state() private loadError: unknown;
  /** Each step keeps its own last note: the meeting's steps are done one after another. */
  private readonly steps = new StepFeedback<Step>(this, 'each');
  @state() private verdict: ExportVerdict | undefined;
  @state() private boxVerdict: { ok: boolean; problems: { message: string }[] } | undefined;
  private events: EventSource | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
    // The turnout and every step arrive on the meeting's event stream (same origin, public).
    this.events = new EventSource(`/meetings/${encodeURIComponent(this.meeting)}/events`);
    this.events.addEventListener('turnout', (event) => {
      const turnout = JSON.parse((event as MessageEvent<string>).data) as Turnout;
      if (this.answer !== undefined) this.answer = { ...this.answer, turnout };
      void this.load();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.events?.close();
  }

  private async load(): Promise<void> {
    try {
      this.answer = await this.box.json<MeetingAnswer>(
        `/meetings/${encodeURIComponent(this.meeting)}`,
      );
      this.loadError = undefined;
    } catch (error) {
      this.loadError = error;
    }
  }

  protected override render() {
    const t = consoleText(this.locale);
    const a = this.answer;
    if (a === undefined) {
      return html`${renderBackLink('#/', t('back'))}
      ${this.loadError !== undefined ? renderRefusal(this.loadError) : html`<p>${t('working')}</p>`}`;
    }
    const doc = a.meeting;
    const title = titleOf(
      doc.title as Record<string, string> | string | undefined,
      a.id,
      this.locale,
    );
    const voters = doc.voters.length;
    return html`${renderBackLink('#/', t('back'))}
      ${renderPanelHeader({
        titleId: 'meeting-title',
        title,
        facts: html`<p>
            ${t('status')}:
            <span class="status" id="status">${textFor(t, meetingStatusNames, a.status)}</span>
            <span class="help">${a.id}</span>
          </p>
          <p class="turnout" id="turnout" role="status" aria-live="polite">
            ${t('turnout')}:
            ${t('turnoutLine', {
              voted: a.turnout.voted,
              codes: counted(t, a.turnout.codes, 'code'),
              ballots: counted(t, a.turnout.submissions, 'ballot'),
            })}
          </p>`,
      })}

      <section aria-labelledby="weights-title">
        <h3 id="weights-title">${t('stepWeights')}</h3>
        <p class="help">${a.status === 'draft' ? t('weightsHelp') : t('weightsLocked')}</p>
        <qy-weight-editor
          lang=${this.locale}
          .meeting=${doc}
          ?locked=${a.status !== 'draft'}
          @qy-weights-lock=${this.lockWeights}
        ></qy-weight-editor>
        ${this.steps.render('weights')}
      </section>

      <section aria-labelledby="codes-title">
        <h3 id="codes-title">${t('stepCodes')}</h3>
        <p class="help">${t('codesHelp')}</p>
        <form @submit=${this.issueCodes} novalidate>
          <fieldset>
            <legend>${t('codesFor')}</legend>
            <label class="inline"
              ><input
                type="radio"
                name="kind"
                value="named"
                ?checked=${voters > 0}
                ?disabled=${voters === 0}
              />
              ${t('codesNamed', { voters })}</label
            >
            <label class="inline"
              ><input type="radio" name="kind" value="count" ?checked=${voters === 0} />
              ${t('codesCount')}</label
            >
          </fieldset>
          <label for="count">${t('count')}</label>
          <input id="count" name="count" type="number" min="1" max="1000" value="10" />
          <label for="format">${t('format')}</label>
          <select id="format" name="format">
            <option value="pdf">${t('formatPdf')}</option>
            <option value="svg">${t('formatSvg')}</option>
            <option value="json">${t('formatJson')}</option>
          </select>
          <label for="vote-url">${t('voteUrl')}</label>
          <input id="vote-url" name="voteUrl" type="text" spellcheck="false" />
          <button type="submit" ?disabled=${this.steps.isBusy('codes')}>${t('issue')}</button>
        </form>
        ${this.steps.render('codes')}
      </section>

      <section aria-labelledby="voting-title">
        <h3 id="voting-title">${t('stepVoting')}</h3>
        <button
          @click=${() => this.step('open', 'voting', (w) => w('opened'))}
          ?disabled=${this.steps.isBusy('voting')}
        >
          ${t('openVoting')}
        </button>
        <button
          @click=${() => this.step('close', 'voting', (w) => w('closed'))}
          ?disabled=${this.steps.isBusy('voting')}
        >
          ${t('closeVoting')}
        </button>
        ${this.steps.render('voting')}
      </section>

      <section aria-labelledby="results-title">
        <h3 id="results-title">${t('stepResults')}</h3>
        <a class="button secondary" href="#/meetings/${encodeURIComponent(a.id)}/projector"
          >${t('projector')}</a
        >
        <button
          @click=${() => this.step('publish', 'results', (w) => w('published'))}
          ?disabled=${this.steps.isBusy('results')}
        >
          ${t('publish')}
        </button>
        ${this.steps.render('results')}
        <qy-ranking-table
          lang=${this.locale}
          box=${location.origin}
          meeting=${a.id}
        ></qy-ranking-table>
      </section>

      <section aria-labelledby="export-title">
        <h3 id="export-title">${t('stepExport')}</h3>
        <p class="help">${t('exportHelp')}</p>
        <button @click=${this.downloadExport} ?disabled=${this.steps.isBusy('export')}>
          ${t('download')}
        </button>
        <button
          class="secondary"
          @click=${this.checkOnBox}
          ?disabled=${this.steps.isBusy('export')}
        >
          ${t('checkOnBox')}
        </button>
        ${this.steps.render('export')}
        ${
          this.boxVerdict !== undefined
            ? html`<div class=${this.boxVerdict.ok ? 'ok' : 'error'} role="status">
                <p>${t('boxSays')}</p>
                <p>
                  ${
                    this.boxVerdict.ok
                      ? t('verifyValid')
                      : t('verifyInvalid', {
                          problems: counted(t, this.boxVerdict.problems.length, 'problem'),
                        })
                  }
                </p>
                <ul>
                  ${this.boxVerdict.problems.map((p) => html`<li>${p.message}</li>`)}
                </ul>
              </div>`
            : nothing
        }
        <label for="verify-file">${t('verifyFile')}</label>
        <p class="help" id="verify-help">${t('verifyHelp')}</p>
        <input
          id="verify-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="verify-help"
          @change=${this.verifyFile}
        />
        ${
          this.verdict !== undefined
            ? html`<div class=${this.verdict.ok ? 'ok' : 'error'} role="status" id="verdict">
                ${this.verdict.header !== undefined ? html`<p>${this.verdict.header}</p>` : nothing}
                <p>${this.verdict.summary}</p>
                ${
                  this.verdict.problems.length > 0
                    ? html`<ul>
                        ${this.verdict.problems.map((p) => html`<li>${p}</li>`)}
                      </ul>`
                    : nothing
                }
              </div>`
            : nothing
        }
      </section>`;
  }

  /** A lifecycle step (`POST /meetings/:id/<step>`), its refusal in words. */
  private async step(step: MeetingAction, panel: Step, done: StepNote): Promise<void> {
    await this.steps.run(panel, async () => {
      this.answer = {
        ...this.answer!,
        ...(await this.box.json<Omit<MeetingAnswer, 'turnout'>>(
          `/meetings/${encodeURIComponent(this.meeting)}/${step}`,
          { method: 'POST', step, status: this.answer?.status },
        )),
      };
      return done;
    });
  }

  /** The agreed weights go into the meeting, then the weights are locked. */
  private async lockWeights(
    event: CustomEvent<{ weights: Record<string, number> }>,
  ): Promise<void> {
    const editor = event.target as HTMLElement & { locked: boolean };
    const a = this.answer!;
    this.steps.begin('weights');
    try {
      const meeting = {
        ...a.meeting,
        criteria: a.meeting.criteria.map((c) => ({
          ...c,
          weight: event.detail.weights[c.id] ?? c.weight,
        })),
      };
      const path = `/meetings/${encodeURIComponent(this.meeting)}`;
      await this.box.request(path, {
        method: 'PATCH',
        body: { meeting },
        step: 'patch',
        status: a.status,
      });
      const locked = await this.box.json<Omit<MeetingAnswer, 'turnout'>>(`${path}/lock-weights`, {
        method: 'POST',
        step: 'lock-weights',
        status: a.status,
      });
      this.answer = { ...a, ...locked };
      this.steps.finish('weights', { note: (w) => w('weightsLocked') });
    } catch (error) {
      // The editor locked itself; the box did not: let the weights be changed again.
      editor.locked = false;
      this.steps.finish('weights', { error });
    }
  }

  private async issueCodes(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const format = String(form.get('format') ?? 'pdf') as 'pdf' | 'svg' | 'json';
    const voteUrl = String(form.get('voteUrl') ?? '').trim();
    const named = form.get('kind') === 'named';
    const voters = this.answer!.meeting.voters.map((v) => v.id);
    const count = Number(form.get('count'));
    const body = {
      ...(named ? { voters } : { count }),
      format,
      ...(voteUrl !== '' ? { voteUrl } : {}),
    };
    await this.steps.run('codes', async () => {
      const res = await this.box.request(`/meetings/${encodeURIComponent(this.meeting)}/codes`, {
        method: 'POST',
        body,
        step: 'codes',
        status: this.answer?.status,
      });
      const file = `${this.meeting}-codes.${format}`;
      const blob = await res.blob();
      const issued = named ? voters.length : count;
      downloadBlob(blob, file);
      // The meeting (its count of codes) is read again; the step does not wait for it.
      void this.load();
      return (w) =>
        issued === 0
          ? w('issued', { file })
          : w('issuedCount', { codes: counted(w, issued, 'code'), file });
    });
  }

  private async downloadExport(): Promise<void> {
    const file = `${this.meeting}-export.json`;
    await this.steps.run('export', async () => {
      await downloadAnswer(this.box, `/meetings/${encodeURIComponent(this.meeting)}/export`, file);
      return (w) => w('downloaded', { file });
    });
  }

  private async checkOnBox(): Promise<void> {
    await this.steps.run('export', async () => {
      this.boxVerdict = undefined;
      this.boxVerdict = await this.box.json(`/meetings/${encodeURIComponent(this.meeting)}/verify`);
      return undefined;
    });
  }

  private async verifyFile(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file === undefined) return;
    this.verdict = verifyExportText(await file.text(), this.locale);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qy-console-meeting': QyConsoleMeeting;
  }
}
