import { toCsv, type ReviewMeeting } from '@qingyuan/core';
import type { RankingRow } from './ranking-rows.js';

/**
 * A ranking as CSV (rank order), amounts in minor units, for spreadsheets (core's CSV writer,
 * formula-like text defused, with a BOM so spreadsheets read UTF-8). With a fund, the last two
 * columns hold the cumulative requested amount and `true` on the row where it first exceeds the
 * fund, under the headers given (in the element's language).
 *
 * @example
 * rankingCsv(meeting, rows, undefined); // '\uFEFFrank,tied,project,…'
 */
export function rankingCsv(
  meeting: ReviewMeeting,
  rows: readonly RankingRow[],
  fundHeaders: { cumulative: string; fundRunsOut: string } | undefined,
): string {
  const funded = fundHeaders !== undefined;
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
      ? ['granted (minor units)', 'funding', fundHeaders.cumulative, fundHeaders.fundRunsOut]
      : []),
  ];
  const body = rows.map((row) => [
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
  return toCsv([header, ...body], { byteOrderMark: true });
}
