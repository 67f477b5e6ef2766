import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pbFiles } from '../../test/fixtures/pabulib/fixtures.js';
import { approvalElectionFromPabulib } from '../budget/approval-election.js';
import { equalShares } from '../budget/equal-shares.js';
import { greedy } from '../budget/greedy.js';
import { sequentialPhragmen } from '../budget/sequential-phragmen.js';
import { PABULIB_MAX_QUOTED_LINES, PabulibReader, parsePabulib } from './parse-pabulib.js';

const HEAD =
  'META\nkey;value\nbudget;1000\nvote_type;approval\nPROJECTS\nproject_id;cost;name;votes\n' +
  '1;400;"Park; north";0\n2;300;Library;0\n3;500;Pool;0\nVOTES\nvoter_id;age;vote\n';

function voteLines(n: number): string {
  let out = '';
  for (let v = 0; v < n; v++) out += `${v};${20 + (v % 50)};${1 + (v % 3)},${1 + ((v + 1) % 3)}\n`;
  return out;
}

function violations(input: string | Uint8Array): string[] {
  const result = parsePabulib(input);
  if (result.ok) throw new Error('expected violations');
  return result.violations.map((v) => v.message.en);
}

/** Characters scanned per character of input, for a file fed in pieces of `chunk`. */
function scannedPerChar(text: string, chunk: number): number {
  const reader = new PabulibReader();
  for (let i = 0; i < text.length; i += chunk) reader.push(text.slice(i, i + chunk));
  reader.end();
  return reader.scanned / text.length;
}

