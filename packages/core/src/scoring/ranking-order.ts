import { Rational } from '../math/rational.js';
import { DEFAULT_TIE_BREAK, type TieBreakStep } from '../meeting/tie-break.js';
import { lotKey } from './lot-draw.js';
import { compareCodePoints } from '../text/code-point-order.js';

/** What the ranking order needs to know about one project. */
export interface OrderableProject {
  /** The project id (last tie-break, code-point order). */
  readonly id: string;
  /** The requested amount in minor units (third tie-break, ascending). */
  readonly requested: number;
  /** The exact score per criterion, in the meeting's criteria order. */
  readonly scores: readonly Rational[];
}

/** One project's place in the order, with its exact weighted scores and total. */
export interface OrderedProject {
  readonly id: string;
  /** 1…n, the position in the order. */
  readonly rank: number;
  /** Whether another project has exactly the same total. */
  readonly tied: boolean;
  readonly total: Rational;
  /** `weight × score` per criterion, in the meeting's criteria order. */
  readonly weighted: readonly Rational[];
  /** Index of the project in the input. */
  readonly index: number;
}

/**
 * The criteria indices in tie-break order: by descending weight, equal weights in listed order.
 *
 * @example
 * tieBreakCriteria([Rational.parse('0.3'), Rational.parse('0.4'), Rational.parse('0.3')]); // [1, 0, 2]
 */
export function tieBreakCriteria(weights: readonly Rational[]): number[] {
  return weights
    .map((weight, index) => ({ weight, index }))
    .sort((a, b) => b.weight.compare(a.weight) || a.index - b.index)
    .map(({ index }) => index);
}

/** How {@link orderProjects} breaks ties: the meeting's declared chain and what it needs. */
export interface TieBreakOptions {
  /** The chain (default `["criteria", "requested"]`); the project id always decides last. */
  readonly chain?: readonly TieBreakStep[];
  /** The published seed of the drawing of lots; without it the `lot` step decides nothing. */
  readonly seed?: string | undefined;
  /** The chair's casting votes: each lists tied projects in the chair's order. */
  readonly castingVotes?: readonly { readonly projects: readonly string[] }[] | undefined;
}

/** Rows with their exact totals, lots and casting-vote positions, and the chain's comparisons. */
function chainRows(
  projects: readonly OrderableProject[],
  weights: readonly Rational[],
  options: TieBreakOptions,
) {
  const criteria = tieBreakCriteria(weights);
  const chain = options.chain ?? DEFAULT_TIE_BREAK;
  const seed = options.seed;
  const castPosition = new Map<string, number>();
  for (const vote of options.castingVotes ?? []) {
    vote.projects.forEach((id, position) => {
      if (!castPosition.has(id)) castPosition.set(id, position);
    });
  }
  const rows = projects.map((project, index) => {
    const weighted = weights.map((weight, c) => weight.mul(project.scores[c] ?? Rational.ZERO));
    const total = weighted.reduce((sum, value) => sum.add(value), Rational.ZERO);
    const lot = seed !== undefined && chain.includes('lot') ? lotKey(seed, project.id) : '';
    const cast = castPosition.get(project.id) ?? Number.POSITIVE_INFINITY;
    return { project, index, weighted, total, lot, cast };
  });
  type Row = (typeof rows)[number];
  const step = (a: Row, b: Row, kind: TieBreakStep): number => {
    switch (kind) {
      case 'criteria':
        for (const c of criteria) {
          const byCriterion = b.weighted[c]!.compare(a.weighted[c]!);
          if (byCriterion !== 0) return byCriterion;
        }
        return 0;
      case 'requested':
        return a.project.requested === b.project.requested
          ? 0
          : a.project.requested < b.project.requested
            ? -1
            : 1;
      case 'lot':
        return a.lot === b.lot ? 0 : a.lot < b.lot ? -1 : 1;
      case 'casting-vote':
        return a.cast === b.cast ? 0 : a.cast < b.cast ? -1 : 1;
    }
  };
  return { rows, chain, step };
}

/**
 * Orders projects by the review meeting's declared chain, exactly:
 * 1. total (Σ weight × score) descending;
 * 2. then each step of the tie-break chain (`options.chain`, default `criteria`, `requested`):
 *    - `criteria`: the weighted score of each criterion, criteria taken by descending weight
 *      (equal weights in listed order), each descending;
 *    - `requested`: the requested amount ascending;
 *    - `lot`: the lot drawn with the published seed ascending (`sha256(seed + "\n" + id)` in
 *      hex, see `lotKey`); skipped while no seed is published;
 *    - `casting-vote`: the chair's order among the projects of a casting vote (projects not in
 *      one come after those that are);
 * 3. then the project id ascending in code-point order.
 *
 * `tied` marks projects whose total equals another project's total.
 *
 * @example
 * const w = [Rational.parse('0.5'), Rational.parse('0.5')];
 * orderProjects([
 *   { id: 'b', requested: 100, scores: [Rational.of(2), Rational.of(1)] },
 *   { id: 'a', requested: 100, scores: [Rational.of(1), Rational.of(2)] },
 * ], w).map((p) => p.id); // ['b', 'a'] (equal totals; b leads on the first criterion)
 */
export function orderProjects(
  projects: readonly OrderableProject[],
  weights: readonly Rational[],
  options: TieBreakOptions = {},
): OrderedProject[] {
  const { rows, chain, step } = chainRows(projects, weights, options);
  rows.sort((a, b) => {
    const byTotal = b.total.compare(a.total);
    if (byTotal !== 0) return byTotal;
    for (const kind of chain) {
      const decided = step(a, b, kind);
      if (decided !== 0) return decided;
    }
    return compareCodePoints(a.project.id, b.project.id);
  });
  const totals = new Map<string, number>();
  for (const row of rows) {
    const key = row.total.toString();
    totals.set(key, (totals.get(key) ?? 0) + 1);
  }
  return rows.map((row, position) => ({
    id: row.project.id,
    rank: position + 1,
    tied: (totals.get(row.total.toString()) ?? 0) > 1,
    total: row.total,
    weighted: row.weighted,
    index: row.index,
  }));
}

/**
 * Whether the projects `ids` are still tied when the chain reaches `before`: equal totals, and
 * equal on every step of the chain before it. A chair's casting vote may order only projects
 * tied this way (an earlier step already separates the others). Unknown ids are not tied.
 *
 * @example
 * tiedBefore(rows, weights, { chain: ['criteria', 'casting-vote'] }, ['a', 'b'], 'casting-vote');
 * // true when a and b have the same total and the same weighted score on every criterion
 */
export function tiedBefore(
  projects: readonly OrderableProject[],
  weights: readonly Rational[],
  options: TieBreakOptions,
  ids: readonly string[],
  before: TieBreakStep,
): boolean {
  const { rows, chain, step } = chainRows(projects, weights, options);
  const listed = ids.map((id) => rows.find((row) => row.project.id === id));
  if (listed.some((row) => row === undefined)) return false;
  const upTo = chain.includes(before) ? chain.slice(0, chain.indexOf(before)) : chain;
  const [first, ...others] = listed as NonNullable<(typeof listed)[number]>[];
  return others.every(
    (row) =>
      row.total.compare(first!.total) === 0 && upTo.every((kind) => step(first!, row, kind) === 0),
  );
}
