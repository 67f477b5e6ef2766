import { describe, expect, it } from 'vitest';
import type { PaperEntry } from '../storage/pb-paper-entries.js';
import { comparableBallot, reconcilePaper } from './paper-reconciliation.js';

const entry = (number: string, officer: string, ballot: PaperEntry['ballot']): PaperEntry => ({
  number,
  officer,
  ballot,
  logSeq: 1,
  enteredAt: '2027-05-01T10:00:00.000Z',
});

describe('reconcilePaper', () => {
  it('counts a paper ballot only when two officers entered the same ballot', () => {
    const result = reconcilePaper(
      [
        entry('P-2', 'wang', { projects: ['a'] }),
        entry('P-1', 'wang', { projects: ['b', 'a'] }),
        entry('P-1', 'zhao', { projects: ['a', 'b'] }),
      ],
      'approval',
    );
    expect(result.papers.map((p) => [p.number, p.status])).toEqual([
      ['P-1', 'matched'],
      ['P-2', 'waiting'],
    ]);
    expect(result.counted).toEqual([{ number: 'P-1', ballot: { projects: ['a', 'b'] } }]);
    expect(result.totals).toEqual({ entered: 2, matched: 1, mismatched: 0, waiting: 1 });
  });

  it('lists paper ballots and sorts their projects in code-point order, as Pabulib does', () => {
    // U+FFFF sorts before U+1F4C4 by code point; JavaScript's `<` (UTF-16 units) says the opposite.
    const result = reconcilePaper(
      [
        entry('P-\u{1F4C4}', 'wang', { projects: ['a'] }),
        entry('P-\uFFFF', 'wang', { projects: ['a'] }),
      ],
      'approval',
    );
    expect(result.papers.map((p) => p.number)).toEqual(['P-\uFFFF', 'P-\u{1F4C4}']);
    expect(comparableBallot({ projects: ['\u{1F4C4}', '\uFFFF', 'b'] }, 'approval')).toEqual({
      projects: ['b', '\uFFFF', '\u{1F4C4}'],
    });
  });

  it('lists every field the entries differ on, with what each officer typed', () => {
    const result = reconcilePaper(
      [
        entry('P-7', 'wang', { district: 'north', projects: ['a', 'b'], points: [3, 2] }),
        entry('P-7', 'zhao', { projects: ['a', 'b'], points: [2, 3] }),
        entry('P-7', 'li', { district: 'north', projects: ['b', 'a'], points: [2, 3] }),
      ],
      'cumulative',
    );
    const [paper] = result.papers;
    expect(paper!.status).toBe('mismatched');
    expect(paper!.mismatches).toEqual([
      {
        field: 'district',
        entries: [
          { officer: 'wang', value: 'north' },
          { officer: 'zhao', value: null },
          { officer: 'li', value: 'north' },
        ],
      },
      {
        field: 'points',
        entries: [
          { officer: 'wang', value: [3, 2] },
          { officer: 'zhao', value: [2, 3] },
          { officer: 'li', value: [3, 2] },
        ],
      },
    ]);
    expect(result.counted).toEqual([]);
  });

  it('keeps the order of an ordinal ballot: a different ranking is a mismatch', () => {
    expect(comparableBallot({ projects: ['b', 'a'] }, 'ordinal')).toEqual({ projects: ['b', 'a'] });
    const result = reconcilePaper(
      [
        entry('P-1', 'wang', { projects: ['b', 'a'] }),
        entry('P-1', 'zhao', { projects: ['a', 'b'] }),
      ],
      'ordinal',
    );
    expect(result.papers[0]!.mismatches.map((m) => m.field)).toEqual(['projects']);
  });
});
