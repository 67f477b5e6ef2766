import { Rational } from '@qingyuan/core';
import type { PbResults } from './pb-results-data.js';

/** One purchase of the outcome, in the order the rule made it, with the spending so far. */
export interface SpendingStep {
  project: string;
  cost: Rational;
  /** Spent after this purchase, all purchases so far. */
  cumulative: Rational;
  /** The Equal Shares round, when bought with the voters' shares. */
  round?: number;
  /** Bought by Equal Shares' greedy completion from the unspent budget. */
  completion: boolean;
}

/**
 * The outcome's purchases in order with the cumulative spending: Equal Shares' rounds as core's
 * explanation records them (then its completion's projects), or the `selected` order core's
 * greedy and Phragmén give. Sums of the costs core returned; no rule is run again.
 *
 * @example
 * spendingSteps(results).at(-1)?.cumulative.equals(results.outcome.cost); // true
 */
export function spendingSteps(results: PbResults): SpendingStep[] {
  const cost = new Map(results.projects.map((p) => [p.id, p.cost]));
  const steps: SpendingStep[] = [];
  let spent = Rational.ZERO;
  const rounds = new Map((results.explanation?.rounds ?? []).map((r) => [r.project, r.round]));
  const completion = new Set(results.explanation?.completionProjects ?? []);
  for (const project of results.outcome.selected) {
    const price = cost.get(project) ?? Rational.ZERO;
    spent = spent.add(price);
    const round = rounds.get(project);
    steps.push({
      project,
      cost: price,
      cumulative: spent,
      ...(round === undefined ? {} : { round }),
      completion: completion.has(project),
    });
  }
  return steps;
}
