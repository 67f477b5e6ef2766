import {
  formatMoney,
  type GovernanceBody,
  type Locale,
  type Money,
  type Participant,
  type ResultsSummarySheet,
} from '@qingyuan/core';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { BoxRefusal, type BoxClient } from './box-client.js';
import {
  consoleText,
  counted,
  logKindNames,
  projectStatusNames,
  textFor,
  vettingNames,
  type ConsoleText,
} from './console-messages.js';
import { consoleStyles } from './console.styles.js';
import { renderBackLink } from './back-link.js';
import { downloadAnswer } from './download.js';
import { formatTime } from './format-time.js';
import './funding-step.js';
import type { FundingStepRound } from './funding-step.js';
import { titleOf } from './meeting-title.js';
import { PanelLoad } from './panel-load.js';
import { renderPanelHeader } from './panel-header.js';
import { renderRefusal } from './refusal-view.js';
import { reviewMeetingDraft, type AgendaProject } from './review-meeting-draft.js';
import { StepFeedback } from './step-feedback.js';

type Text = Record<string, string>;

/** What the console reads of a round's export (`GET …/rounds/:round/export`). */
interface RoundExportView {
  round: {
    id: string;
    title?: Text;
    year: number;
    fund: { amount: Money };
    meetings: string[];
  };
  applications: { id: string; title: Text; community: string }[];
  vettings: { id: string; application: string; outcome: string; reasons: Text[] }[];
  summarySheets: ResultsSummarySheet[];
  decisions: {
    id: string;
    meeting: string;
    decidedAt: string;
    grants: { project: string; amount: Money }[];
    departures: { project: string; reason: Text }[];
    opinions: { by: string; text: Text }[];
  }[];
  projects: { id: string; status: string }[];
  log: {
    seq: number;
    kind: string;
    at: string;
    data: { bodies?: GovernanceBody[]; participants?: Participant[] };
  }[];
}

/** The review meeting's agenda (`GET …/rounds/:round/agenda`). */
interface Agenda {
  projects: AgendaProject[];
  returned: { application: string; reasons: Text[] }[];
  notVetted: string[];
}

type Step = 'vetting' | 'review' | 'export';

/**
 * One round of the organisation: its applications with their status and vetting (accept or
 * return with a reason, `POST …/vettings`), the agenda built from the vetted ones and the review
 * meeting created from it (`POST /meetings`, then `POST …/reviews` links it; the meeting's own
 * page takes over), the funding decision, the hash-chained round log, and the export. Everything
 * is read from the round's export, so what is shown is what the box recorded.
 *
 * @example
 * html`<qy-console-round .box=${box} organization="default" round="qingyuan-2007" locale="en"></qy-console-round>`
 */
@customElement('qy-console-round')
export class QyConsoleRound extends LitElement {
  static override styles = consoleStyles;

  @property({ attribute: false }) box!: BoxClient;
  @property() organization = 'default';
  @property() round = '';
  @property() locale: Locale = 'en';
  @state() private data: RoundExportView | undefined;
  @state() private agenda: Agenda | undefined;
  /** What the funding step needs, made once per read (a new object makes it read again). */
  @state() private funding: FundingStepRound | undefined;
  @state() private createdMeeting: string | undefined;
  private readonly loading = new PanelLoad(this, async () => {
    const [data, agenda] = await Promise.all([
      this.box.json<RoundExportView>(`${this.base}/export`),
      this.box.json<Agenda>(`${this.base}/agenda`),
    ]);
    this.data = data;
    this.agenda = agenda;
    this.funding = {
      round: data.round,
      summarySheets: data.summarySheets,
      decisions: data.decisions,
      bodies: data.log[0]?.data.bodies ?? [],
      participants: data.log[0]?.data.participants ?? [],
    };
  });
  private readonly steps = new StepFeedback<Step>(this, 'last');

  private get base(): string {
    return `/organizations/${encodeURIComponent(this.organization)}/rounds/${encodeURIComponent(this.round)}`;
  }

  /** Reads the round's export and agenda again. */
  load(): Promise<void> {
    return this.loading.run();
  }

  /** The members of the round's service center (who may vet and link a review). */
  private centerMembers(): string[] {
    const bodies = this.data?.log[0]?.data.bodies ?? [];
    return bodies
      .filter((body) => body.kind === 'service-center')
      .flatMap((body) => body.members.map((member) => member.participant));
  }

  private centerBody(): string | undefined {
    return this.data?.log[0]?.data.bodies?.find((body) => body.kind === 'service-center')?.id;
  }

