import { Rational } from '../math/rational.js';
import type { ApprovalElection } from './approval-election.js';
import { assertApprovalElection, BudgetRuleInputError } from './budget-rule-input-error.js';
import { giniCoefficient, type WeightedValue } from './gini-coefficient.js';

/**
 * How an outcome serves the voters of an approval election, exact. A voter's satisfaction is
 * measured two ways: under cost utility, the total cost of the funded projects they approve;
 * under cardinality utility, how many funded projects they approve.
 *
 * @example
 * const a = outcomeAnalytics(election, greedy(election).selected);
 * a.nonEmptyHanded.toDecimal(3); // '0.797'
 */
export interface OutcomeAnalytics {
  /** The funded project ids, as given. */
  selected: string[];
  /** How many voters (ballots, empty ones included): the denominator of every mean. */
  voters: number;
  /** The share of voters who approve at least one funded project (0 with no voters). */
  nonEmptyHanded: Rational;
  /** The mean over voters of the total cost of their funded approved projects. */
  avgSatCost: Rational;
  /** The mean over voters of the number of their funded approved projects. */
  avgSatCard: Rational;
  /** The Gini coefficient of the voters' cost satisfactions (see {@link giniCoefficient}). */
  giniCost: Rational;
  /** The Gini coefficient of the voters' cardinality satisfactions. */
  giniCard: Rational;
}

/** The JSON form of {@link OutcomeAnalytics}: every number exact (`"p/q"` strings). */
export interface OutcomeAnalyticsJSON {
  selected: string[];
  voters: number;
  nonEmptyHanded: string;
  avgSatCost: string;
  avgSatCard: string;
  giniCost: string;
  giniCard: string;
}

/**
 * The analytics of any outcome (a list of funded project ids) of an approval election:
 * non-empty-handed share, mean cost and cardinality satisfaction, and their Gini
 * coefficients. An id not in the election is a programmer error ({@link BudgetRuleInputError}).
 *
 * @example
 * const result = approvalElection({
 *   budget: 100,
 *   projects: [{ id: 'a', cost: 60 }, { id: 'b', cost: 40 }],
 *   ballots: [['a'], ['b'], []],
 * });
 * if (result.ok) outcomeAnalytics(result.value, ['a']).nonEmptyHanded.toString(); // '1/3'
 */
export function outcomeAnalytics(
  election: ApprovalElection,
  selected: readonly string[],
): OutcomeAnalytics {
  assertApprovalElection(election, 'outcomeAnalytics');
  const index = new Map(election.projectIds.map((id, p) => [id, p]));
  const funded = new Uint8Array(election.projectIds.length);
  for (const id of selected) {
    const p = index.get(id);
    if (p === undefined) {
      throw new BudgetRuleInputError('outcomeAnalytics', `project "${id}" is not in the election`);
    }
    funded[p] = 1;
  }
  // Cost satisfactions as integers over one common denominator, grouped by value: the Gini
  // coefficient then sorts the distinct values only.
  let scale = 1n;
  for (let p = 0; p < funded.length; p++) {
    if (funded[p]) scale = lcm(scale, election.costs[p]!.denominator);
  }
  const scaled = election.costs.map((c) => (c.numerator * scale) / c.denominator);
  const byCost = new Map<bigint, number>();
  const byCount = new Map<number, number>();
  let happy = 0;
  let totalCost = 0n;
  let totalCount = 0n;
  election.ballots.forEach((ballot, t) => {
    const weight = election.ballotWeights[t]!;
    let cost = 0n;
    let count = 0;
    for (const p of ballot) {
      if (!funded[p]) continue;
      cost += scaled[p]!;
      count++;
    }
    if (count > 0) happy += weight;
    byCost.set(cost, (byCost.get(cost) ?? 0) + weight);
    byCount.set(count, (byCount.get(count) ?? 0) + weight);
    totalCost += cost * BigInt(weight);
    totalCount += BigInt(count * weight);
  });
  const costs: WeightedValue[] = [...byCost].map(([value, count]) => ({
    value: Rational.of(value, scale),
    count,
  }));
  const counts: WeightedValue[] = [...byCount].map(([value, count]) => ({
    value: Rational.of(value),
    count,
  }));
  const n = election.voterCount;
  const mean = (total: Rational) => (n === 0 ? Rational.ZERO : total.div(Rational.of(n)));
  return {
    selected: [...selected],
    voters: n,
    nonEmptyHanded: mean(Rational.of(happy)),
    avgSatCost: mean(Rational.of(totalCost, scale)),
    avgSatCard: mean(Rational.of(totalCount)),
    giniCost: giniCoefficient(costs),
    giniCard: giniCoefficient(counts),
  };
}

/**
 * The JSON document of {@link OutcomeAnalytics}, as `qingyuan analyze` prints it.
 *
 * @example
 * JSON.stringify(outcomeAnalyticsToJSON(outcomeAnalytics(election, ['a'])));
 * // '{"selected":["a"],"voters":3,"nonEmptyHanded":"1/3",…}'
 */
export function outcomeAnalyticsToJSON(analytics: OutcomeAnalytics): OutcomeAnalyticsJSON {
  return {
    selected: [...analytics.selected],
    voters: analytics.voters,
    nonEmptyHanded: analytics.nonEmptyHanded.toString(),
    avgSatCost: analytics.avgSatCost.toString(),
    avgSatCard: analytics.avgSatCard.toString(),
    giniCost: analytics.giniCost.toString(),
    giniCard: analytics.giniCard.toString(),
  };
}

function lcm(a: bigint, b: bigint): bigint {
  let x = a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return (a / x) * b;
}
