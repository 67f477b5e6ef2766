import {
  allocateFunds,
  localize,
  toCsv,
  type FundAllocation,
  type FundGrantStatus,
  type FundingViolation,
  type ReviewMeeting,
  type TallyRow,
} from '@qingyuan/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { DocumentController } from '../data/document-controller.js';
import { renderLoadState } from '../data/load-state-view.js';
import { QySortEvent, type SortDirection } from '../events/sort.js';
import { QyElement } from '../internal/qy-element.js';
import { sharedStyles } from '../internal/shared-styles.js';
import { rankingChanges, type RankingChanges, type RankingSnapshot } from './ranking-changes.js';
import { RankingFormat } from './ranking-format.js';
import { readRankingInput, type RankingData } from './ranking-input.js';
import { rankingMessages, type RankingMessageKey } from './ranking-table.messages.js';
import { rankingTableStyles } from './ranking-table.styles.js';

/** How the fund follows the ranking: core's `allocateFunds` modes. */
export type FundingMode = 'skip' | 'strict';

/** One row as shown: the ranked project with its meeting data and what the fund gives it. */
export interface RankingRow {
  readonly ranked: TallyRow;
  readonly title: string;
  readonly community: string;
  readonly requested: number;
  readonly currency: string;
  /** What core's `allocateFunds` grants this project, in minor units; 0 without a fund. */
  readonly granted: number;
  /** Core's decision for this project (`funded`, `partial`, `skipped`, `not-reached`); none without a fund. */
  readonly funding: FundGrantStatus | undefined;
  /**
   * The running sum of the requested amounts from the first-ranked project down to this one, in
   * minor units (display only: who is funded is core's decision); none without a fund.
   */
  readonly cumulative: number | undefined;
  /** This is the row where the cumulative requested amount first exceeds the fund. */
  readonly fundRunsOut: boolean;
}

/** The funding of the shown ranking: core's allocation, or why it could not be computed. */
export type RankingFunding =
  | { readonly ok: true; readonly allocation: FundAllocation }
  | { readonly ok: false; readonly violations: readonly FundingViolation[] };

/** Column names repeated in each cell for the narrow (card) layout. */
interface RowLabels {
  readonly criteria: readonly string[];
  readonly hint: string;
  readonly rank: string;
  readonly total: string;
  readonly requested: string;
  readonly granted: string;
  readonly fundStatus: string;
}