  private nameOf(participant: string): string {
    const found = this.data?.log[0]?.data.participants?.find((p) => p.id === participant);
    if (found === undefined) return participant;
    return `${titleOf(found.name, participant, this.locale)} (${participant})`;
  }

  protected override render() {
    const t = consoleText(this.locale);
    const back = renderBackLink('#/rounds', t('backToRounds'));
    if (this.data === undefined) {
      return html`${back}${renderRefusal(this.loading.error)}`;
    }
    const round = this.data.round;
    return html`${back}
    ${renderPanelHeader({
      titleId: 'round-title',
      title: titleOf(round.title ?? null, round.id, this.locale),
      facts: html`<p>
        <span class="help">${round.id}</span> · ${t('roundYear', { year: round.year })} ·
        ${t('fund')}:
        <span id="round-fund">${formatMoney(round.fund.amount, this.locale)}</span>
      </p>`,
      reload: { label: t('refresh'), run: () => void this.load(), error: this.loading.error },
    })}
    ${this.renderApplications(t)} ${this.renderAgenda(t)} ${this.renderDecision(t)}
    ${this.renderLog(t)}`;
  }

  private renderApplications(t: ConsoleText) {
    const data = this.data!;
    const members = this.centerMembers();
    const status = new Map(data.projects.map((p) => [p.id, p.status]));
    return html`<section aria-labelledby="applications-title">
      <h2 id="applications-title">${t('applications')}</h2>
      ${data.applications.length === 0 ? html`<p>${t('noApplications')}</p>` : nothing}
      ${
        data.applications.length > 0 && members.length === 0
          ? html`<p class="error">${t('noServiceCenter')}</p>`
          : nothing
      }
      <ul class="applications">
        ${data.applications.map((application) => {
          const title = titleOf(application.title, application.id, this.locale);
          const vettings = data.vettings.filter((v) => v.application === application.id);
          const last = vettings.at(-1);
          const projectStatus = status.get(application.id) ?? 'submitted';
          return html`<li data-application=${application.id}>
            <strong>${title}</strong>
            <span class="help">${application.id} · ${application.community}</span>
            <span class="status">${textFor(t, projectStatusNames, projectStatus)}</span>
            ${
              last !== undefined
                ? html`<span class="vetting">${textFor(t, vettingNames, last.outcome)}</span>
                    ${last.reasons.map(
                      (reason) =>
                        html`<span class="help">${titleOf(reason, '', this.locale)}</span>`,
                    )}`
                : nothing
            }
            ${
              projectStatus === 'submitted' && last === undefined && members.length > 0
                ? this.renderVetForm(t, application.id, title, members)
                : nothing
            }
          </li>`;
        })}
      </ul>
      ${this.steps.render('vetting')}
    </section>`;
  }

  private renderVetForm(t: ConsoleText, application: string, title: string, members: string[]) {
    const key = application.replace(/[^A-Za-z0-9_-]/g, '_');
    return html`<form
      class="vet"
      aria-label=${t('vetTitle', { title })}
      @submit=${(event: SubmitEvent) => this.vet(event, application)}
      novalidate
    >
      <label for="vet-by-${key}">${t('vetBy')}</label>
      <select id="vet-by-${key}" name="by">
        ${members.map((member) => html`<option value=${member}>${this.nameOf(member)}</option>`)}
      </select>
      <label for="vet-reason-${key}">${t('reason')}</label>
      <textarea id="vet-reason-${key}" name="reason" rows="2"></textarea>
      <div class="actions">
        <button
          type="submit"
          name="outcome"
          value="accepted"
          ?disabled=${this.steps.isBusy('vetting')}
        >
          ${t('accept')}
        </button>
        <button
          type="submit"
          class="secondary"
          name="outcome"
          value="returned"
          ?disabled=${this.steps.isBusy('vetting')}
        >
          ${t('refuse')}
        </button>
      </div>
    </form>`;
  }

