import {
  localize,
  type FundAllocation,
  type FundingViolation,
  type ReviewMeeting,
} from '@qingyuan/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { DocumentController } from '../data/document-controller.js';
import { renderLoadState } from '../data/load-state-view.js';
import { QyLoadErrorEvent } from '../events/load-error.js';
import { QySortEvent, type SortDirection } from '../events/sort.js';
import { QyElement } from '../base/qy-element.js';
import { sharedStyles } from '../base/shared-styles.js';
import { BoxRankingFeed, type BoxFeedState } from './box-ranking-feed.js';
import { LiveAnnouncer } from './live-announcer.js';
import { rankingChangesText } from './ranking-announcement.js';
import type { RankingSnapshot } from './ranking-changes.js';
import { rankingCsv } from './ranking-csv.js';
import { RankingFormat } from './ranking-format.js';
import { readRankingDocument } from './ranking-document.js';
import type { RankingData } from './ranking-input.js';
import {
  renderRankingBreakdown,
  renderRankingRow,
  type RankingRowContext,
  type RowLabels,
} from './ranking-row-view.js';
import {
  rankingRows,
  rowSignature,
  type FundingMode,
  type RankingFunding,
  type RankingRow,
} from './ranking-rows.js';
import { nextSortDirection, sortRankingRows } from './ranking-sort.js';
import { rankingMessages, type RankingMessageKey } from './ranking-table.messages.js';
import { rankingTableStyles } from './ranking-table.styles.js';

/**
 * A review meeting's ranking: rank (ties marked in text), project, each criterion's score and
 * weighted score, the total, and — with `fund` — what core's `allocateFunds` grants each project
 * in rank order (`funding-mode="skip"`, the default: a project that no longer fits is skipped
 * and a later, cheaper one can still be funded; `"strict"`: funding stops at the first project
 * that does not fit; `partial-grant`: that project gets the remainder) and the funding line
 * below the last project that gets money. With a fund, each row also shows the cumulative
 * requested amount (the running sum down the ranking) and the row where it first exceeds the
 * fund is marked in text ("Exceeds the fund (¥17,000.00)"), so a resident sees where the fund
 * runs out. Each row explains its score; columns sort; the table exports CSV and prints cleanly.
 *
 * Live updates: when a new result arrives, a polite live region says briefly what changed —
 * ballots counted, who moved up (or down) to which place, who is now (no longer) funded — and
 * nothing when nothing visible changed. Bursts are coalesced: after an announcement the region
 * stays quiet for `announce-interval` ms (2,000 by default); whatever arrives meanwhile is
 * compared with what was last announced and said once at the end of that quiet time (so a
 * change that is undone within it is not announced at all).
 *
 * Give it `{ meeting, result }` (a core tally result) or `{ meeting, ballots }` (tallied in the
 * browser with core's `tally`) as properties, as a `src` URL, or as an inline
 * `<script type="application/json">` child.
 *
 * Large meetings: all rows are rendered (so find-in-page, printing and screen readers see the
 * whole ranking) but each row is light — a few text cells, one button, no per-row listeners
 * (one delegated click handler); breakdowns are rendered only when opened; sorting reorders
 * the keyed rows (`repeat`) instead of re-creating them, and a row whose data is unchanged is
 * not re-rendered (`guard`), so a ballot arriving touches only the rows it moves.
 *
 * Wide: no column is narrower than its longest word (nothing breaks mid-word or is cut off);
 * when the columns need more room than the element has, the table scrolls sideways in a
 * focusable region named after the meeting.
 *
 * Narrow (below 40rem of its own width, a container query): each row becomes a card of
 * labelled values; explicit table roles keep it a table for assistive tech; off-screen cards
 * skip layout (`content-visibility: auto`).
 *
 * @tag qy-ranking-table
 * @summary The ranked results of a review meeting, with the funding line.
 *
 * @slot - An optional `<script type="application/json">` with `{ meeting, result | ballots }`.
 *
 * @event qy-sort - The user sorted by a column.
 * @event qy-load - The data was read and validated.
 * @event qy-load-error - The data is missing, unreachable or malformed.
 *
 * @csspart table - The table.
 * @csspart toolbar - The row above the table (counts, export button).
 * @csspart export-button - The CSV export button.
 * @csspart row - A project's row.
 * @csspart breakdown - A row's "why this score" breakdown.
 * @csspart funding-line - The row below the last project that gets money.
 * @csspart fund-runs-out - The note on the row where the cumulative requested amount first exceeds the fund.
 * @csspart tie-break - Under a tied project's title: what placed it above or below the project with the same total.
 * @csspart funding-error - Why the funding cannot be computed (bad fund, mixed currencies).
 * @csspart status - Loading status text.
 * @csspart error - The error box shown for bad data.
 *
 * @cssproperty --qy-color-text - Text colour.
 * @cssproperty --qy-color-surface - Background colour.
 * @cssproperty --qy-color-muted - Secondary text (weighted scores, rows beyond the fund).
 * @cssproperty --qy-color-border - Row borders.
 * @cssproperty --qy-color-accent - The funding line.
 * @cssproperty --qy-focus-ring - Focus outline.
 * @cssproperty --qy-ranking-header-background - Background of the sticky header.
 * @cssproperty --qy-ranking-funding-line-color - Colour of the funding line.
 * @cssproperty --qy-ranking-breakdown-background - Background of breakdown rows.
 */
