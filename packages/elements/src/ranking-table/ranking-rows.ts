import {
  allocateFunds,
  communityName,
  localize,
  type FundAllocation,
  type FundGrantStatus,
  type FundingViolation,
  type ReviewMeeting,
  type TallyRow,
} from '@qingyuan/core';
import type { RankingData } from './ranking-input.js';
import { tieBreaks, type TieBreak } from './ranking-tie-break.js';

/** How the fund follows the ranking: core's `allocateFunds` modes. */
export type FundingMode = 'skip' | 'strict';

/** One row as shown: the ranked project with its meeting data and what the fund gives it. */
export interface RankingRow {
  readonly ranked: TallyRow;
  readonly title: string;
  /** The project's community id (the CSV's `community` column). */
  readonly community: string;
  /** The community's name in the table's language, when the meeting names it; else the id. */
  readonly communityName: string;
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
  /** For a tied project: what placed it above or below its neighbour with the same total. */
  readonly tieBreak?: TieBreak | undefined;
}

/** The funding of the shown ranking: core's allocation, or why it could not be computed. */
export type RankingFunding =
  | { readonly ok: true; readonly allocation: FundAllocation }
  | { readonly ok: false; readonly violations: readonly FundingViolation[] };

/** The fund shown beside a ranking (amount 0: none). */
export interface RankingFundOptions {
  /** The fund, in minor units of the projects' currency; 0 shows no funding. */
  readonly fund: number;
  readonly mode: FundingMode;
  /** Grant the remainder to the first project that does not fit. */
  readonly partial: boolean;
}

/** The fund's currency: the currency the projects request (the first project's). */
export function fundCurrency(meeting: ReviewMeeting): string {
  return meeting.projects[0]?.requested.currency ?? 'CNY';
}

/**
 * The rows of a ranking in rank order, with what core's `allocateFunds` gives each project for
 * the fund, the cumulative requested amount, and the row where it first exceeds the fund.
 *
 * @example
 * const { rows, funding } = rankingRows(data, { fund: 1700000, mode: 'skip', partial: false }, 'en');
 * rows[0]!.granted; // 600000
 */
export function rankingRows(
  data: RankingData,
  options: RankingFundOptions,
  locale: string,
): { rows: RankingRow[]; funding: RankingFunding | undefined } {
  const { meeting, ranking } = data;
  const projects = new Map(meeting.projects.map((project) => [project.id, project]));
  const inRankOrder = [...ranking].sort((a, b) => a.rank - b.rank);
  const funding: RankingFunding | undefined =
    options.fund === 0
      ? undefined
      : allocateFunds(
          inRankOrder.map((ranked) => ({
            project: ranked.project,
            requested: projects.get(ranked.project)!.requested,
          })),
          { amount: options.fund, currency: fundCurrency(meeting) },
          { mode: options.mode, partial: options.partial },
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
      title: localize(project.title, locale),
      community: project.community,
      communityName: communityName(meeting, project.community, locale),
      requested: project.requested.amount,
      currency: project.requested.currency,
      granted: grant?.granted ?? 0,
      funding: grant?.status,
    };
  });
  const breaks = tieBreaks(meeting, rows);
  return {
    rows: rows.map((row) => {
      const tieBreak = breaks.get(row.ranked.project);
      return tieBreak ? { ...row, tieBreak } : row;
    }),
    funding,
  };
}

function tieBreakKey(tieBreak: TieBreak | undefined): string {
  if (!tieBreak) return '';
  const { other, position, decider } = tieBreak;
  return JSON.stringify([other.title, position, decider]);
}

/**
 * Everything a row shows of its own data, as one string: equal strings render equal rows (the
 * table skips re-rendering a row whose signature is unchanged).
 *
 * @example
 * guard([rowSignature(row, meeting, open)], () => renderRow(…));
 */
export function rowSignature(row: RankingRow, meeting: ReviewMeeting, open: boolean): string {
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
    row.communityName,
    row.requested,
    row.currency,
    row.granted,
    row.funding,
    row.cumulative,
    row.fundRunsOut,
    tieBreakKey(row.tieBreak),
    open,
    ...scores,
  ].join('\n');
}
