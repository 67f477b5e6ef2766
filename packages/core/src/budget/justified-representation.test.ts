import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abcInstances, fixtureElection, pbFiles } from '../../test/fixtures/pabulib/fixtures.js';
import {
  build,
  rawElectionArb,
  type RawElection,
} from '../../test/fixtures/pabulib/arbitrary-election.js';
import { Rational } from '../math/rational.js';
import { equalShares } from './equal-shares.js';
import { greedy } from './greedy.js';
import {
  checkJustifiedRepresentation,
  type JustifiedRepresentationProperty,
  type JustifiedRepresentationUtility,
} from './justified-representation.js';

const unit = (ids: string[], budget: number, ballots: string[][]) =>
  build({
    budget: Rational.of(budget),
    projects: ids.map((id) => ({ id, cost: Rational.ONE })),
    ballots,
  });
const repeat = <T>(n: number, x: T): T[] => Array.from({ length: n }, () => x);

describe('checkJustifiedRepresentation on hand-made elections', () => {
  // 11 voters, 3 seats: the 4 d-voters could pay for d (4·3 ≥ 11·1) yet greedy gives them nothing.
  const election = unit(['a', 'b', 'c', 'd'], 3, [
    ...repeat(7, ['a', 'b', 'c']),
    ...repeat(4, ['d']),
  ]);

  it('finds the under-represented group greedy leaves out, under each property', () => {
    for (const property of ['ejr', 'ejr-up-to-one', 'pjr'] as const) {
      const result = checkJustifiedRepresentation(election, ['a', 'b', 'c'], { property });
      expect(result.status).toBe('violated');
      if (result.status !== 'violated') return;
      expect(result.witness).toMatchObject({ projects: ['d'], voters: 4, votersNeeded: 4 });
      expect(result.witness.satisfaction.toString()).toBe('0');
      expect(result.message.en).toContain('{d}');
      expect(result.message['zh-CN']).toContain('{d}');
    }
  });

  it('accepts the proportional outcome', () => {
    const mes = equalShares(election).selected;
    // a, then the d-voters buy d; the a-voters hold 70/77 after a, too little for b.
    expect([...mes].sort()).toEqual(['a', 'd']);
    for (const property of ['ejr', 'ejr-up-to-one', 'pjr'] as const) {
      expect(checkJustifiedRepresentation(election, mes, { property }).status).toBe('satisfied');
    }
  });

  it('tells PJR from EJR: together the group is served, each voter is not', () => {
    // Voters 1 and 2 share {a, b} and could pay for both (2·4 ≥ 4·2), but each gets only 1.
    const e = unit(['a', 'b', 'c', 'd', 'e', 'f'], 4, [
      ['a', 'b', 'c'],
      ['a', 'b', 'd'],
      ['e'],
      ['f'],
    ]);
    const w = ['c', 'd', 'e', 'f'];
    expect(checkJustifiedRepresentation(e, w, { property: 'pjr' }).status).toBe('satisfied');
    const ejr = checkJustifiedRepresentation(e, w, { property: 'ejr' });
    expect(ejr.status).toBe('violated');
    if (ejr.status === 'violated') expect(ejr.witness.projects).toEqual(['a', 'b']);
    expect(checkJustifiedRepresentation(e, w, { property: 'ejr-up-to-one' }).status).toBe(
      'violated',
    );
  });

  it('tells EJR up to one project from EJR under cost utility', () => {
    // Voter 1 could claim 5 (half of 10) and gets q (4): one more project, p, lifts them to 9 > 5.
    const e = build({
      budget: Rational.of(10),
      projects: [
        { id: 'p', cost: Rational.of(5) },
        { id: 'q', cost: Rational.of(4) },
        { id: 'r', cost: Rational.of(6) },
      ],
      ballots: [['p', 'q'], ['r']],
    });
    const ejr = checkJustifiedRepresentation(e, ['q', 'r'], { property: 'ejr' });
    expect(ejr.status).toBe('violated');
    if (ejr.status === 'violated') {
      expect(ejr.witness.projects).toEqual(['p']);
      expect(ejr.witness.owed.toString()).toBe('5');
      expect(ejr.witness.satisfaction.toString()).toBe('4');
    }
    expect(checkJustifiedRepresentation(e, ['q', 'r'], { property: 'ejr-up-to-one' }).status).toBe(
      'satisfied',
    );
    // Under cardinality utility voter 1 is owed 1 project and has one.
    expect(
      checkJustifiedRepresentation(e, ['q', 'r'], { property: 'ejr', utility: 'cardinality' })
        .status,
    ).toBe('satisfied');
  });

  it('says "too large" with the limit instead of guessing', () => {
    const result = checkJustifiedRepresentation(election, ['a', 'b', 'c'], { maxSteps: 2 });
    expect(result).toMatchObject({ status: 'too-large', maxSteps: 2 });
    if (result.status === 'too-large') {
      expect(result.message.en).toContain('more than 2 search steps');
      expect(result.message['zh-CN']).toContain('超过 2 步');
    }
  });
});

