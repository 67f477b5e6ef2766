import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pbFiles } from '../../test/fixtures/pabulib/fixtures.js';
import { PabulibReader, type PabulibParseResult } from './parse-pabulib.js';

// The reader takes a fast path for plain VOTES rows (no quote, plain spaces, known projects)
// and declines anything else to the general row reader. These tests read the same text twice,
// once with the fast path switched off, and expect the very same result: instance, violations
// and their lines.

type Reader = {
  fastVoteRow: (text: string, start: number, end: number) => boolean;
  fastVoteRows: (text: string, start: number) => number;
};

function read(text: string, fast: boolean, chunk = text.length): PabulibParseResult {
  const reader = new PabulibReader();
  if (!fast) {
    (reader as unknown as Reader).fastVoteRow = () => false;
    (reader as unknown as Reader).fastVoteRows = (_text, start) => start;
  }
  for (let i = 0; i < text.length; i += Math.max(chunk, 1)) reader.push(text.slice(i, i + chunk));
  return reader.end();
}

/** How many rows the fast paths read: row by row, and in blocks. */
function fastRows(text: string): { row: number; block: number } {
  const reader = new PabulibReader();
  const self = reader as unknown as Reader;
  const original = self.fastVoteRow.bind(reader);
  const originalBlock = self.fastVoteRows.bind(reader);
  const taken = { row: 0, block: 0 };
  self.fastVoteRow = (t, s, e) => {
    const done = original(t, s, e);
    if (done) taken.row++;
    return done;
  };
  self.fastVoteRows = (t, s) => {
    const next = originalBlock(t, s);
    for (let i = s; i < next; i++) if (t.charCodeAt(i) === 10) taken.block++;
    return next;
  };
  reader.push(text);
  reader.end();
  return taken;
}

/** The same text read with only the row-by-row fast path (the block path switched off). */
function readRowFast(text: string, chunk = text.length): PabulibParseResult {
  const reader = new PabulibReader();
  (reader as unknown as Reader).fastVoteRows = (_text, start) => start;
  for (let i = 0; i < text.length; i += Math.max(chunk, 1)) reader.push(text.slice(i, i + chunk));
  return reader.end();
}

const HEAD = `META
key;value
budget;100
vote_type;approval
PROJECTS
project_id;cost;votes
1;60;0
2;40;0
P7;10;0
XIII.11;5;0
VOTES
`;

describe('PabulibReader fast path for VOTES rows', () => {
  it('reads every open fixture exactly as the general reader does, and takes it for most rows', () => {
    for (const [name, text] of Object.entries(pbFiles)) {
      expect(read(text, true), name).toEqual(read(text, false));
      const rows = (read(text, true) as { ok: true; value: { votes: unknown[] } }).value.votes
        .length;
      expect(readRowFast(text), name).toEqual(read(text, false));
      const taken = fastRows(text);
      expect(taken.block, name).toBeGreaterThan(rows / 2);
    }
  });

  it('agrees with the general reader on awkward rows (property)', () => {
    const id = fc.constantFrom(
      '1',
      '2',
      'P7',
      'XIII.11',
      ' 1',
      '2 ',
      '9',
      '',
      'p7',
      '1\u00a0',
      '\u30002',
    );
    const voter = fc.constantFrom(
      '1',
      '2',
      '10',
      '007',
      '0',
      'a',
      ' 3',
      '3\u3000',
      'META',
      'VOTES',
      '123456789012345678',
      '',
    );
    const extra = fc.constantFrom('', 'K', 'M', ' 31', '\t', '\u00a0', 'x;y', 'internet');
    const row = fc.oneof(
      fc
        .tuple(voter, fc.array(id, { maxLength: 4 }), extra, extra)
        .map(([v, ids, a, b]) => `${v};${a};${ids.join(',')};${b}`),
      fc.constantFrom(
        '',
        '   ',
        '\u3000',
        'VOTES;;;',
        'META; ;\t;',
        '5;1;2',
        '6;;1,,2;',
        '7;;"1";',
      ),
    );
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 12 }),
        fc.boolean(),
        fc.nat({ max: 40 }),
        (rows, crlf, chunk) => {
          const text = `${HEAD}voter_id;age;vote;sex\n${rows.join(crlf ? '\r\n' : '\n')}\n`;
          expect(read(text, true, chunk + 1)).toEqual(read(text, false));
          expect(readRowFast(text, chunk + 1)).toEqual(read(text, false));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('reports a voter id out of order that repeats an earlier one, with its first line', () => {
    const text = `${HEAD}voter_id;vote\n5;1\n9;2\n5;P7\n`;
    const result = read(text, true);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.violations.map((v) => v.message.en)).toEqual([
      'line 15: voter 5 votes twice (first on line 13)',
    ]);
    expect(result).toEqual(read(text, false));
  });
});
