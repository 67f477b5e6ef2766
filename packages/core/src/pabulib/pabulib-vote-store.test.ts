import { describe, expect, it } from 'vitest';
import { pbFiles } from '../../test/fixtures/pabulib/fixtures.js';
import { Rational } from '../math/rational.js';
import { parsePabulib } from './parse-pabulib.js';
import type { PabulibInstance, PabulibVote } from './pabulib-instance.js';
import { pabulibVoteStore } from './pabulib-vote-store.js';
import { withSelectedProjects } from './with-selected-projects.js';

function parsed(text: string): PabulibInstance {
  const result = parsePabulib(text);
  if (!result.ok) throw new Error(result.violations[0]!.message.en);
  return result.value;
}

/** The votes as the reader made them before it kept columns: one object per row. */
function votesOf(text: string): PabulibVote[] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.trim() === 'VOTES');
  const header = lines[start + 1]!.split(';');
  return lines
    .slice(start + 2)
    .filter((l) => l.trim() !== '')
    .map((line) => {
      const fields = line.split(';');
      const extra: Record<string, string> = {};
      header.forEach((name, i) => {
        if (!['voter_id', 'vote', 'points'].includes(name)) extra[name] = fields[i]!;
      });
      const at = (name: string) => fields[header.indexOf(name)]!.trim();
      const vote: PabulibVote = {
        voterId: at('voter_id'),
        projects: at('vote') === '' ? [] : at('vote').split(','),
        extra,
      };
      if (header.includes('points')) vote.points = at('points').split(',').map(Rational.parse);
      return vote;
    });
}

const HEAD = `META
key;value
budget;100
vote_type;cumulative
PROJECTS
project_id;cost
a;60
b;40
VOTES
`;

describe('PabulibVoteStore', () => {
  it('holds every vote of every open fixture, as the rows say', () => {
    for (const [name, text] of Object.entries(pbFiles)) {
      const instance = parsed(text);
      const store = pabulibVoteStore(instance)!;
      expect(store, name).not.toBeNull();
      const expected = votesOf(text);
      expect(store.count, name).toBe(expected.length);
      expect(store.toVotes(), name).toEqual(expected);
      // Reading the columns made no vote object: the store is still the truth.
      expect(pabulibVoteStore(instance), name).toBe(store);
      expect(instance.votes, name).toEqual(expected);
    }
  });

  it('keeps points, text voter ids and extra columns, including one named __proto__', () => {
    const instance = parsed(
      `${HEAD}voter_id;vote;points;__proto__;age\nx7;a,b;3,1/2;K;30\n07;b;4;M;30\n`,
    );
    const store = pabulibVoteStore(instance)!;
    expect(store.voterId(0)).toBe('x7');
    expect(store.voterId(1)).toBe('07');
    expect(store.projects(0)).toEqual(['a', 'b']);
    expect(store.points!.map(String)).toEqual(['3', '1/2', '4']);
    expect(store.extra(1, 'age')).toBe('30');
    expect(store.extra(1, 'sex')).toBeUndefined();
    const vote = store.vote(0);
    expect(Object.keys(vote.extra)).toEqual(['__proto__', 'age']);
    expect(vote.extra.__proto__).toBe('K');
    expect(Object.getPrototypeOf(vote.extra)).toBe(Object.prototype);
    expect(vote.points!.map(String)).toEqual(['3', '1/2']);
    expect(instance.votes[1]).toEqual({
      voterId: '07',
      projects: ['b'],
      points: [Rational.of(4)],
      // JSON.parse makes __proto__ an own property, as the file's column is.
      extra: JSON.parse('{"__proto__":"M","age":"30"}') as Record<string, string>,
    });
  });

  it('gives way to the vote objects once they are read or assigned, since they may change', () => {
    const text = `${HEAD}voter_id;vote;points\n1;a;1\n2;b;1\n`;
    const read = parsed(text);
    read.votes[0]!.projects.push('b');
    expect(pabulibVoteStore(read)).toBeNull();
    expect(read.votes[0]!.projects).toEqual(['a', 'b']);

    const assigned = parsed(text);
    assigned.votes = [];
    expect(pabulibVoteStore(assigned)).toBeNull();
    expect(assigned.votes).toEqual([]);

    const handMade: PabulibInstance = { ...parsed(text) };
    expect(pabulibVoteStore(handMade)).toBeNull();
    expect(handMade.votes).toHaveLength(2);
  });

  it('is kept by withSelectedProjects, which shares the votes as a copy would', () => {
    const instance = parsed(pbFiles['poland_warszawa_2018_pole-mokotowskie.pb']!);
    const store = pabulibVoteStore(instance)!;
    const copy = withSelectedProjects(instance, [instance.projects[0]!.id]);
    expect(pabulibVoteStore(copy)).toBe(store);
    expect(copy.votes).toBe(instance.votes);
    expect(copy.projects[0]!.extra.selected).toBe('1');
  });

  it('appears as a plain votes property to JSON and to object copies', () => {
    const instance = parsed(`${HEAD}voter_id;vote;points\n1;a;2\n`);
    expect(Object.keys(instance)).toContain('votes');
    expect(JSON.parse(JSON.stringify(instance)).votes).toEqual([
      { voterId: '1', projects: ['a'], points: ['2'], extra: {} },
    ]);
  });
});
