import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rational } from '../math/rational.js';
import { pbFiles } from '../../test/fixtures/pabulib/fixtures.js';
import type { PabulibInstance, PabulibVoteType } from './pabulib-instance.js';
import { parsePabulib } from './parse-pabulib.js';
import { formatPbNumber, writePabulib } from './write-pabulib.js';

function parsed(text: string): PabulibInstance {
  const result = parsePabulib(text);
  if (!result.ok) throw new Error(result.violations[0]!.message.en);
  return result.value;
}

// Cells may hold anything a spreadsheet does: separators, quotes, line breaks, spaces, CJK.
const cell = fc.string({
  unit: fc.constantFrom('a', 'Z', '7', ' ', ';', '"', ',', '\n', '公', 'ł', '-', '.'),
  maxLength: 8,
});
const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,6}$/);
const exact = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.constantFrom(1n, 2n, 3n, 4n, 100n, 7n))
  .map(([n, d]) => Rational.of(n, d));
const columnName = fc.stringMatching(/^[a-z][a-z_]{0,7}$/);

const instanceArb = fc
  .record({
    voteType: fc.constantFrom<PabulibVoteType>('approval', 'ordinal', 'cumulative', 'scoring'),
    budget: exact,
    metaExtra: fc.uniqueArray(fc.tuple(columnName, cell), { selector: ([k]) => k, maxLength: 4 }),
    projectIds: fc.uniqueArray(id, { minLength: 1, maxLength: 8 }),
    projectExtra: fc.uniqueArray(columnName, { maxLength: 3 }),
    voteExtra: fc.uniqueArray(columnName, { maxLength: 3 }),
    voterIds: fc.uniqueArray(id, { maxLength: 12 }),
    seed: fc.array(fc.tuple(fc.nat(), cell, exact), { minLength: 200, maxLength: 200 }),
  })
  .map((r): PabulibInstance => {
    const reserved = new Set([
      'project_id',
      'cost',
      'voter_id',
      'vote',
      'points',
      'budget',
      'vote_type',
    ]);
    const metaExtra = r.metaExtra.filter(([k]) => !reserved.has(k));
    const projectExtra = r.projectExtra.filter((c) => !reserved.has(c));
    const voteExtra = r.voteExtra.filter((c) => !reserved.has(c));
    let i = 0;
    const next = () => r.seed[i++ % r.seed.length]!;
    const withPoints = r.voteType === 'cumulative' || r.voteType === 'scoring';
    return {
      meta: Object.fromEntries([
        ...metaExtra.map(([k, v]) => [k, v.trim()] as const),
        ['budget', formatPbNumber(r.budget)],
        ['vote_type', r.voteType],
      ]),
      budget: r.budget,
      voteType: r.voteType,
      projectColumns: ['project_id', 'cost', ...projectExtra],
      projects: r.projectIds.map((pid) => ({
        id: pid,
        cost: next()[2],
        extra: Object.fromEntries(projectExtra.map((c) => [c, next()[1]])),
      })),
      voteColumns: ['voter_id', 'vote', ...(withPoints ? ['points'] : []), ...voteExtra],
      votes: r.voterIds.map((vid) => {
        const chosen = r.projectIds.filter(() => next()[0] % 2 === 0);
        return {
          voterId: vid,
          projects: chosen,
          ...(withPoints ? { points: chosen.map(() => next()[2]) } : {}),
          extra: Object.fromEntries(voteExtra.map((c) => [c, next()[1]])),
        };
      }),
    };
  });

describe('writePabulib', () => {
  it('round-trips: parsing what it writes gives the same instance', () => {
    fc.assert(
      fc.property(instanceArb, (instance) => {
        expect(parsed(writePabulib(instance))).toEqual(instance);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('round-trips every fixture', () => {
    for (const [file, text] of Object.entries(pbFiles)) {
      const instance = parsed(text);
      const written = writePabulib(instance);
      const again = parsed(written);
      if (text.length < 100_000) expect(again, file).toEqual(instance);
      else {
        // The two big files: deep equality of 30,000 votes is slow; compare what matters.
        expect(writePabulib(again), file).toBe(written);
        expect(again.votes.length, file).toBe(instance.votes.length);
        expect(again.projects, file).toEqual(instance.projects);
      }
    }
  }, 60_000);

  it('writes the sections with their headers and quotes only where needed', () => {
    const instance = parsed(
      'META\nkey;value\nbudget;10\nvote_type;approval\nPROJECTS\nproject_id;cost;name\n' +
        '1;2.50;"a;b"\nVOTES\nvoter_id;vote\nv;1\n',
    );
    expect(writePabulib(instance)).toBe(
      'META\nkey;value\nbudget;10\nvote_type;approval\nPROJECTS\nproject_id;cost;name\n' +
        '1;2.5;"a;b"\nVOTES\nvoter_id;vote\nv;1\n',
    );
  });

  it('writes exact numbers as integers, decimals or p/q', () => {
    expect(formatPbNumber(Rational.of(120000))).toBe('120000');
    expect(formatPbNumber(Rational.parse('0.125'))).toBe('0.125');
    expect(formatPbNumber(Rational.of(-7, 20))).toBe('-0.35');
    expect(formatPbNumber(Rational.of(1, 3))).toBe('1/3');
  });
});
