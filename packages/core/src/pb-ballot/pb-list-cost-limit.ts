import type { Rational } from '../math/rational.js';
import type { PbBallotElection } from './pb-ballot-rules.js';

/**
 * The most a knapsack ballot's list may cost: the rules' `maxSumCost` when set, else the list's
 * budget — the city-wide budget for the city-wide list (`district` undefined), the district's
 * sub-budget for a district's list (undefined when the district has none). The limit
 * {@link checkPbBallot} checks, for a UI that shows it beside a running total.
 *
 * @example
 * pbListCostLimit(election, 'north'); // election.districtBudgets.north, unless maxSumCost is set
 */
export function pbListCostLimit(
  election: PbBallotElection,
  district: string | undefined,
): Rational | undefined {
  return (
    election.rules.maxSumCost ??
    (district === undefined ? election.budget : election.districtBudgets?.[district])
  );
}
