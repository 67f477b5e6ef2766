import '@qingyuan/elements/define/funding-decision.js';
import {
  formatMoney,
  summarySheetFrom,
  type GovernanceBody,
  type Locale,
  type Money,
  type Participant,
  type Ranking,
  type ResultsSummarySheet,
  type ReviewMeeting,
} from '@qingyuan/core';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { BoxClient } from './box-client.js';
import { consoleText, type ConsoleText } from './console-messages.js';
import { consoleStyles } from './console.styles.js';
import { titleOf } from './meeting-title.js';
import { renderRefusal } from './refusal-view.js';
import { StepFeedback } from './step-feedback.js';

/** What the funding step reads of the round's export. */
export interface FundingStepRound {
  round: { id: string; fund: { amount: Money }; meetings: string[] };
  summarySheets: ResultsSummarySheet[];
  decisions: { meeting: string }[];
  bodies: readonly GovernanceBody[];
  participants: readonly Participant[];
}

/** A review meeting of the round as the box shows it, with its ranking once published. */
interface ReviewState {
  status: string;
  meeting: ReviewMeeting;
  ranking?: Ranking;
}

const published = new Set(['published', 'funding-decided']);

/**
 * The round's funding, for each review meeting not decided yet: its results summary sheet
 * (core's `summarySheetFrom` over the published ranking) for a member of the supervision group
 * to sign off (`POST …/summary-sheets`), then `<qy-funding-decision>` in box mode for the service
 * center, with the console's credential. The box checks who may do each (a supervisor signs, the
 * service center decides) and says so in words. Fires `qy-console-round-changed` after each
 * step, so the round panel reads the round again.
 *
 * @example
 * html`<qy-console-funding .box=${box} organization="default" .data=${roundExport} locale="en"></qy-console-funding>`
 */
@customElement('qy-console-funding')
export class QyConsoleFunding extends LitElement {
  static override styles = [
    consoleStyles,
    css`
      .table-scroll {
        overflow-x: auto;
      }
      table {
        border-collapse: collapse;
        margin: 0.5rem 0;
      }
      caption {
        text-align: start;
        font-weight: 700;
      }
      th,
      td {
        text-align: start;
        padding: 0.25rem 0.75rem 0.25rem 0;
        border-bottom: 1px solid #d0d7de;
      }
      tbody th {
        font-weight: 400;
      }
      thead th,
      td.money {
        white-space: nowrap;
      }
    `,
  ];