export class QyRankingTable extends QyElement<RankingMessageKey> {
  static override styles = [sharedStyles, rankingTableStyles];

  protected readonly catalogs = rankingMessages;

  /** The review meeting (interchange format). */
  @property({ attribute: false }) meeting: unknown;

  /** A core tally result (`{ ranking, counted, rejected }`) of the meeting. */
  @property({ attribute: false }) result: unknown;

  /** Ballots to tally with core when no `result` is given. */
  @property({ attribute: false }) ballots: unknown;

  /** A URL of a JSON document `{ meeting, result }` or `{ meeting, ballots }`. */
  @property() src = '';

  /**
   * The base URL of a Qingyuan ballot box (`https://box.example.org`); with `meeting`, the table
   * shows that meeting's live ranking straight from the box (its results, then each `ranking`
   * event of its live stream). Properties win over it; it wins over `src` and an inline child.
   */
  @property() box = '';

  /** The meeting id on the `box` (attribute `meeting`; the `meeting` property is a document). */
  @property({ attribute: 'meeting' }) meetingId = '';

  /** The fund available, in minor units (fen) of the projects' currency; 0 hides the line. */
  @property({ type: Number }) fund = 0;

  /**
   * How the fund follows the ranking (core's `allocateFunds`): `skip` (default) funds every
   * project that still fits, skipping those that do not; `strict` stops at the first that does
   * not fit. Any other value reads as `skip`.
   */
  @property({ attribute: 'funding-mode' }) fundingMode: FundingMode = 'skip';

  /** Grant the remainder of the fund to the first project that does not fit (a partial grant). */
  @property({ type: Boolean, attribute: 'partial-grant' }) partialGrant = false;

  /**
   * Quiet time after a live announcement, in milliseconds: results arriving within it are
   * announced together, once, when it ends (only what differs from the last announcement).
   */
  @property({ type: Number, attribute: 'announce-interval' }) announceInterval = 2000;

  @state() private sortColumn = 'rank';
  @state() private sortDirection: SortDirection = 'ascending';
  @state() private open = new Set<string>();

  private propertyInput: { meeting: unknown; result: unknown; ballots: unknown } | undefined;
  private rowsCache:
    | {
        data: RankingData;
        key: string;
        locale: string;
        rows: RankingRow[];
        funding: RankingFunding | undefined;
      }
    | undefined;

  /** The live ranking read from `box` + `meeting`. */
  private readonly feed = new BoxRankingFeed(this, {
    box: () => this.box,
    meeting: () => this.meetingId,
    locale: () => this.locale,
  });

  /** The document; core's tally loads only for `{ meeting, ballots }`. */
  private readonly doc = new DocumentController<RankingData>(this, {
    property: () =>
      this.inputFromProperties() ??
      (this.feed.state.status === 'live' ? this.feed.state.document : undefined),
    src: () => this.src,
    parse: (data, locale) =>
      readRankingDocument(data, locale, (key, params) => this.t(key, params)),
    t: (key, params) => this.t(key, params),
    locale: () => this.locale,
    onReady: () => this.live.arrived(),
  });

  /** The polite live region: what changed with each new result, bursts coalesced. */
  private readonly live = new LiveAnnouncer(this, {
    snapshot: () => this.snapshot(),
    describe: (changes) =>
      rankingChangesText(changes, this.locale, (key, params) => this.t(key, params)),
    interval: () => this.announceInterval,
  });

