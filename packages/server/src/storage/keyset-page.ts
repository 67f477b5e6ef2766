import type {
  ExtractTypeFromReferenceExpression,
  SelectQueryBuilder,
  StringReference,
} from 'kysely';

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
 * never asks for an empty last page). {@link readKeysetPage} writes and runs such a query.
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

/** The name a key column reference gives its column in a row: `rounds.id` → `id`. */
export type KeyColumnName<K extends string> = K extends `${string}.${infer C}`
  ? KeyColumnName<C>
  : K;

/**
 * Reads one page of a list in key order: adds `key > after` (when `after` is given), orders by
 * `key`, reads `limit + 1` rows and answers their {@link keysetPage}, whose `next` is the key of
 * the page's last row. `query` is already filtered (by organisation and the like) and must
 * select the key column under its own name, as a string; the row type flows through.
 *
 * @example
 * const page = await readKeysetPage(
 *   db.selectFrom('meetings').selectAll().where('organization_id', '=', organizationId),
 *   'id',
 *   after,
 *   limit,
 * ); // { items: rows of `meetings` (≤ limit), next: the last item's id, or null }
 */
export async function readKeysetPage<
  DB,
  TB extends keyof DB,
  O extends Record<KeyColumnName<K>, string>,
  K extends StringReference<DB, TB> & string,
>(
  query: SelectQueryBuilder<DB, TB, O>,
  key: K,
  after: ExtractTypeFromReferenceExpression<DB, TB, K> | undefined,
  limit: number,
): Promise<KeysetPage<O>> {
  const column = key.split('.').at(-1) as KeyColumnName<K>;
  const rows = await (after === undefined ? query : query.where(key, '>', after))
    .orderBy(key)
    .limit(limit + 1)
    .execute();
  return keysetPage(rows, limit, (row) => row[column]);
}