  @property({ attribute: false }) box!: BoxClient;
  @property() organization = 'default';
  @property() locale: Locale = 'en';
  @property({ attribute: false }) data: FundingStepRound | undefined;
  @state() private reviews = new Map<string, ReviewState>();
  @state() private readError: unknown;
  private readonly steps = new StepFeedback<'sheet'>(this, 'last');
  /** When the results were read: when each sheet is prepared. */
  private readAt = '';

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('data')) void this.read();
  }

  /** The meetings still to decide, each with its status, document and published ranking. */
  private async read(): Promise<void> {
    const data = this.data;
    if (data === undefined) return;
    this.readError = undefined;
    const open = this.undecided(data);
    try {
      const read = await Promise.all(
        open.map(async (id): Promise<[string, ReviewState]> => {
          const path = `/meetings/${encodeURIComponent(id)}`;
          const view = await this.box.json<{ status: string; meeting: ReviewMeeting }>(path);
          if (!published.has(view.status)) return [id, view];
          const results = await this.box.json<{ ranking: Ranking }>(`${path}/results`);
          return [id, { ...view, ranking: results.ranking }];
        }),
      );
      this.readAt = new Date().toISOString();
      this.reviews = new Map(read);
    } catch (error) {
      this.readError = error;
    }
  }

  private undecided(data: FundingStepRound): string[] {
    const decided = new Set(data.decisions.map((decision) => decision.meeting));
    return data.round.meetings.filter((meeting) => !decided.has(meeting));
  }

  private body(kind: string): GovernanceBody | undefined {
    return this.data?.bodies.find((body) => body.kind === kind);
  }

  private nameOf(participant: string): string {
    const found = this.data?.participants.find((p) => p.id === participant);
    return found === undefined
      ? participant
      : `${titleOf(found.name, participant, this.locale)} (${participant})`;
  }

  /** The sheet of a published meeting, as the service center prepares it from the ranking. */
  private sheetOf(id: string, review: ReviewState): ResultsSummarySheet | undefined {
    if (review.ranking === undefined) return undefined;
    const center = this.body('service-center')?.members[0]?.participant;
    return summarySheetFrom(review.meeting, review.ranking, {
      id: `${id}-sheet`,
      preparedBy: center ?? this.body('supervision-group')?.members[0]?.participant ?? id,
      preparedAt: this.readAt,
    });
  }

  protected override render() {
    const data = this.data;
    if (data === undefined) return nothing;
    const t = consoleText(this.locale);
    return html`${renderRefusal(this.readError)} ${this.steps.render('sheet')}
    ${this.undecided(data).map((id, index) => {
      const review = this.reviews.get(id);
      if (review === undefined) return nothing;
      return html`<h3>${titleOf(review.meeting.title, id, this.locale)}</h3>
        ${this.renderStep(t, data, id, index, review)}`;
    })}`;
  }

  private renderStep(
    t: ConsoleText,
    data: FundingStepRound,
    id: string,
    index: number,
    review: ReviewState,
  ) {
    const sheet = this.sheetOf(id, review);
    if (sheet === undefined) return html`<p>${t('publishFirst')}</p>`;
    const signed = data.summarySheets.find((stored) => stored.meeting === id && stored.signOff);
    if (signed !== undefined) {
      return html`<p class="help">${t('decideHelp')}</p>
        <qy-funding-decision
          lang=${this.locale}
          .sheet=${signed}
          .fund=${data.round.fund.amount}
          .bodies=${data.bodies}
          .participants=${data.participants}
          decision-id=${`fd-${id}`}
          box=${location.origin}
          organization=${this.organization}
          round=${data.round.id}
          .credential=${this.box.credential ?? ''}
          @qy-funding-decision-sent=${this.changed}
        ></qy-funding-decision>`;
    }
    const supervision = this.body('supervision-group');
    const signer = `sheet-signer-${index}`;
    return html`<p class="help">${t('sheetHelp')}</p>
      <div class="table-scroll">
        <table class="sheet">
          <caption>
            ${t('sheetTitle')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t('sheetRank')}</th>
              <th scope="col">${t('sheetProject')}</th>
              <th scope="col">${t('sheetRequested')}</th>
            </tr>
          </thead>
          <tbody>
            ${sheet.rows.map(
              (row) =>
                html`<tr>
                  <td>${row.rank}</td>
                  <th scope="row">${titleOf(row.title, row.project, this.locale)}</th>
                  <td class="money">${formatMoney(row.requested, this.locale)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${
        supervision === undefined || supervision.members.length === 0
          ? html`<p class="error">${t('noSupervision')}</p>`
          : html`<form @submit=${(event: SubmitEvent) => this.sign(event, sheet, supervision.id)}>
              <label for=${signer}>${t('sheetSigner')}</label>
              <select id=${signer} name="by">
                ${supervision.members.map(
                  (member) =>
                    html`<option value=${member.participant}>
                      ${this.nameOf(member.participant)}
                    </option>`,
                )}
              </select>
              <button type="submit" ?disabled=${this.steps.isBusy('sheet')}>
                ${t('signSheet')}
              </button>
            </form>`
      }`;
  }

  private async sign(event: SubmitEvent, sheet: ResultsSummarySheet, body: string): Promise<void> {
    event.preventDefault();
    const by = ((event.target as HTMLFormElement).elements.namedItem('by') as HTMLSelectElement)
      .value;
    const signed: ResultsSummarySheet = {
      ...sheet,
      signOff: { body, by, at: new Date().toISOString() },
    };
    await this.steps.run('sheet', async () => {
      await this.box.json(
        `/organizations/${encodeURIComponent(this.organization)}/rounds/${encodeURIComponent(this.data!.round.id)}/summary-sheets`,
        { method: 'POST', body: { sheet: signed } },
      );
      this.changed();
      return (w) => w('sheetSigned', { sheet: signed.id });
    });
  }

  private readonly changed = (): void => {
    this.dispatchEvent(new Event('qy-console-round-changed', { bubbles: true, composed: true }));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'qy-console-funding': QyConsoleFunding;
  }
}
