import type { ReviewMeeting } from '@qingyuan/core';
import type { RankingRow } from './ranking-rows.js';

/** What put one of two projects with the same total above the other (core's declared chain). */
export type TieDecider =
  /** A criterion's weighted score (criteria by descending weight, equal weights in listed order). */
  | {
      readonly kind: 'criterion';
      readonly criterion: string;
      readonly mine: number;
      readonly theirs: number;
    }
  /** The requested amount, smaller first (minor units). */
  | { readonly kind: 'requested'; readonly mine: number; readonly theirs: number }
  /** The project id in code-point order (everything else equal). */
  | { readonly kind: 'id' };

/** How a tied row's place was decided against its neighbour in the tie. */
export interface TieBreak {
  /** The neighbouring project with the same total (the one just above, else just below). */
  readonly other: RankingRow;
  /** Whether this row was placed above or below `other`. */
  readonly position: 'above' | 'below';
  readonly decider: TieDecider;
}

/** The first step of the chain on which `a` (placed higher) and `b` differ. */
function decider(
  meeting: ReviewMeeting,
  a: RankingRow,
  b: RankingRow,
  aIsMine: boolean,
): TieDecider {
  const chain = meeting.criteria
    .map((criterion, index) => ({ criterion, index }))
    .sort((x, y) => y.criterion.weight - x.criterion.weight || x.index - y.index);
  const pick = <T>(mineIsA: T, mineIsB: T) => (aIsMine ? mineIsA : mineIsB);
  for (const { criterion } of chain) {
    const x = a.ranked.criteria[criterion.id]?.weighted ?? 0;
    const y = b.ranked.criteria[criterion.id]?.weighted ?? 0;
    if (x !== y) {
      return { kind: 'criterion', criterion: criterion.id, mine: pick(x, y), theirs: pick(y, x) };
    }
  }
  if (a.requested !== b.requested) {
    return {
      kind: 'requested',
      mine: pick(a.requested, b.requested),
      theirs: pick(b.requested, a.requested),
    };
  }
  return { kind: 'id' };
}

/**
 * For every tied project (same total as another), what decided its place against its neighbour
 * in the tie: core orders equal totals by each criterion's weighted score (criteria by
 * descending weight), then the smaller request, then the project id — this names the first of
 * those on which the two differ, so a reader sees why "=3" is above "=4".
 *
 * @example
 * tieBreaks(meeting, rows).get('xinghuayuan-children');
 * // { other: <e-Family row>, position: 'above', decider: { kind: 'criterion', criterion: 'feasibility', … } }
 */
export function tieBreaks(
  meeting: ReviewMeeting,
  rowsInRankOrder: readonly RankingRow[],
): Map<string, TieBreak> {
  const breaks = new Map<string, TieBreak>();
  rowsInRankOrder.forEach((row, i) => {
    if (!row.ranked.tied) return;
    const above = rowsInRankOrder[i - 1];
    const below = rowsInRankOrder[i + 1];
    const sameTotal = (other: RankingRow | undefined) =>
      other !== undefined && other.ranked.tied && other.ranked.total === row.ranked.total;
    if (sameTotal(above)) {
      breaks.set(row.ranked.project, {
        other: above!,
        position: 'below',
        decider: decider(meeting, above!, row, false),
      });
    } else if (sameTotal(below)) {
      breaks.set(row.ranked.project, {
        other: below!,
        position: 'above',
        decider: decider(meeting, row, below!, true),
      });
    }
  });
  return breaks;
}