/** Everything a row shows of its own data, as one string: equal strings render equal rows. */
function rowSignature(row: RankingRow, meeting: ReviewMeeting, open: boolean): string {
  const { ranked } = row;
  const scores = meeting.criteria.map((criterion) => {
    const cell = ranked.criteria[criterion.id];
    return `${cell?.score ?? 0}/${cell?.weighted ?? 0}`;
  });
  return [
    ranked.rank,
    ranked.tied,
    ranked.total,
    row.title,
    row.community,
    row.requested,
    row.currency,
    row.granted,
    row.funding,
    row.cumulative,
    row.fundRunsOut,
    open,
    ...scores,
  ].join('\n');
}

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
  @state() private announcement = '';

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
  /** What the live region last told listeners (or the first result shown). */
  private announced: RankingSnapshot | undefined;
  /** The quiet time after an announcement, and whether results arrived during it. */
  private quietTimer: ReturnType<typeof setTimeout> | undefined;
  private arrivedWhileQuiet = false;

  private readonly doc = new DocumentController<RankingData>(this, {
    property: () => this.inputFromProperties(),
    src: () => this.src,
    parse: (data, locale) => readRankingInput(data, locale, (key, params) => this.t(key, params)),
    t: (key, params) => this.t(key, params),
    locale: () => this.locale,
    onReady: () => this.resultArrived(),
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

  private resultArrived(): void {
    if (this.quietTimer !== undefined) {
      this.arrivedWhileQuiet = true;
      return;
    }
    this.announceChanges();
  }

  /** Announces what differs from the last announcement, then keeps quiet for a while. */
  private announceChanges(): void {
    const now = this.snapshot();
    if (!now) return;
    const before = this.announced;
    this.announced = now;
    const changes = before ? rankingChanges(before, now) : undefined;
    if (!changes) return;
    this.announcement = this.changesText(changes);
    this.quietTimer = setTimeout(() => {
      this.quietTimer = undefined;
      if (!this.arrivedWhileQuiet) return;
      this.arrivedWhileQuiet = false;
      this.announceChanges();
    }, this.announceInterval);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.quietTimer);
    this.quietTimer = undefined;
    this.arrivedWhileQuiet = false;
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

  /** A place for people: "2nd", "3rd (tied)"; "第2名", "并列第3名". */
  private place(rank: number, tied: boolean): string {
    const plural = new Intl.PluralRules(this.locale, { type: 'ordinal' }).select(rank);
    const key =
      plural === 'one'
        ? 'placeOne'
        : plural === 'two'
          ? 'placeTwo'
          : plural === 'few'
            ? 'placeFew'
            : 'placeOther';
    const place = this.t(key, { n: rank });
    return tied ? this.t('placeTied', { place }) : place;
  }

  /** At most this many projects are named per kind of change; the rest are counted. */
  private static readonly named = 3;

  /** One short sentence: counts; who moved; who is now (no longer) funded. */
  private changesText(changes: RankingChanges): string {
    const named = QyRankingTable.named;
    const list = (items: string[]) => items.join(this.t('liveListSeparator'));
    const parts: string[] = [];
    if (changes.counted) {
      const { counted, rejected } = changes.counted;
      parts.push(
        this.t(rejected > 0 ? 'liveCountedRejected' : 'liveCounted', { counted, rejected }),
      );
    }
    // who moved up names the change; when nobody did (a tie broken), who moved down
    const moved = changes.up.length > 0 ? changes.up : changes.down;
    const key = changes.up.length > 0 ? 'liveMovedUp' : 'liveMovedDown';
    for (const change of moved.slice(0, named)) {
      parts.push(
        this.t(key, { project: change.title, place: this.place(change.rank, change.tied) }),
      );
    }
    if (moved.length > named) parts.push(this.t('liveMoreMoved', { count: moved.length - named }));
    const funding = [
      ...changes.nowFunded.map((change) => this.t('liveNowFunded', { project: change.title })),
      ...changes.noLongerFunded.map((change) =>
        this.t('liveNoLongerFunded', { project: change.title }),
      ),
    ];
    if (funding.length > 0) {
      const shown = funding.slice(0, named);
      if (funding.length > named) {
        shown.push(this.t('liveMoreFunding', { count: funding.length - named }));
      }
      parts.push(this.t('liveFundingLine', { changes: list(shown) }));
    }
    if (parts.length === 0 && changes.scores) parts.push(this.t('liveScores'));
    const text = this.t('liveSentence', { changes: parts.join(this.t('liveSeparator')) });
    return text.charAt(0).toLocaleUpperCase(this.locale) + text.slice(1);
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
    const { meeting, ranking } = state.value;
    const projects = new Map(meeting.projects.map((project) => [project.id, project]));
    const inRankOrder = [...ranking].sort((a, b) => a.rank - b.rank);
    const funding: RankingFunding | undefined =
      this.fund === 0
        ? undefined
        : allocateFunds(
            inRankOrder.map((ranked) => ({
              project: ranked.project,
              requested: projects.get(ranked.project)!.requested,
            })),
            { amount: this.fund, currency: this.currency(meeting) },
            { mode: this.mode, partial: this.partialGrant },
          );
    const grants = new Map(
      funding?.ok ? funding.allocation.grants.map((grant) => [grant.project, grant]) : [],
    );
    // The cumulative requested amount down core's allocation (which lists every project in rank
    // order with what it requests) and the first row where it exceeds the fund: display only.
    const cumulative = new Map<string, number>();
    let runsOut: string | undefined;
    if (funding?.ok) {
      let sum = 0;
      for (const grant of funding.allocation.grants) {
        sum += grant.requested;
        cumulative.set(grant.project, sum);
        if (runsOut === undefined && sum > funding.allocation.fund) runsOut = grant.project;
      }
    }
    const rows = inRankOrder.map((ranked): RankingRow => {
      const project = projects.get(ranked.project)!;
      const grant = grants.get(ranked.project);
      return {
        cumulative: cumulative.get(ranked.project),
        fundRunsOut: ranked.project === runsOut,
        ranked,
        title: localize(project.title, this.locale),
        community: project.community,
        requested: project.requested.amount,
        currency: project.requested.currency,
        granted: grant?.granted ?? 0,
        funding: grant?.status,
      };
    });
    this.rowsCache = { data: state.value, key, locale: this.locale, rows, funding };
    return this.rowsCache;
  }

  /** The fund's currency: the currency the projects request (the first project's). */
  private currency(meeting: ReviewMeeting): string {
    return meeting.projects[0]?.requested.currency ?? 'CNY';
  }

  private get meetingValue(): ReviewMeeting | undefined {
    return this.doc.state.status === 'ready' ? this.doc.state.value.meeting : undefined;
  }

  private sortValue(row: RankingRow, column: string): number | string {
    if (column === 'rank') return row.ranked.rank;
    if (column === 'project') return row.title;
    if (column === 'total') return row.ranked.total;
    if (column === 'requested') return row.requested;
    return row.ranked.criteria[column.slice('criterion:'.length)]?.weighted ?? 0;
  }

  /** The rows in the order shown (the current sort). */
  get sortedRows(): readonly RankingRow[] {
    const rows = [...this.rows];
    const column = this.sortColumn;
    const sign = this.sortDirection === 'ascending' ? 1 : -1;
    const collator = new Intl.Collator(this.locale);
    rows.sort((a, b) => {
      const x = this.sortValue(a, column);
      const y = this.sortValue(b, column);
      const order =
        typeof x === 'string' && typeof y === 'string'
          ? collator.compare(x, y)
          : Number(x) - Number(y);
      return order * sign || a.ranked.rank - b.ranked.rank;
    });
    return rows;
  }

  /** Sorts by a column (`rank`, `project`, `total`, `requested`, `criterion:<id>`). */
  sortBy(column: string, direction?: SortDirection): void {
    const next =
      direction ??
      (this.sortColumn === column && this.sortDirection === 'ascending'
        ? 'descending'
        : column === 'total' || column.startsWith('criterion:')
          ? 'descending'
          : 'ascending');
    this.sortColumn = column;
    this.sortDirection = next;
    this.announcement = this.t('sortedBy', {
      column: this.columnLabel(column),
      direction: this.t(next),
    });
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
    const funded = this.funding?.ok === true;
    const header = [
      'rank',
      'tied',
      'project',
      'title',
      'community',
      ...meeting.criteria.flatMap((c) => [`${c.id} score`, `${c.id} weighted`]),
      'total',
      'requested (minor units)',
      'currency',
      ...(funded
        ? ['granted (minor units)', 'funding', this.t('csvCumulative'), this.t('csvFundRunsOut')]
        : []),
    ];
    const body = this.rows.map((row) => [
      row.ranked.rank,
      row.ranked.tied,
      row.ranked.project,
      row.title,
      row.community,
      ...meeting.criteria.flatMap((c) => [
        row.ranked.criteria[c.id]?.score ?? 0,
        row.ranked.criteria[c.id]?.weighted ?? 0,
      ]),
      row.ranked.total,
      row.requested,
      row.currency,
      ...(funded ? [row.granted, row.funding ?? '', row.cumulative ?? '', row.fundRunsOut] : []),
    ]);
    // core's one CSV writer (formula-like text defused); a BOM so spreadsheets read UTF-8
    return toCsv([header, ...body], { byteOrderMark: true });
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

  /** The current locale's formatters (built once per locale, not once per cell). */
  private get format(): RankingFormat {
    if (this.formatCache?.locale !== this.locale) this.formatCache = new RankingFormat(this.locale);
    return this.formatCache;
  }

  private number(value: number): string {
    return this.format.number(value);
  }

  private money(amount: number, currency: string): string {
    return this.format.money(amount, currency);
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

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.doc.state.status !== 'ready') this.open = new Set();
  }

  protected override render(): TemplateResult {
    const state = this.doc.state;
    const live = html`<div class="visually-hidden" role="status" aria-live="polite">
      ${this.announcement}
    </div>`;
    if (state.status !== 'ready') {
      return html`${renderLoadState(state, (key, params) => this.t(key, params))}${live}`;
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
        <td colspan=${columns} role="cell">${this.fundingLineText(allocation!)}</td>
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
                )}${open ? this.renderBreakdown(meeting, row, columns) : nothing}${
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

  /**
   * One project's row. Each cell starts with its column's name (`.label`, hidden from assistive
   * tech, which reads the real column header): shown only in the narrow card layout.
   */
  private renderRow(
    meeting: ReviewMeeting,
    row: RankingRow,
    allocation: FundAllocation | undefined,
    open: boolean,
    labels: RowLabels,
  ): TemplateResult {
    const withFund = allocation !== undefined;
    const classes = [
      withFund && row.granted === 0 ? 'beyond' : '',
      row.fundRunsOut ? 'runs-out' : '',
    ].join(' ');
    const { ranked } = row;
    const label = (text: string, hint?: string) =>
      html`<span class="label" aria-hidden="true"
        >${text}${hint ? html` <small>${hint}</small>` : nothing}</span
      >`;
    return html`<tr part="row" role="row" class=${classes.trim()}>
      <td class="num rank" role="cell">
        ${label(labels.rank)}<span class="value"
          >${ranked.tied ? html`<span aria-hidden="true">=</span>` : nothing}${ranked.rank}
          ${ranked.tied ? html`<span class="tie">${this.t('tied')}</span>` : nothing}</span
        >
      </td>
      <th scope="row" role="rowheader">
        <span class="title">${row.title}</span><span class="community">${row.community}</span>
      </th>
      ${meeting.criteria.map((criterion, i) => {
        const cell = ranked.criteria[criterion.id];
        return html`<td class="num" role="cell">
          ${label(labels.criteria[i]!, labels.hint)}<span class="value"
            >${this.number(cell?.score ?? 0)}
            <span class="weighted">(${this.number(cell?.weighted ?? 0)})</span></span
          >
        </td>`;
      })}
      <td class="num total" role="cell">
        ${label(labels.total)}<strong class="value">${this.number(ranked.total)}</strong>
      </td>
      <td class="num" role="cell">
        ${label(labels.requested)}<span class="value"
          >${this.money(row.requested, row.currency)}</span
        >
      </td>
      ${
        withFund
          ? html`<td class="num" role="cell">
                ${label(labels.granted)}<span class="value"
                  >${this.money(row.granted, row.currency)}</span
                >
              </td>
              <td role="cell" class="status">
                ${label(labels.fundStatus)}<span class="value"
                  >${this.fundingStatusText(row.funding)}</span
                ><span class="cumulative"
                  >${this.t('cumulative', {
                    amount: this.money(row.cumulative ?? 0, allocation.currency),
                  })}</span
                >${
                  row.fundRunsOut
                    ? html`<span class="runs-out-note" part="fund-runs-out"
                        >${this.t('fundRunsOut', {
                          fund: this.money(allocation.fund, allocation.currency),
                        })}</span
                      >`
                    : nothing
                }
              </td>`
          : nothing
      }
      <td role="cell" class="why-cell">
        <button
          type="button"
          data-why=${ranked.project}
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${open ? `why-${ranked.project}` : nothing}
        >
          ${this.t('why')}<span class="visually-hidden"> ${row.title}</span>
        </button>
      </td>
    </tr>`;
  }

  private fundingStatusText(status: FundGrantStatus | undefined): string {
    if (status === 'funded') return `✓ ${this.t('funded')}`;
    if (status === 'partial') return `◐ ${this.t('partlyFunded')}`;
    if (status === 'skipped') return `✗ ${this.t('skipped')}`;
    if (status === 'not-reached') return `✗ ${this.t('notReached')}`;
    return '';
  }

  private fundingLineText(allocation: FundAllocation): string {
    const money = (amount: number) => this.money(amount, allocation.currency);
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

  private renderBreakdown(
    meeting: ReviewMeeting,
    row: RankingRow,
    columns: number,
  ): TemplateResult {
    const { ranked } = row;
    const parts = meeting.criteria.map((c) => this.number(ranked.criteria[c.id]?.weighted ?? 0));
    return html`<tr class="why" part="breakdown" role="row" id=${`why-${ranked.project}`}>
      <td colspan=${columns} role="cell">
        <p>${this.t('whyLabel', { project: row.title, total: this.number(ranked.total) })}</p>
        <ul>
          ${meeting.criteria.map((criterion) => {
            const cell = ranked.criteria[criterion.id];
            return html`<li>
              ${this.t('criterionLine', {
                criterion: localize(criterion.name, this.locale),
                score: this.number(cell?.score ?? 0),
                weight: this.number(criterion.weight),
                weighted: this.number(cell?.weighted ?? 0),
              })}
            </li>`;
          })}
          <li>
            ${this.t('totalLine', { parts: parts.join(' + '), total: this.number(ranked.total) })}
          </li>
          ${ranked.tied ? html`<li>${this.t('tieLine')}</li>` : nothing}
        </ul>
      </td>
    </tr>`;
  }
}