/** The axioms straight from their definitions: every T, every group of voters. Tiny elections only. */
function bruteForce(
  raw: RawElection,
  selected: readonly string[],
  property: JustifiedRepresentationProperty,
  utility: JustifiedRepresentationUtility,
): boolean {
  const n = raw.ballots.length;
  const ids = raw.projects.map((p) => p.id);
  const cost = new Map(raw.projects.map((p) => [p.id, p.cost]));
  const u = (id: string) => (utility === 'cost' ? cost.get(id)! : Rational.ONE);
  const sum = (xs: string[]) => xs.reduce((acc, id) => acc.add(u(id)), Rational.ZERO);
  const w = new Set(selected);
  for (let tm = 1; tm < 1 << ids.length; tm++) {
    const t = ids.filter((_, i) => tm & (1 << i));
    const tCost = t.reduce((acc, id) => acc.add(cost.get(id)!), Rational.ZERO);
    for (let sm = 1; sm < 1 << n; sm++) {
      const s = raw.ballots.filter((_, i) => sm & (1 << i));
      if (!s.every((b) => t.every((id) => b.includes(id)))) continue;
      if (Rational.of(s.length).mul(raw.budget).lessThan(Rational.of(n).mul(tCost))) continue;
      const owed = sum(t);
      if (property === 'pjr') {
        const union = [...new Set(s.flat())].filter((id) => w.has(id));
        if (sum(union).lessThan(owed)) return false;
        continue;
      }
      const served = s.some((b) => {
        const mine = sum(b.filter((id) => w.has(id)));
        if (!mine.lessThan(owed)) return true;
        return (
          property === 'ejr-up-to-one' &&
          t.some((id) => !w.has(id) && mine.add(u(id)).greaterThan(owed))
        );
      });
      if (!served) return false;
    }
  }
  return true;
}

const tinyElectionArb = rawElectionArb.filter((raw) => raw.ballots.length <= 7);
const outcomeArb = tinyElectionArb.chain((raw) =>
  fc.tuple(fc.constant(raw), fc.subarray(raw.projects.map((p) => p.id))),
);

describe('checkJustifiedRepresentation against the definitions', () => {
  for (const property of ['ejr', 'ejr-up-to-one', 'pjr'] as const) {
    for (const utility of ['cost', 'cardinality'] as const) {
      it(`${property}, ${utility} utility: same verdict as enumerating every group`, () => {
        fc.assert(
          fc.property(outcomeArb, ([raw, selected]) => {
            const result = checkJustifiedRepresentation(build(raw), selected, {
              property,
              utility,
            });
            expect(result.status === 'satisfied').toBe(
              bruteForce(raw, selected, property, utility),
            );
          }),
          { numRuns: 150 },
        );
      });
    }
  }
});

describe('Equal Shares is proportional', () => {
  it('satisfies EJR up to one project under its own utility, with or without greedy completion', () => {
    fc.assert(
      fc.property(
        rawElectionArb,
        fc.constantFrom('cost', 'cardinality'),
        fc.constantFrom('none', 'greedy', 'add1'),
        (raw, utility, completion) => {
          const election = build(raw);
          const outcome = equalShares(election, { utility, completion });
          const result = checkJustifiedRepresentation(election, outcome.selected, {
            property: 'ejr-up-to-one',
            utility,
          });
          expect(result.status).toBe('satisfied');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('satisfies EJR on unit-cost (committee) elections', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 5 }),
        fc.array(fc.subarray(['a', 'b', 'c', 'd', 'e', 'f']), { maxLength: 12 }),
        (k, extra, ballots) => {
          const election = unit(['a', 'b', 'c', 'd', 'e', 'f'], Math.min(k + extra, 6), ballots);
          const outcome = equalShares(election);
          expect(checkJustifiedRepresentation(election, outcome.selected).status).toBe('satisfied');
        },
      ),
      { numRuns: 300 },
    );
  });

  it("satisfies EJR on abcvoting's committee instances", () => {
    for (const abc of abcInstances) {
      const ids = Array.from({ length: abc.numCand }, (_, c) => String(c));
      const election = unit(
        ids,
        abc.committeeSize,
        abc.profile.map((b) => b.map(String)),
      );
      const result = checkJustifiedRepresentation(election, equalShares(election).selected);
      expect(result.status, abc.name).toBe('satisfied');
    }
  });
});

describe('checkJustifiedRepresentation on the Pabulib fixtures', () => {
  // Every open fixture is decided well within the default limit: the pruned search visits at
  // most a few hundred project sets on these files.
  for (const file of Object.keys(pbFiles)) {
    it(`Equal Shares satisfies EJR and PJR on ${file}`, () => {
      const election = fixtureElection(file);
      const selected = equalShares(election).selected;
      for (const property of ['ejr', 'ejr-up-to-one', 'pjr'] as const) {
        expect(checkJustifiedRepresentation(election, selected, { property }).status).toBe(
          'satisfied',
        );
      }
    });
  }

  it('finds a real cohesive group that greedy leaves without its share', () => {
    for (const file of [
      'poland_gdansk_2020_.pb',
      'poland_gdynia_2020_grabowek-large.pb',
      'poland_lodz_2022_zdrowie-mania.pb',
      'poland_zabrze_2021_konczyce.pb',
    ]) {
      const election = fixtureElection(file);
      const selected = greedy(election).selected;
      const result = checkJustifiedRepresentation(election, selected, { property: 'pjr' });
      expect(result.status, file).toBe('violated');
      if (result.status !== 'violated') continue;
      // Check the witness independently: enough voters approve all of T and none of them
      // approves a funded project (PJR's union is below cost(T)).
      const { projects, cost, votersNeeded, satisfaction, owed } = result.witness;
      const t = projects.map((id) => election.projectIds.indexOf(id));
      let voters = 0;
      election.ballots.forEach((ballot, g) => {
        if (t.every((p) => ballot.includes(p))) voters += election.ballotWeights[g]!;
      });
      expect(voters).toBeGreaterThanOrEqual(votersNeeded);
      expect(
        Rational.of(votersNeeded)
          .mul(election.budget)
          .compare(Rational.of(election.voterCount).mul(cost)),
      ).toBeGreaterThanOrEqual(0);
      expect(satisfaction.lessThan(owed)).toBe(true);
      expect(projects.some((id) => selected.includes(id))).toBe(false);
    }
  });
});
