import * as z from 'zod/mini';
import { ExactNumberSchema } from '../budget/budget-outcome-schema.js';
import { Rational } from '../math/rational.js';
import type { PbBallotElection, PbBallotRules } from './pb-ballot-rules.js';

const count = () => z.optional(z.int().check(z.nonnegative()));
const exact = ExactNumberSchema.check(
  z.refine((value) => !String(value).startsWith('-'), 'must not be negative'),
);

/**
 * A PB ballot as JSON (see {@link PbBallot}): `{ district?, projects: [ids], points?: [n] }`.
 *
 * @example
 * PbBallotSchema.parse({ district: 'north', projects: ['n1', 'c4'], points: [3, 2] });
 */
export const PbBallotSchema = z
  .object({
    district: z.optional(z.string()),
    projects: z.array(z.string()),
    points: z.optional(z.array(z.number())),
  })
  .register(z.globalRegistry, {
    id: 'PbBallot',
    description:
      'One voter’s participatory-budgeting ballot: projects (ranked best first for ordinal ballots) and, for cumulative ballots, points per project.',
  });

/** The JSON form of a PB ballot. */
export type PbBallotJSON = z.infer<typeof PbBallotSchema>;

/**
 * A PB election's ballot rules, projects and (sub-)budgets as JSON, exact numbers as integers
 * or `"p/q"` strings (see {@link PbBallotElection}).
 *
 * @example
 * PbBallotElectionSchema.parse({
 *   rules: { format: 'knapsack' },
 *   budget: 100,
 *   projects: [{ id: 'a', cost: 60 }],
 * });
 */
export const PbBallotElectionSchema = z
  .object({
    rules: z.object({
      format: z.enum(['approval', 'knapsack', 'cumulative', 'ordinal']),
      minLength: count(),
      maxLength: count(),
      minSumCost: z.optional(exact),
      maxSumCost: z.optional(exact),
      minPoints: count(),
      maxPoints: count(),
      minSumPoints: count(),
      maxSumPoints: count(),
      categoryLimits: z.optional(
        z.record(z.string(), z.object({ maxCount: count(), maxCost: z.optional(exact) })),
      ),
    }),
    budget: exact,
    districtBudgets: z.optional(z.record(z.string(), exact)),
    projects: z.array(
      z.object({
        id: z.string().check(z.minLength(1)),
        cost: exact,
        district: z.optional(z.string()),
        categories: z.optional(z.array(z.string())),
      }),
    ),
  })
  .register(z.globalRegistry, {
    id: 'PbBallotElection',
    description:
      'What a participatory-budgeting ballot is checked against: the ballot format and its limits (Pabulib META names), the projects with their districts and categories, and the budgets.',
  });

/** The JSON form of a {@link PbBallotElection}. */
export type PbBallotElectionJSON = z.infer<typeof PbBallotElectionSchema>;

/**
 * The {@link PbBallotElection} of a document already validated by
 * {@link PbBallotElectionSchema}: exact numbers become Rationals.
 *
 * @example
 * const json = PbBallotElectionSchema.parse(JSON.parse(text));
 * checkPbBallot(pbBallotElectionFromJSON(json), PbBallotSchema.parse(ballot));
 */
export function pbBallotElectionFromJSON(json: PbBallotElectionJSON): PbBallotElection {
  const r = (value: string | number) => Rational.parse(value);
  const { rules: raw } = json;
  const rules: PbBallotRules = { format: raw.format };
  for (const key of [
    'minLength',
    'maxLength',
    'minPoints',
    'maxPoints',
    'minSumPoints',
    'maxSumPoints',
  ] as const) {
    if (raw[key] !== undefined) rules[key] = raw[key];
  }
  if (raw.minSumCost !== undefined) rules.minSumCost = r(raw.minSumCost);
  if (raw.maxSumCost !== undefined) rules.maxSumCost = r(raw.maxSumCost);
  if (raw.categoryLimits !== undefined) {
    rules.categoryLimits = Object.fromEntries(
      Object.entries(raw.categoryLimits).map(([category, limit]) => [
        category,
        {
          ...(limit.maxCount === undefined ? {} : { maxCount: limit.maxCount }),
          ...(limit.maxCost === undefined ? {} : { maxCost: r(limit.maxCost) }),
        },
      ]),
    );
  }
  return {
    rules,
    budget: r(json.budget),
    ...(json.districtBudgets
      ? {
          districtBudgets: Object.fromEntries(
            Object.entries(json.districtBudgets).map(([d, b]) => [d, r(b)]),
          ),
        }
      : {}),
    projects: json.projects.map((p) => ({
      id: p.id,
      cost: r(p.cost),
      ...(p.district === undefined ? {} : { district: p.district }),
      ...(p.categories === undefined ? {} : { categories: p.categories }),
    })),
  };
}
