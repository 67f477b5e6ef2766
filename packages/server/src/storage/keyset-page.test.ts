import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type BallotBoxDatabase } from '../db/open-database.js';
import { keysetPage, pageLimit, readKeysetPage } from './keyset-page.js';

describe('pagination', () => {
  it('reads the page size as asked, clamped to 1…1000, 100 when absent or not a number', () => {
    expect(pageLimit('50')).toBe(50);
    expect(pageLimit('0')).toBe(1);
    expect(pageLimit('-3')).toBe(1);
    expect(pageLimit('5000')).toBe(1000);
    expect(pageLimit(undefined)).toBe(100);
    expect(pageLimit('many')).toBe(100);
  });

  it('gives the next cursor only when a row lies beyond the page', () => {
    const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(keysetPage(rows, 2, (row) => row.id)).toEqual({ items: rows.slice(0, 2), next: 'b' });
    expect(keysetPage(rows, 3, (row) => row.id)).toEqual({ items: rows, next: null });
    expect(keysetPage([], 3, (row: { id: string }) => row.id)).toEqual({ items: [], next: null });
  });
});

describe('readKeysetPage', () => {
  let store: BallotBoxDatabase;

  beforeEach(async () => {
    store = await openDatabase({ file: ':memory:' });
    // Inserted out of order, with two rows the list's own filter leaves out.
    await store.db
      .insertInto('organizations')
      .values(
        [
          ['org-d', 'NGO D'],
          ['org-a', 'NGO A'],
          ['org-bx', 'Other'],
          ['org-c', 'NGO C'],
          ['org-b', 'NGO B'],
        ].map(([id, name]) => ({ id: id!, name: name!, created_at: '2025-01-01T00:00:00.000Z' })),
      )
      .execute();
  });
  afterEach(() => store.close());

  /** The organisations named `NGO …` (the `default` one and `org-bx` are filtered out). */
  const ngos = () =>
    store.db.selectFrom('organizations').select(['id', 'name']).where('name', 'like', 'NGO %');

  it('reads the first page in key order, with the last key as the next cursor', async () => {
    expect(await readKeysetPage(ngos(), 'id', undefined, 3)).toEqual({
      items: [
        { id: 'org-a', name: 'NGO A' },
        { id: 'org-b', name: 'NGO B' },
        { id: 'org-c', name: 'NGO C' },
      ],
      next: 'org-c',
    });
  });

  it('reads the rows after the cursor, and ends a short last page with next = null', async () => {
    const first = await readKeysetPage(ngos(), 'id', undefined, 3);
    expect(await readKeysetPage(ngos(), 'id', first.next!, 3)).toEqual({
      items: [{ id: 'org-d', name: 'NGO D' }],
      next: null,
    });
  });

  it('ends a page that holds exactly the last rows with next = null (no empty last page)', async () => {
    const first = await readKeysetPage(ngos(), 'id', undefined, 2);
    expect(first).toEqual({
      items: [
        { id: 'org-a', name: 'NGO A' },
        { id: 'org-b', name: 'NGO B' },
      ],
      next: 'org-b',
    });
    const last = await readKeysetPage(ngos(), 'id', first.next!, 2);
    expect(last).toEqual({
      items: [
        { id: 'org-c', name: 'NGO C' },
        { id: 'org-d', name: 'NGO D' },
      ],
      next: null,
    });
    expect(await readKeysetPage(ngos(), 'id', undefined, 4)).toMatchObject({ next: null });
  });

  it('respects `after` that is not itself a row, and a table-qualified key', async () => {
    // 'org-bx' sorts between 'org-b' and 'org-c' but is filtered out by the query.
    expect(await readKeysetPage(ngos(), 'organizations.id', 'org-bx', 10)).toEqual({
      items: [
        { id: 'org-c', name: 'NGO C' },
        { id: 'org-d', name: 'NGO D' },
      ],
      next: null,
    });
    expect(await readKeysetPage(ngos(), 'id', 'org-z', 10)).toEqual({ items: [], next: null });
  });

  it('asks, at compile time, for a key column the query selects as a string', () => {
    // @ts-expect-error `created_at` is not selected, so a row carries no cursor.
    void (() => readKeysetPage(ngos(), 'created_at', undefined, 10));
  });
});
