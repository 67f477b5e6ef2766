import type { SortDirection } from '../events/sort.js';
import type { RankingRow } from './ranking-rows.js';

/** What a ranking can be sorted by: `rank`, `project`, `total`, `requested`, `criterion:<id>`. */
export type RankingColumn = string;

function sortValue(row: RankingRow, column: RankingColumn): number | string {
  if (column === 'rank') return row.ranked.rank;
  if (column === 'project') return row.title;
  if (column === 'total') return row.ranked.total;
  if (column === 'requested') return row.requested;
  return row.ranked.criteria[column.slice('criterion:'.length)]?.weighted ?? 0;
}

/**
 * The rows sorted by a column (titles by the locale's collation, numbers by value; a criterion
 * by its weighted score), ties kept in rank order.
 *
 * @example
 * sortRankingRows(rows, 'total', 'descending', 'zh-CN');
 */
export function sortRankingRows(
  rows: readonly RankingRow[],
  column: RankingColumn,
  direction: SortDirection,
  locale: string,
): RankingRow[] {
  const sorted = [...rows];
  const sign = direction === 'ascending' ? 1 : -1;
  const collator = new Intl.Collator(locale);
  sorted.sort((a, b) => {
    const x = sortValue(a, column);
    const y = sortValue(b, column);
    const order =
      typeof x === 'string' && typeof y === 'string'
        ? collator.compare(x, y)
        : Number(x) - Number(y);
    return order * sign || a.ranked.rank - b.ranked.rank;
  });
  return sorted;
}

/**
 * The direction a click on a column header sorts in: the other way when it is already sorted
 * ascending by it; otherwise scores and totals best first, the rest ascending.
 *
 * @example
 * nextSortDirection('total', 'rank', 'ascending'); // 'descending'
 */
export function nextSortDirection(
  column: RankingColumn,
  current: RankingColumn,
  direction: SortDirection,
): SortDirection {
  return current === column && direction === 'ascending'
    ? 'descending'
    : column === 'total' || column.startsWith('criterion:')
      ? 'descending'
      : 'ascending';
}
