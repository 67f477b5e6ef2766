import { describe, expect, it } from 'vitest';
import { Rational } from '../math/rational.js';
import { expectedInstances, pbFiles } from '../../test/fixtures/pabulib/fixtures.js';
import { PabulibReader, parsePabulib, type PabulibParseResult } from './parse-pabulib.js';

const SMALL = `META
key;value
description;"Test; with a semicolon"
budget;100.50
vote_type;approval
PROJECTS
project_id;cost;name;votes
1;60;"Park ""Zielony""";2
2;40.25;Library;1
VOTES
voter_id;age;vote
a;31;1,2
b;;1
c;70;
`;

function ok(result: PabulibParseResult) {
  if (!result.ok) throw new Error(result.violations.map((v) => v.message.en).join('\n'));
  return result.value;
}

function messages(text: string): string[] {
  const result = parsePabulib(text);
  if (result.ok) throw new Error('expected violations');
  return result.violations.map((v) => v.message.en);
}

describe('parsePabulib', () => {
  it('reads META, PROJECTS and VOTES with exact numbers and every extra column', () => {
    const instance = ok(parsePabulib(SMALL));
    expect(instance.meta).toEqual({
      description: 'Test; with a semicolon',
      budget: '100.50',
      vote_type: 'approval',
    });
    expect(instance.budget.equals(Rational.of(201, 2))).toBe(true);
    expect(instance.voteType).toBe('approval');
    expect(instance.projectColumns).toEqual(['project_id', 'cost', 'name', 'votes']);
    expect(instance.projects.map((p) => [p.id, p.cost.toString(), p.extra])).toEqual([
      ['1', '60', { name: 'Park "Zielony"', votes: '2' }],
      ['2', '161/4', { name: 'Library', votes: '1' }],
    ]);
    expect(instance.votes).toEqual([
      { voterId: 'a', projects: ['1', '2'], extra: { age: '31' } },
      { voterId: 'b', projects: ['1'], extra: { age: '' } },
      { voterId: 'c', projects: [], extra: { age: '70' } },
    ]);
  });

  it('reads CRLF line ends, a byte-order mark and a quoted field over two lines', () => {
    const text = `\uFEFF${SMALL.replace('Library', '"Lib\nrary"').replaceAll('\n', '\r\n')}`;
    const instance = ok(parsePabulib(text));
    expect(instance.projects[1]!.extra.name).toBe('Lib\nrary');
    expect(instance.votes).toHaveLength(3);
  });

  it('gives the same instance however the text is cut into chunks', () => {
    const whole = ok(parsePabulib(SMALL));
    for (const size of [1, 2, 3, 7, 50]) {
      const reader = new PabulibReader();
      for (let i = 0; i < SMALL.length; i += size) reader.push(SMALL.slice(i, i + size));
      expect(ok(reader.end())).toEqual(whole);
    }
  });

  it('keeps the points of cumulative ballots and the order of ordinal ones', () => {
    const cumulative = ok(
      parsePabulib(
        SMALL.replace('approval', 'cumulative')
          .replace('voter_id;age;vote', 'voter_id;age;vote;points')
          .replace('a;31;1,2', 'a;31;2,1;3,1.5')
          .replace('b;;1', 'b;;1;5')
          .replace('c;70;', 'c;70;;'),
      ),
    );
    expect(cumulative.voteType).toBe('cumulative');
    expect(cumulative.votes[0]!.projects).toEqual(['2', '1']);
    expect(cumulative.votes[0]!.points!.map(String)).toEqual(['3', '3/2']);
    expect(cumulative.votes[2]!.points).toEqual([]);
  });

  it('reads every fixture with the counts pabutools found', () => {
    for (const [file, text] of Object.entries(pbFiles)) {
      const instance = ok(parsePabulib(text));
      const expected = expectedInstances[file]!;
      expect(instance.budget.toString(), file).toBe(String(expected.parsed.budget));
      expect(instance.projects.length, file).toBe(expected.parsed.num_projects);
      expect(instance.votes.length, file).toBe(expected.parsed.num_votes);
      const approvals: Record<string, number> = {};
      for (const p of instance.projects) approvals[p.id] = 0;
      for (const v of instance.votes) for (const id of v.projects) approvals[id]!++;
      expect(approvals, file).toEqual(expected.approvals);
      expect(instance.meta, file).toMatchObject(expected.meta);
    }
    expect(Object.keys(pbFiles)).toHaveLength(17);
  }, 60_000);

  it('has byte-exact copies of the pabutools files', async () => {
    const subtle = (globalThis as unknown as { crypto: { subtle: SubtleLike } }).crypto.subtle;
    for (const [file, text] of Object.entries(pbFiles)) {
      const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
      const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
      expect(hex, file).toBe(expectedInstances[file]!.sha256);
    }
  }, 60_000);
});

