import { describe, expect, it } from 'vitest';
import { keysetPage, pageLimit } from './keyset-page.js';

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