  private renderAgenda(t: ConsoleText) {
    const agenda = this.agenda;
    const data = this.data!;
    const members = this.centerMembers();
    // The accepted applications no review meeting has taken up yet.
    const status = new Map(data.projects.map((p) => [p.id, p.status]));
    const waiting = (agenda?.projects ?? []).filter(
      (project) => (status.get(project.id) ?? 'submitted') === 'submitted',
    );
    const taken = data.round.meetings.length;
    const meetingId = `${this.round}-review${taken === 0 ? '' : `-${taken + 1}`}`;
    const draft =
      waiting.length > 0
        ? JSON.stringify(reviewMeetingDraft(meetingId, data.round.title, waiting), null, 2)
        : '';
    return html`<section aria-labelledby="agenda-title">
      <h2 id="agenda-title">${t('agendaTitle')}</h2>
      <p class="help">${t('agendaHelp')}</p>
      ${
        agenda === undefined || agenda.projects.length === 0
          ? html`<p>${t('agendaEmpty')}</p>`
          : html`<ol class="agenda">
              ${agenda.projects.map(
                (project) =>
                  html`<li data-project=${project.id}>
                    ${titleOf(project.title, project.id, this.locale)}
                    <span class="help"
                      >${project.id} ·
                      ${t('applicationRequested', { amount: formatMoney(project.requested, this.locale) })}</span
                    >
                  </li>`,
              )}
            </ol>`
      }
      ${
        agenda !== undefined && agenda.returned.length > 0
          ? html`<p class="help">
              ${t('returnedOff', {
                applications: agenda.returned.map((r) => r.application).join(', '),
              })}
            </p>`
          : nothing
      }
      ${
        agenda !== undefined && agenda.notVetted.length > 0
          ? html`<p class="help">
              ${t('notVettedOff', { applications: agenda.notVetted.join(', ') })}
            </p>`
          : nothing
      }
      <h3>${t('reviewMeetings')}</h3>
      ${
        data.round.meetings.length === 0
          ? html`<p>${t('noReviewMeetings')}</p>`
          : html`<ul class="meetings">
              ${data.round.meetings.map(
                (meeting) =>
                  html`<li><a href="#/meetings/${encodeURIComponent(meeting)}">${meeting}</a></li>`,
              )}
            </ul>`
      }
      ${
        draft !== '' && members.length > 0
          ? html`<form @submit=${this.createReview} novalidate>
              <p class="help">${t('reviewWho')}</p>
              <label for="review-id">${t('reviewMeetingId')}</label>
              <input
                id="review-id"
                name="meeting"
                type="text"
                autocomplete="off"
                spellcheck="false"
                value=${meetingId}
              />
              <label for="review-document">${t('reviewMeetingDoc')}</label>
              <textarea id="review-document" name="document" spellcheck="false" rows="12">
${draft}</textarea>
              <label for="review-by">${t('reviewBy')}</label>
              <select id="review-by" name="by">
                ${members.map(
                  (member) => html`<option value=${member}>${this.nameOf(member)}</option>`,
                )}
              </select>
              <button type="submit" ?disabled=${this.steps.isBusy('review')}>
                ${this.steps.isBusy('review') ? t('working') : t('createReview')}
              </button>
            </form>`
          : nothing
      }
      ${this.steps.render('review')}
      ${
        this.createdMeeting !== undefined
          ? html`<p>
              <a
                class="button secondary"
                href="#/meetings/${encodeURIComponent(this.createdMeeting)}"
                >${t('open')}: ${this.createdMeeting}</a
              >
            </p>`
          : nothing
      }
    </section>`;
  }

  private renderDecision(t: ConsoleText) {
    const data = this.data!;
    return html`<section aria-labelledby="decision-title">
      <h2 id="decision-title">${t('decisionTitle')}</h2>
      ${
        data.summarySheets.length > 0
          ? html`<p>
              ${t('summarySheets', {
                sheets: counted(t, data.summarySheets.length, 'summarySheet'),
              })}
            </p>`
          : nothing
      }
      ${data.decisions.length === 0 ? html`<p>${t('noDecision')}</p>` : nothing}
      ${data.decisions.map(
        (decision) =>
          html`<h3>
              ${t('decisionLine', {
                decision: decision.id,
                meeting: decision.meeting,
                at: formatTime(decision.decidedAt, this.locale),
              })}
            </h3>
            <ul class="grants">
              ${decision.grants.map(
                (grant) =>
                  html`<li>
                    ${t('granted', {
                      project: this.projectTitle(grant.project),
                      amount: formatMoney(grant.amount, this.locale),
                    })}
                  </li>`,
              )}
            </ul>
            ${
              decision.departures.length > 0
                ? html`<h3>${t('departures')}</h3>
                    <ul>
                      ${decision.departures.map(
                        (d) => html`<li>${d.project}: ${titleOf(d.reason, '', this.locale)}</li>`,
                      )}
                    </ul>`
                : nothing
            }
            ${
              decision.opinions.length > 0
                ? html`<h3>${t('opinions')}</h3>
                    <ul>
                      ${decision.opinions.map(
                        (o) =>
                          html`<li>${this.nameOf(o.by)}: ${titleOf(o.text, '', this.locale)}</li>`,
                      )}
                    </ul>`
                : nothing
            }`,
      )}
      <qy-console-funding
        .box=${this.box}
        .organization=${this.organization}
        .locale=${this.locale}
        .data=${this.funding}
        @qy-console-round-changed=${() => void this.load()}
      ></qy-console-funding>
    </section>`;
  }

