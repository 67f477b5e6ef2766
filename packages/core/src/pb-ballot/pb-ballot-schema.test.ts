import { describe, expect, it } from 'vitest';
import { checkPbBallot } from './check-pb-ballot.js';
import {
  PbBallotElectionSchema,
  PbBallotSchema,
  pbBallotElectionFromJSON,
} from './pb-ballot-schema.js';
import { toJSONSchema } from '../schemas/registry.js';

const document = {
  rules: {
    format: 'knapsack',
    maxLength: 3,
    categoryLimits: { green: { maxCost: '150/2' } },
  },
  budget: 100,
  districtBudgets: { north: '61/2' },
  projects: [
    { id: 'park', cost: 60, categories: ['green'] },
    { id: 'trees', cost: 20, categories: ['green'] },
    { id: 'n-lamp', cost: '31', district: 'north' },
  ],
};

describe('PB ballot schemas', () => {
  it('read an election document with exact numbers and check ballots against it', () => {
    const election = pbBallotElectionFromJSON(PbBallotElectionSchema.parse(document));
    expect(election.districtBudgets!.north!.toString()).toBe('61/2');
    const ballot = PbBallotSchema.parse({
      district: 'north',
      projects: ['park', 'trees', 'n-lamp'],
    });
    const result = checkPbBallot(election, ballot);
    expect(result.ok ? [] : result.violations.map((v) => v.rule)).toEqual([
      'pb-ballot.over-budget',
      'pb-ballot.category-cost',
    ]);
  });

  it('refuse what is not a valid document, naming the field', () => {
    const bad = PbBallotElectionSchema.safeParse({
      ...document,
      budget: '-5',
      rules: { format: 'ranked' },
    });
    expect(bad.success).toBe(false);
    const paths = bad.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['rules.format', 'budget']));
    expect(PbBallotSchema.safeParse({ projects: 'park' }).success).toBe(false);
  });

  it('are published as JSON Schema', () => {
    expect(toJSONSchema('PbBallot').$id).toBe('https://qingyuan.dev/schemas/PbBallot.json');
    expect(toJSONSchema('PbBallotElection').$id).toBe(
      'https://qingyuan.dev/schemas/PbBallotElection.json',
    );
  });
});
