import { describe, expect, it } from 'vitest';
import { paperBallotBody, paperEntryKind, type ReconciledPaper } from './pb-paper-ballot.js';

const marks = (entries: [string, boolean | string][]) => new Map(entries);

describe('a paper ballot as the officer entered it', () => {
  it('sends the ticked projects of an approval or knapsack ballot, the number trimmed, the district when marked', () => {
    expect(
      paperBallotBody('approval', {
        number: ' P-7 ',
        district: '',
        marks: marks([
          ['a', true],
          ['b', false],
          ['c', true],
        ]),
      }),
    ).toEqual({ ok: true, body: { number: 'P-7', projects: ['a', 'c'] } });
    expect(
      paperBallotBody('knapsack', {
        number: 'P-8',
        district: 'north',
        marks: marks([['n1', true]]),
      }),
    ).toEqual({ ok: true, body: { number: 'P-8', district: 'north', projects: ['n1'] } });
  });

  it('sends the points of a cumulative ballot beside their projects, and a ranked ballot in rank order', () => {
    expect(
      paperBallotBody('cumulative', {
        number: 'P-1',
        district: '',
        marks: marks([
          ['a', '3'],
          ['b', ''],
          ['c', ' 2 '],
        ]),
      }),
    ).toEqual({ ok: true, body: { number: 'P-1', projects: ['a', 'c'], points: [3, 2] } });
    expect(
      paperBallotBody('ordinal', {
        number: 'P-2',
        district: '',
        marks: marks([
          ['a', '2'],
          ['b', '1'],
          ['c', ''],
          ['d', '3'],
        ]),
      }),
    ).toEqual({ ok: true, body: { number: 'P-2', projects: ['b', 'a', 'd'] } });
  });

  it('refuses, naming each problem, an entry without its number and ranks given twice', () => {
    const refused = paperBallotBody('ordinal', {
      number: '  ',
      district: '',
      marks: marks([
        ['a', '1'],
        ['b', '1'],
        ['c', '2'],
        ['d', '2'],
      ]),
    });
    expect(refused).toEqual({
      ok: false,
      problems: [
        { key: 'pbPaperNoNumber' },
        { key: 'pbPaperRankTwice', params: { rank: 1, projects: 'a, b' } },
        { key: 'pbPaperRankTwice', params: { rank: 2, projects: 'c, d' } },
      ],
    });
  });
});

describe('which entry of a paper ballot an officer is making', () => {
  const papers: ReconciledPaper[] = [
    { number: 'P-1', officers: ['cr-wang'], status: 'waiting', mismatches: [] },
    { number: 'P-2', officers: ['cr-wang', 'cr-zhao'], status: 'matched', mismatches: [] },
  ];
  it('tells the first entry, the second, a correction of one’s own and a further one', () => {
    expect(paperEntryKind(papers, '', 'cr-zhao')).toBe('none');
    expect(paperEntryKind(papers, 'P-9', 'cr-zhao')).toBe('first');
    expect(paperEntryKind(papers, ' P-1 ', 'cr-zhao')).toBe('second');
    expect(paperEntryKind(papers, 'P-1', 'cr-wang')).toBe('again');
    expect(paperEntryKind(papers, 'P-2', 'cr-li')).toBe('further');
    expect(paperEntryKind(papers, 'P-2', undefined)).toBe('further');
  });
});