  private inputFromProperties(): object | undefined {
    if (this.meeting === undefined) return undefined;
    const cached = this.propertyInput;
    if (
      cached &&
      cached.meeting === this.meeting &&
      cached.result === this.result &&
      cached.ballots === this.ballots
    ) {
      return cached;
    }
    this.propertyInput = { meeting: this.meeting, result: this.result, ballots: this.ballots };
    return this.propertyInput;
  }

  /** What a listener is told the shown ranking is. */
  private snapshot(): RankingSnapshot | undefined {
    const state = this.doc.state;
    const computed = this.computed();
    if (state.status !== 'ready' || !computed) return undefined;
    const { rows, funding } = computed;
    return {
      meeting: state.value.meeting.id,
      counted: state.value.counted,
      rejected: state.value.rejected,
      places: new Map(
        rows.map((row) => [
          row.ranked.project,
          {
            title: row.title,
            rank: row.ranked.rank,
            tied: row.ranked.tied,
            total: row.ranked.total,
          },
        ]),
      ),
      fundKey: funding?.ok ? this.fundingKey : undefined,
      funded: new Set(rows.filter((row) => row.granted > 0).map((row) => row.ranked.project)),
    };
  }

  /** The rows in rank order, with what the fund gives each. */
  get rows(): readonly RankingRow[] {
    return this.computed()?.rows ?? [];
  }

  /**
   * Core's funding of the ranking for `fund`, `funding-mode` and `partial-grant`; undefined
   * without data or with `fund` 0.
   */
  get funding(): RankingFunding | undefined {
    return this.computed()?.funding;
  }

  private get fundingKey(): string {
    return `${this.fund}|${this.mode}|${this.partialGrant}`;
  }

  private get mode(): FundingMode {
    return this.fundingMode === 'strict' ? 'strict' : 'skip';
  }

  private computed(): { rows: RankingRow[]; funding: RankingFunding | undefined } | undefined {
    const state = this.doc.state;
    if (state.status !== 'ready') return undefined;
    const key = this.fundingKey;
    const cache = this.rowsCache;
    if (cache && cache.data === state.value && cache.key === key && cache.locale === this.locale) {
      return cache;
    }
    const { rows, funding } = rankingRows(
      state.value,
      { fund: this.fund, mode: this.mode, partial: this.partialGrant },
      this.locale,
    );
    this.rowsCache = { data: state.value, key, locale: this.locale, rows, funding };
    return this.rowsCache;
  }

  private get meetingValue(): ReviewMeeting | undefined {
    return this.doc.state.status === 'ready' ? this.doc.state.value.meeting : undefined;
  }

  /** The rows in the order shown (the current sort). */
  get sortedRows(): readonly RankingRow[] {
    return sortRankingRows(this.rows, this.sortColumn, this.sortDirection, this.locale);
  }

  /** Sorts by a column (`rank`, `project`, `total`, `requested`, `criterion:<id>`). */
  sortBy(column: string, direction?: SortDirection): void {
    const next = direction ?? nextSortDirection(column, this.sortColumn, this.sortDirection);
    this.sortColumn = column;
    this.sortDirection = next;
    this.live.say(
      this.t('sortedBy', { column: this.columnLabel(column), direction: this.t(next) }),
    );
    this.dispatchEvent(new QySortEvent({ column, direction: next }));
  }

  private columnLabel(column: string): string {
    if (column === 'rank' || column === 'project' || column === 'total' || column === 'requested') {
      return this.t(column);
    }
    const id = column.slice('criterion:'.length);
    const criterion = this.meetingValue?.criteria.find((c) => c.id === id);
    return criterion ? localize(criterion.name, this.locale) : id;
  }

  /**
   * The ranking as CSV (rank order), amounts in minor units, for spreadsheets. With a fund, the
   * last two columns (headers in the current language) hold the cumulative requested amount and
   * `true` on the row where it first exceeds the fund.
   */
  toCsv(): string {
    const meeting = this.meetingValue;
    if (!meeting) return '';
    return rankingCsv(
      meeting,
      this.rows,
      this.funding?.ok === true
        ? { cumulative: this.t('csvCumulative'), fundRunsOut: this.t('csvFundRunsOut') }
        : undefined,
    );
  }