interface SubtleLike {
  digest(algorithm: string, data: Uint8Array): Promise<ArrayBuffer>;
}

describe('parsePabulib errors', () => {
  it('names the line of a row with the wrong number of fields', () => {
    expect(messages(SMALL.replace('2;40.25;Library;1', '2;40;Library'))).toEqual([
      'line 9: PROJECTS row has 3 fields, the header has 4',
    ]);
  });

  it('rejects costs and budgets that are not numbers', () => {
    expect(
      messages(SMALL.replace('1;60;', '1;sixty;').replace('budget;100.50', 'budget;-1')),
    ).toEqual([
      'line 4: budget "-1" is not a non-negative number',
      'line 8: cost "sixty" of project 1 is not a non-negative number',
    ]);
  });

  it('rejects votes for unknown or repeated projects and repeated voters', () => {
    expect(
      messages(
        SMALL.replace('a;31;1,2', 'a;31;1,7').replace('b;;1', 'b;;1,1').replace('c;70;', 'a;70;'),
      ),
    ).toEqual([
      'line 12: voter a votes for project "7", which is not in PROJECTS',
      'line 13: voter b lists project 1 twice',
      'line 14: voter a votes twice (first on line 12)',
    ]);
  });

  it('rejects a repeated project, a missing column and an unknown vote type', () => {
    expect(messages(SMALL.replace('2;40.25', '1;40.25'))).toEqual([
      'line 9: project 1 is listed twice (first on line 8)',
      'line 12: voter a votes for project "2", which is not in PROJECTS',
    ]);
    expect(messages(SMALL.replace('voter_id;age;vote', 'voter;age;vote'))).toEqual([
      'line 11: VOTES header lacks the column voter_id (found: voter;age;vote)',
    ]);
    expect(messages(SMALL.replace('vote_type;approval', 'vote_type;veto'))).toEqual([
      'line 5: vote_type "veto" is not one of approval, ordinal, cumulative, scoring',
    ]);
  });

  it('reports missing sections, missing META keys and an unclosed quote', () => {
    expect(messages('hello;world\n')).toEqual([
      'line 1: expected the section header META, found "hello"',
      'line 1: the file has no META section',
      'line 1: the file has no PROJECTS section',
      'line 1: the file has no VOTES section',
    ]);
    expect(
      messages('META\nkey;value\nbudget;5\nPROJECTS\nproject_id;cost\nVOTES\nvoter_id;vote\n'),
    ).toEqual([
      'line 1: META has no vote_type (expected one of approval, ordinal, cumulative, scoring)',
    ]);
    expect(messages(SMALL.replace('"Park ""Zielony"""', '"Park'))).toContain(
      'line 8: a quoted field opened here is never closed (a `"` is missing)',
    );
  });

  it('rejects sections out of order and points that do not match the vote', () => {
    expect(
      messages(
        SMALL.replace('PROJECTS', 'VOTES').replace('VOTES\nvoter_id', 'PROJECTS\nvoter_id'),
      )[0],
    ).toBe(
      'line 6: found the VOTES section where the PROJECTS section was expected (the order is META, PROJECTS, VOTES)',
    );
    const points = SMALL.replace('voter_id;age;vote', 'voter_id;age;vote;points')
      .replace('a;31;1,2', 'a;31;1,2;1')
      .replace('b;;1', 'b;;1;x')
      .replace('c;70;', 'c;70;;');
    expect(messages(points)).toEqual([
      'line 12: voter a gives 1 points for 2 projects',
      'line 13: points "x" of voter b is not a number',
    ]);
  });

  it('reports each violation with its rule, line and path', () => {
    const result = parsePabulib(SMALL.replace('2;40.25;Library;1', '2;40;Library'));
    expect(result).toEqual({
      ok: false,
      violations: [
        {
          rule: 'pb.field-count',
          line: 9,
          path: ['PROJECTS', 1],
          message: {
            'zh-CN': '第 9 行：PROJECTS 行有 3 个字段，表头有 4 个',
            en: 'line 9: PROJECTS row has 3 fields, the header has 4',
          },
        },
      ],
    });
  });
});