describe('parsePabulib on hostile input', () => {
  it('scans each character a bounded number of times, stray quotes or not (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 50, max: 2000 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 }),
        fc.constantFrom(1, 7, 64, 4096, 1 << 20),
        (voters, quoteAt, chunk) => {
          let text = HEAD + voteLines(voters);
          for (const at of quoteAt) {
            // A stray quote at the start of a field: it opens a quoted field.
            const semi = text.indexOf(';', Math.floor(at * text.length));
            if (semi > 0) text = `${text.slice(0, semi + 1)}"${text.slice(semi + 1)}`;
          }
          expect(scannedPerChar(text, chunk)).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('does work per character that does not grow with the file (clean vs stray quote, 1× to 16×)', () => {
    const ratios = [1, 4, 16].map((scale) => {
      const clean = HEAD + voteLines(500 * scale);
      // The stray quote opens on the first vote line and is never closed.
      const stray = clean.replace('VOTES\nvoter_id;age;vote\n0;', 'VOTES\nvoter_id;age;vote\n0;"');
      return [scannedPerChar(clean, 4096), scannedPerChar(stray, 4096)];
    });
    for (const [clean, stray] of ratios) {
      expect(clean).toBeLessThanOrEqual(1);
      expect(stray).toBeLessThanOrEqual(1);
    }
  });

  it(`refuses a quoted field open for ${PABULIB_MAX_QUOTED_LINES} lines, naming the line it opened on`, () => {
    const text = HEAD.replace('2;300;Library;0', '2;300;"Library;0') + voteLines(20_000);
    const result = parsePabulib(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.violations).toHaveLength(1);
    expect(result.violations[0]).toMatchObject({ rule: 'pb.quote', line: 8 });
    expect(result.violations[0]!.message.en).toBe(
      `line 8: a quoted field opened here is still open ${PABULIB_MAX_QUOTED_LINES} lines later (a \`"\` is missing?); a quoted field may span at most ${PABULIB_MAX_QUOTED_LINES} lines, so the rest of the file is not read`,
    );
    expect(result.violations[0]!.message['zh-CN']).toMatch(/^第 8 行：此处开始的引号字段/);
    // A legitimate quoted field over a few lines is still read.
    const multi = parsePabulib(
      HEAD.replace('Library', '"Lib\nra\nry"') + voteLines(3).replace(/^/, ''),
    );
    expect(multi.ok).toBe(true);
  });

  it('reads a long line fed one character at a time without copying it again each time', () => {
    const long = `${HEAD}v;1;${Array.from({ length: 3 }, (_, i) => i + 1).join(',')}\n`;
    const reader = new PabulibReader();
    for (const ch of long) reader.push(ch);
    expect(reader.end().ok).toBe(true);
  });
});

describe('parsePabulib on files cut short', () => {
  it('compares META num_votes and num_projects with the rows read, in both languages', () => {
    const text = HEAD.replace(
      'vote_type;approval',
      'vote_type;approval\nnum_votes;5\nnum_projects;3',
    );
    const counted = (n: number) => text.replaceAll(';0\n', `;${n}\n`);
    expect(parsePabulib(text + voteLines(5)).ok).toBe(true);
    const result = parsePabulib(text + voteLines(4));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.violations[0]!.message).toEqual({
      en: 'line 5: META num_votes is 5, but the VOTES section has 4 rows (is the file cut short?)',
      'zh-CN': '第 5 行：META 的 num_votes 为 5，但 VOTES 节有 4 行（文件是否被截断？）',
    });
    expect(violations(text.replace('3;500;Pool;0\n', '') + voteLines(0))).toContain(
      'line 6: META num_projects is 3, but the PROJECTS section has 2 rows (is the file cut short?)',
    );
    expect(counted(0)).toBe(text);
  });

  it('refuses a last line without a line break that disagrees with the votes column', () => {
    const file = HEAD.replace('1;400;"Park; north";0', '1;400;"Park; north";1')
      .replace('2;300;Library;0', '2;300;Library;1')
      .replace('3;500;Pool;0', '3;500;Pool;0');
    expect(parsePabulib(`${file}a;30;1,2`).ok).toBe(true);
    expect(parsePabulib(`${file}a;30;1,2\n`).ok).toBe(true);
    // Cut inside the last field: project 2 lost its approval.
    expect(violations(`${file}a;30;1`)).toEqual([
      'line 12: the file ends without a line break after this line, and project 2 is named by 0 vote rows while its votes column says 1: the file may be cut short (if it is complete, end it with a line break)',
    ]);
    // Without a votes column, the last line cannot be checked.
    const noVotes = HEAD.replace(';votes', '').replaceAll(/;0\n/g, '\n');
    expect(violations(`${noVotes}a;30;1`)[0]).toMatch(
      /^line 12: the file ends without a line break/,
    );
    expect(parsePabulib(`${noVotes}a;30;1\n`).ok).toBe(true);
  });

  it('refuses every cut of the real files or gives the same outcomes (property over cut positions)', () => {
    const files = Object.entries(pbFiles).filter(([, text]) => text.length < 30_000);
    const outcomes = (text: string) => {
      const parsed = parsePabulib(text);
      if (!parsed.ok) return null;
      const election = approvalElectionFromPabulib(parsed.value);
      if (!election.ok) return null;
      const e = election.value;
      return JSON.stringify(
        [
          greedy(e),
          equalShares(e),
          equalShares(e, { utility: 'cardinality' }),
          sequentialPhragmen(e),
        ].map((o) => [o.selected, o.cost.toString()]),
      );
    };
    const whole = new Map(files.map(([name, text]) => [name, outcomes(text)]));
    fc.assert(
      fc.property(
        fc.constantFrom(...files),
        fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        ([name, text], at) => {
          const cut = outcomes(text.slice(0, Math.floor(at * text.length)));
          if (cut !== null) expect(cut).toBe(whole.get(name));
        },
      ),
      { numRuns: 300 },
    );
    // And the cuts most likely to slip through: the last 40 positions of every file.
    for (const [name, text] of files) {
      for (let k = Math.max(0, text.length - 40); k < text.length; k++) {
        const cut = outcomes(text.slice(0, k));
        if (cut !== null) expect(cut, `${name} cut at ${k}`).toBe(whole.get(name));
      }
    }
  }, 120_000);
});

describe('parsePabulib on bytes', () => {
  const encoder = new TextEncoder();

  it('reads UTF-8 bytes in any chunking, a character cut between chunks included', () => {
    const text = HEAD.replace('Library', 'Biblioteka Łódź 图书馆') + voteLines(3);
    const bytes = encoder.encode(text);
    const whole = parsePabulib(text);
    for (const size of [1, 2, 3, 5, 64]) {
      const reader = new PabulibReader();
      for (let i = 0; i < bytes.length; i += size) reader.pushBytes(bytes.subarray(i, i + size));
      expect(reader.end()).toEqual(whole);
    }
  });

  it('refuses Latin-1 bytes with the line of the first bad byte, in both languages', () => {
    const text = HEAD + voteLines(3);
    const bytes = encoder.encode(text.replace('Pool', 'Pool\u00e9'));
    // Latin-1: é is the single byte 0xE9.
    const latin1 = Uint8Array.from(text.replace('Pool', 'Pool\u00e9'), (c) => c.charCodeAt(0));
    expect(parsePabulib(bytes).ok).toBe(true);
    const result = parsePabulib(latin1);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.violations).toEqual([
      expect.objectContaining({
        rule: 'pb.encoding',
        line: 9,
        message: {
          en: 'line 9: byte 0xE9 is not UTF-8: a .pb file is read as UTF-8 (save it as UTF-8; Latin-1 or Windows-1250 text is not read)',
          'zh-CN':
            '第 9 行：字节 0xE9 不是 UTF-8：.pb 文件按 UTF-8 读取（请另存为 UTF-8；不读取 Latin-1 或 Windows-1250 编码）',
        },
      }),
    ]);
    for (const size of [1, 3, 17]) {
      const reader = new PabulibReader();
      for (let i = 0; i < latin1.length; i += size) reader.pushBytes(latin1.subarray(i, i + size));
      const cut = reader.end();
      expect(cut.ok ? 0 : cut.violations[0]!.line, `chunks of ${size}`).toBe(9);
    }
    // A character cut at the very end of the file.
    expect(violations(bytes.subarray(0, bytes.indexOf(0xc3) + 1))[0]).toMatch(/is not UTF-8/);
  });
});

describe('vote rows', () => {
  it('finds a project repeated far apart in a long vote line, in linear time', () => {
    const ids = Array.from({ length: 3000 }, (_, i) => `p${i}`);
    const head =
      'META\nkey;value\nbudget;10\nvote_type;approval\nPROJECTS\nproject_id;cost\n' +
      ids.map((id) => `${id};1\n`).join('') +
      'VOTES\nvoter_id;vote\n';
    expect(parsePabulib(`${head}v;${ids.join(',')}\n`).ok).toBe(true);
    expect(violations(`${head}v;${ids.join(',')},p0\n`)).toEqual([
      `line ${3009}: voter v lists project p0 twice`,
    ]);
  });
});