  /** Downloads {@link toCsv} as `<meeting id>-ranking.csv`. */
  exportCsv(): void {
    const url = URL.createObjectURL(new Blob([this.toCsv()], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${this.meetingValue?.id ?? 'ranking'}-ranking.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  private formatCache: RankingFormat | undefined;

  /** The current locale's text and formatters (built once per locale, not once per cell). */
  private get rowContext(): RankingRowContext {
    if (this.formatCache?.locale !== this.locale) this.formatCache = new RankingFormat(this.locale);
    return {
      locale: this.locale,
      t: (key, params) => this.t(key, params),
      format: this.formatCache,
    };
  }

  private toggleWhy(project: string): void {
    const open = new Set(this.open);
    if (open.has(project)) open.delete(project);
    else open.add(project);
    this.open = open;
  }

  private readonly onBodyClick = (event: Event): void => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-why]');
    if (button) this.toggleWhy(button.dataset['why']!);
  };

  /** Also waits for core's tally, while it loads for ballots to rank. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.doc.updateCompleteAfterParse(() => super.getUpdateComplete());
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.doc.state.status !== 'ready') this.open = new Set();
  }

  protected override render(): TemplateResult {
    const state = this.doc.state;
    const live = html`<div class="visually-hidden" role="status" aria-live="polite">
      ${this.live.text}
    </div>`;
    if (state.status !== 'ready') {
      const feed = state.status === 'empty' ? this.renderFeedState() : undefined;
      return html`${feed ?? renderLoadState(state, (key, params) => this.t(key, params))}${live}`;
    }
    const { meeting, counted, rejected } = state.value;
    const funding = this.funding;
    const allocation = funding?.ok ? funding.allocation : undefined;
    const withFund = allocation !== undefined;
    const columns = 3 + meeting.criteria.length + (withFund ? 3 : 1) + 1;
    const rows = this.sortedRows;
    const showLine = withFund && this.sortColumn === 'rank' && this.sortDirection === 'ascending';
    // The line goes below the last project that gets money (above the first row when none does).
    let lastFunded = -1;
    rows.forEach((row, i) => {
      if (row.granted > 0) lastFunded = i;
    });
    const fundingLine = (): TemplateResult =>
      html`<tr class="line" part="funding-line" role="row">
        <td colspan=${columns} role="cell">
          <strong class="line-title">${this.t('fundingLineTitle')}</strong>
          <span class="line-detail">${this.fundingLineText(allocation!)}</span>
        </td>
      </tr>`;
    const caption = meeting.title ? localize(meeting.title, this.locale) : this.t('caption');
    const labels: RowLabels = {
      criteria: meeting.criteria.map((criterion) => localize(criterion.name, this.locale)),
      hint: this.t('scoreWeighted'),
      rank: this.t('rank'),
      total: this.t('total'),
      requested: this.t('requested'),
      granted: this.t('granted'),
      fundStatus: this.t('fundStatus'),
    };
    // What every row's markup depends on besides its own data: a row whose data and these are
    // unchanged is not re-rendered (guard), so one ballot arriving touches only the rows it moves.
    const shared = [
      this.locale,
      withFund,
      allocation?.fund,
      meeting.criteria.map((criterion) => criterion.id).join('\n'),
      Object.values(labels).join('\n'),
    ].join('\n');
    return html`<div class="toolbar" part="toolbar">
        <span>${this.t('counted', { counted, rejected })}</span>
        <button type="button" part="export-button" @click=${this.exportCsv}>
          ${this.t('exportCsv')}
        </button>
      </div>
      ${
        funding && !funding.ok
          ? html`<p class="funding-error" part="funding-error">
              ${funding.violations.map((violation) => this.violationText(violation)).join(' ')}
            </p>`
          : nothing
      }
      <div class="scroller" tabindex="0" role="region" aria-label=${caption}>
        <table part="table" role="table">
          <caption>
            ${caption}
          </caption>
          <thead role="rowgroup">
            <tr role="row">
              ${this.renderHeader('rank', this.t('rank'), true)}
              ${this.renderHeader('project', this.t('project'), false)}
              ${meeting.criteria.map((criterion, i) =>
                this.renderHeader(
                  `criterion:${criterion.id}`,
                  labels.criteria[i]!,
                  true,
                  this.t('scoreWeighted'),
                ),
              )}
              ${this.renderHeader('total', this.t('total'), true)}
              ${this.renderHeader('requested', this.t('requested'), true)}
              ${
                withFund
                  ? html`<th scope="col" role="columnheader" class="num">${this.t('granted')}</th>
                      <th scope="col" role="columnheader">${this.t('fundStatus')}</th>`
                  : nothing
              }
              <th scope="col" role="columnheader" class="why-column">
                <span class="visually-hidden">${this.t('why')}</span>
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup" @click=${this.onBodyClick}>
            ${showLine && lastFunded === -1 ? fundingLine() : nothing}
            ${repeat(
              rows,
              (row) => row.ranked.project,
              (row, i) => {
                const line = showLine && i === lastFunded;
                const open = this.open.has(row.ranked.project);
                return html`${guard([shared, this.messages, rowSignature(row, meeting, open)], () =>
                  this.renderRow(meeting, row, allocation, open, labels),
                )}${open ? renderRankingBreakdown(meeting, row, columns, this.rowContext) : nothing}${
                  line ? fundingLine() : nothing
                }`;
              },
            )}
          </tbody>
        </table>
      </div>
      ${live}`;
  }

  private renderHeader(
    column: string,
    label: string,
    numeric: boolean,
    hint?: string,
  ): TemplateResult {
    const active = this.sortColumn === column;
    const arrow = active ? (this.sortDirection === 'ascending' ? '▲' : '▼') : '↕';
    return html`<th
      scope="col"
      role="columnheader"
      class=${numeric ? 'num' : ''}
      aria-sort=${active ? this.sortDirection : 'none'}
    >
      <button type="button" data-column=${column} @click=${() => this.sortBy(column)}>
        ${label}${hint ? html`<span class="visually-hidden"> — ${hint}</span>` : nothing}
        <span aria-hidden="true">${arrow}</span>
      </button>
    </th>`;
  }

  /** What the box feed says while it has no ranking to show (undefined when it is off). */
  private renderFeedState(): TemplateResult | undefined {
    const feed = this.feed.state;
    switch (feed.status) {
      case 'loading':
        return html`<p part="status" class="qy-status" role="status">${this.t('loading')}</p>`;
      case 'hidden':
        return html`<p part="status" class="qy-status" role="status">
          ${this.t('boxHidden', { message: feed.message })}
        </p>`;
      case 'failed':
        return html`<div part="error" class="qy-error" role="alert">
          <p>${this.feedFailure(feed)}</p>
        </div>`;
      default:
        return undefined;
    }
  }

  private feedFailure(feed: Extract<BoxFeedState, { status: 'failed' }>): string {
    return feed.httpStatus === undefined
      ? this.t('boxUnreachable', { url: feed.url, detail: feed.message })
      : this.t('boxRefused', {
          meeting: this.meetingId,
          status: feed.httpStatus,
          message: feed.message,
        });
  }

  private reportedFailure: BoxFeedState | undefined;

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const feed = this.feed.state;
    if (feed.status === 'failed' && feed !== this.reportedFailure) {
      this.reportedFailure = feed;
      this.dispatchEvent(
        new QyLoadErrorEvent({
          source: 'box',
          issues: [{ where: '', message: this.feedFailure(feed) }],
        }),
      );
    }
  }

  /** One project's row (`ranking-row-view.ts`); a row whose data is unchanged is not re-rendered. */
  private renderRow(
    meeting: ReviewMeeting,
    row: RankingRow,
    allocation: FundAllocation | undefined,
    open: boolean,
    labels: RowLabels,
  ): TemplateResult {
    return renderRankingRow(meeting, row, allocation, open, labels, this.rowContext);
  }

  private fundingLineText(allocation: FundAllocation): string {
    const money = (amount: number) => this.rowContext.format.money(amount, allocation.currency);
    return this.t('fundingLine', {
      fund: money(allocation.fund),
      granted: money(allocation.granted),
      remaining: money(allocation.remaining),
      mode: this.t(allocation.mode === 'strict' ? 'modeStrict' : 'modeSkip'),
    });
  }

  private violationText(violation: FundingViolation): string {
    if (violation.rule === 'fund-amount') return this.t('fundInvalid', { fund: String(this.fund) });
    const index = violation.path[1];
    const row = typeof index === 'number' ? this.rows[index] : undefined;
    return this.t('fundCurrency', {
      project: row?.title ?? String(index),
      currency: row?.currency ?? '',
      fundCurrency: this.rows[0]?.currency ?? '',
    });
  }
}
