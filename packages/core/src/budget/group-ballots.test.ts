import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupBallots } from './group-ballots.js';

function columns(ballots: number[][]): [Int32Array, Int32Array] {
  const offsets = new Int32Array(ballots.length + 1);
  ballots.forEach((b, v) => (offsets[v + 1] = offsets[v]! + b.length));
  return [offsets, Int32Array.from(ballots.flat())];
}

describe('groupBallots', () => {
  it('groups equal approval sets, written in any order, in order of first appearance', () => {
    const groups = groupBallots(...columns([[1, 0], [2], [0, 1], [], [2], []]), 6);
    expect(groups.ballots.map((b) => [...b])).toEqual([[0, 1], [2], []]);
    expect([...groups.weights]).toEqual([2, 2, 2]);
  });

  it('agrees with grouping by a sorted key (property)', () => {
    const ballot = fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 40 });
    fc.assert(
      fc.property(fc.array(ballot, { maxLength: 200 }), (ballots) => {
        const groups = groupBallots(...columns(ballots), ballots.length);
        const expected = new Map<string, { set: number[]; weight: number }>();
        for (const b of ballots) {
          const set = [...b].sort((x, y) => x - y);
          const key = set.join(',');
          const entry = expected.get(key) ?? { set, weight: 0 };
          entry.weight++;
          expected.set(key, entry);
        }
        expect(groups.ballots.map((b) => [...b])).toEqual([...expected.values()].map((e) => e.set));
        expect([...groups.weights]).toEqual([...expected.values()].map((e) => e.weight));
      }),
    );
  });
});