  private renderLog(t: ConsoleText) {
    const data = this.data!;
    return html`<section aria-labelledby="log-title">
      <h2 id="log-title">${t('logTitle')}</h2>
      <p class="help">${t('logHelp')}</p>
      <ol class="log">
        ${data.log.map(
          (entry) =>
            html`<li data-kind=${entry.kind}>
              ${t('logEntry', {
                seq: entry.seq,
                kind: textFor(t, logKindNames, entry.kind),
                at: entry.at,
              })}
            </li>`,
        )}
      </ol>
      <button @click=${this.downloadExport} ?disabled=${this.steps.isBusy('export')}>
        ${t('downloadRound')}
      </button>
      ${this.steps.render('export')}
    </section>`;
  }

  private projectTitle(id: string): string {
    const application = this.data?.applications.find((a) => a.id === id);
    return application === undefined ? id : titleOf(application.title, id, this.locale);
  }

  /** Records the vetting of `application`: the button pressed says accepted or returned. */
  private async vet(event: SubmitEvent, application: string): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const outcome =
      (event.submitter as HTMLButtonElement | null)?.value === 'returned' ? 'returned' : 'accepted';
    const by = (form.elements.namedItem('by') as HTMLSelectElement).value;
    const reason = (form.elements.namedItem('reason') as HTMLTextAreaElement).value.trim();
    if (outcome === 'returned' && reason === '') {
      this.steps.finish('vetting', { error: new Error(consoleText(this.locale)('needReason')) });
      return;
    }
    const earlier = this.data!.vettings.filter((v) => v.application === application).length;
    const vetting = {
      id: `vet-${application}${earlier === 0 ? '' : `-${earlier + 1}`}`,
      round: this.round,
      application,
      body: this.centerBody() ?? '',
      by,
      at: new Date().toISOString(),
      outcome,
      reasons: reason === '' ? [] : [{ [this.locale]: reason }],
    };
    await this.steps.run('vetting', async () => {
      await this.box.json(`${this.base}/vettings`, { method: 'POST', body: { vetting } });
      await this.load();
      return (w) =>
        w(outcome === 'accepted' ? 'vettedAccepted' : 'vettedReturned', { application });
    });
  }

  /** Creates the review meeting from the draft, then links it to the round. */
  private async createReview(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const t = consoleText(this.locale);
    const form = event.target as HTMLFormElement;
    const id = (form.elements.namedItem('meeting') as HTMLInputElement).value.trim();
    const text = (form.elements.namedItem('document') as HTMLTextAreaElement).value.trim();
    const by = (form.elements.namedItem('by') as HTMLSelectElement).value;
    let meeting: Record<string, unknown>;
    try {
      meeting = JSON.parse(text) as Record<string, unknown>;
    } catch (error) {
      this.steps.finish('review', {
        error: new Error(t('notJson', { detail: (error as Error).message })),
      });
      return;
    }
    if (id !== '') meeting = { ...meeting, id };
    const meetingId = String(meeting.id ?? '');
    await this.steps.run('review', async () => {
      this.createdMeeting = undefined;
      // A meeting created before (by the operator, whose key cannot link it) is linked as is.
      const existed = await this.meetingExists(meetingId);
      if (!existed) {
        await this.box.json('/meetings', { method: 'POST', body: { meeting, liveResults: true } });
      }
      const linked = await this.box.json<{ meeting: string; projects: string[] }>(
        `${this.base}/reviews`,
        { method: 'POST', body: { meeting: meetingId, by } },
      );
      this.createdMeeting = linked.meeting;
      await this.load();
      const n = linked.projects.length;
      return (w) =>
        w(existed ? 'reviewLinked' : 'reviewCreated', {
          meeting: linked.meeting,
          projects: counted(w, n, 'project'),
        });
    });
  }

  /** Whether the box has a meeting `id` (`GET /meetings/:id`, which anyone may read). */
  private async meetingExists(id: string): Promise<boolean> {
    if (id === '') return false;
    try {
      await this.box.request(`/meetings/${encodeURIComponent(id)}`);
      return true;
    } catch (error) {
      if (error instanceof BoxRefusal && error.status === 404) return false;
      throw error;
    }
  }

  private async downloadExport(): Promise<void> {
    const file = `${this.round}-round-export.json`;
    await this.steps.run('export', async () => {
      await downloadAnswer(this.box, `${this.base}/export`, file);
      return (w) => w('downloaded', { file });
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qy-console-round': QyConsoleRound;
  }
}
