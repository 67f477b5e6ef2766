/** One page of a list read in key order, and the cursor of the next page (`null` at the end). */
export interface KeysetPage<T> {
  items: T[];
  /** Pass as `after` to read the next page; `null` when this page is the last. */
  next: string | null;
}

/** The largest page a list answers, and the page size when none is asked for. */
export const PAGE_LIMITS = { default: 100, max: 1000 } as const;

/**
 * A page size as asked (`?limit=`), clamped to 1…{@link PAGE_LIMITS}.max; the default when
 * absent or not a whole number. Every paginated list of the ballot box reads its size here.
 *
 * @example
 * pageLimit('50'); // 50
 * pageLimit('0'); // 1
 * pageLimit(undefined); // 100
 */
export function pageLimit(asked: string | undefined): number {
  const limit = Number.parseInt(asked ?? '', 10);
  return Number.isSafeInteger(limit)
    ? Math.min(Math.max(limit, 1), PAGE_LIMITS.max)
    : PAGE_LIMITS.default;
}

/**
 * The page of a keyset query that read up to `limit + 1` rows in key order: the first `limit`
 * rows, and the key of the last of them as `next` when a further row exists (so the client
 * never asks for an empty last page).
 *
 * @example
 * const rows = await db.selectFrom('meetings').where('id', '>', after).orderBy('id').limit(limit + 1).execute();
 * const page = keysetPage(rows, limit, (row) => row.id); // { items: rows (≤ limit), next }
 */
export function keysetPage<T>(
  rows: readonly T[],
  limit: number,
  keyOf: (row: T) => string,
): KeysetPage<T> {
  const items = rows.slice(0, limit);
  return {
    items,
    next: rows.length > limit && items.length > 0 ? keyOf(items.at(-1)!) : null,
  };
}
