import {
  localize,
  type FundAllocation,
  type FundGrantStatus,
  type ReviewMeeting,
  type MessageParams,
} from '@qingyuan/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { RankingFormat } from './ranking-format.js';
import type { RankingRow } from './ranking-rows.js';
import type { TieBreak } from './ranking-tie-break.js';
import type { RankingMessageKey } from './ranking-table.messages.js';

/** What a row of the ranking table reads: text and formatters of the element's language. */
export interface RankingRowContext {
  readonly locale: string;
  t(key: RankingMessageKey, params?: MessageParams): string;
  readonly format: RankingFormat;
}

/** Column names repeated in each cell for the narrow (card) layout. */
export interface RowLabels {
  readonly criteria: readonly string[];
  readonly hint: string;
  readonly rank: string;
  readonly total: string;
  readonly requested: string;
  readonly granted: string;
  readonly fundStatus: string;
}

/**
 * Core's funding decision for a row, in words with a symbol (never colour alone).
 *
 * @example
 * fundingStatusText('skipped', t); // '✗ Skipped: does not fit'
 */
export function fundingStatusText(
  status: FundGrantStatus | undefined,
  t: RankingRowContext['t'],
): string {
  if (status === 'funded') return `✓ ${t('funded')}`;
  if (status === 'partial') return `◐ ${t('partlyFunded')}`;
  if (status === 'skipped') return `✗ ${t('skipped')}`;
  if (status === 'not-reached') return `✗ ${t('notReached')}`;
  return '';
}

/**
 * What decided a tied project's place, in a sentence: "Same total as e-Family Service Club;
 * placed above it on Feasibility, weighted (0.3 to 0)."
 *
 * @example
 * tieBreakText(row.tieBreak!, meeting, c);
 */
export function tieBreakText(
  tieBreak: TieBreak,
  meeting: ReviewMeeting,
  c: RankingRowContext,
): string {
  const { t, format } = c;
  const { decider } = tieBreak;
  const reason =
    decider.kind === 'criterion'
      ? t('tieOnCriterion', {
          criterion: localize(
            meeting.criteria.find((criterion) => criterion.id === decider.criterion)?.name ??
              decider.criterion,
            c.locale,
          ),
          mine: format.number(decider.mine),
          theirs: format.number(decider.theirs),
        })
      : decider.kind === 'requested'
        ? t('tieOnRequested', {
            mine: format.money(decider.mine, tieBreak.other.currency),
            theirs: format.money(decider.theirs, tieBreak.other.currency),
          })
        : t('tieOnId');
  return t(tieBreak.position === 'above' ? 'tieBrokenAbove' : 'tieBrokenBelow', {
    other: tieBreak.other.title,
    reason,
  });
}

/**
 * One project's row. Each cell starts with its column's name (`.label`, hidden from assistive
 * tech, which reads the real column header): shown only in the narrow card layout.
 *
 * @example
 * html`<tbody>${rows.map((row) => renderRankingRow(meeting, row, allocation, false, labels, c))}</tbody>`;
 */
export function renderRankingRow(
  meeting: ReviewMeeting,
  row: RankingRow,
  allocation: FundAllocation | undefined,
  open: boolean,
  labels: RowLabels,
  c: RankingRowContext,
): TemplateResult {
  const { t, format } = c;
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
        ${ranked.tied ? html`<span class="tie">${t('tied')}</span>` : nothing}</span
      >
    </td>
    <th scope="row" role="rowheader">
      <span class="title">${row.title}</span><span class="community">${row.communityName}</span>${
        row.tieBreak
          ? html`<span class="tie-break" part="tie-break"
              >${tieBreakText(row.tieBreak, meeting, c)}</span
            >`
          : nothing
      }
    </th>
    ${meeting.criteria.map((criterion, i) => {
      const cell = ranked.criteria[criterion.id];
      return html`<td class="num" role="cell">
        ${label(labels.criteria[i]!, labels.hint)}<span class="value"
          >${format.number(cell?.score ?? 0)}
          <span class="weighted">(${format.number(cell?.weighted ?? 0)})</span></span
        >
      </td>`;
    })}
    <td class="num total" role="cell">
      ${label(labels.total)}<strong class="value">${format.number(ranked.total)}</strong>
    </td>
    <td class="num" role="cell">
      ${label(labels.requested)}<span class="value"
        >${format.money(row.requested, row.currency)}</span
      >
    </td>
    ${
      withFund
        ? html`<td class="num" role="cell">
              ${label(labels.granted)}<span class="value"
                >${format.money(row.granted, row.currency)}</span
              >
            </td>
            <td role="cell" class="status">
              ${label(labels.fundStatus)}<span class="value"
                >${fundingStatusText(row.funding, t)}</span
              ><span class="cumulative"
                >${t('cumulative', {
                  amount: format.money(row.cumulative ?? 0, allocation.currency),
                })}</span
              >${
                row.fundRunsOut
                  ? html`<span class="runs-out-note" part="fund-runs-out"
                      >${t('fundRunsOut', {
                        fund: format.money(allocation.fund, allocation.currency),
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
        ${t('why')}<span class="visually-hidden"> ${row.title}</span>
      </button>
    </td>
  </tr>`;
}

/**
 * A row's "why this score" breakdown: each criterion's score × weight, the sum, and a tie.
 *
 * @example
 * html`${open ? renderRankingBreakdown(meeting, row, columns, c) : nothing}`;
 */
export function renderRankingBreakdown(
  meeting: ReviewMeeting,
  row: RankingRow,
  columns: number,
  c: RankingRowContext,
): TemplateResult {
  const { t, format } = c;
  const { ranked } = row;
  const parts = meeting.criteria.map((cr) => format.number(ranked.criteria[cr.id]?.weighted ?? 0));
  return html`<tr class="why" part="breakdown" role="row" id=${`why-${ranked.project}`}>
    <td colspan=${columns} role="cell">
      <p>${t('whyLabel', { project: row.title, total: format.number(ranked.total) })}</p>
      <ul>
        ${meeting.criteria.map((criterion) => {
          const cell = ranked.criteria[criterion.id];
          return html`<li>
            ${t('criterionLine', {
              criterion: localize(criterion.name, c.locale),
              score: format.number(cell?.score ?? 0),
              weight: format.number(criterion.weight),
              weighted: format.number(cell?.weighted ?? 0),
            })}
          </li>`;
        })}
        <li>${t('totalLine', { parts: parts.join(' + '), total: format.number(ranked.total) })}</li>
        ${
          ranked.tied
            ? html`<li>
                ${t('tieLine')}${row.tieBreak ? ` ${tieBreakText(row.tieBreak, meeting, c)}` : ''}
              </li>`
            : nothing
        }
      </ul>
    </td>
  </tr>`;
}
