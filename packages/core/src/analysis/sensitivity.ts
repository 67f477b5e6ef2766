import { allocateFunds } from '../funding/allocate-funds.js';
import { Rational } from '../math/rational.js';
import * as z from 'zod/mini';
import { meetingArgument } from '../meeting/meeting-argument.js';
import type { ReviewMeeting, ReviewMeetingInput } from '../meeting/review-meeting.js';
import { MoneySchema, type Money } from '../money/money.js';
import { checkArgument } from '../validation/check-argument.js';
import { orderProjects } from '../scoring/ranking-order.js';
import { tieBreakChain } from '../meeting/tie-break.js';
import type { TallyResult } from '../scoring/tally-counts.js';
import { tallyResultArgument } from '../scoring/tally-result-argument.js';

/**
 * The metric: a change of the weights from `w` to `w'` has size
 * `ε = max over criteria c of |w'_c − w_c| / w_c` (the largest relative change of any weight;
 * ε = 0.1 means every weight may move by up to ±10 %). It keeps weights positive for ε < 1
 * and does not depend on the scale of the weights.
 */
export type SensitivityMetric = 'max-relative-change';

/** How far the weights must move before two neighbours in the ranking swap. */
export interface PairSensitivity {
  /** The project ranked higher. */
  readonly above: string;
  readonly below: string;
  /** `above`'s rank. */
  readonly rank: number;
  /** Exact difference of their totals (≥ 0). */
  readonly margin: string;
  /**
   * The smallest ε at which `below`'s total can reach `above`'s (any larger change in that
   * direction puts `below` strictly ahead), exactly; null when no positive weights swap them.
   */
  readonly threshold: string | null;
  /** `threshold` as the nearest double, null when none. */
  readonly thresholdNumber: number | null;
  /** The weights at that tie (each moved by ±threshold), by criterion id; null when none. */
  readonly weightsAtTie: Readonly<Record<string, string>> | null;
  /**
   * Why there is no threshold: `identical` (same score on every criterion: weights cannot
   * separate them), `dominated` (`above` is at least as good on every criterion).
   */
  readonly never?: 'identical' | 'dominated';
}

/** A stability radius: every change of the weights smaller than it keeps the outcome. */
export interface StabilityRadius {
  /** Exact ε, or null when no change of positive weights alters the outcome. */
  readonly value: string | null;
  readonly number: number | null;
  /** The pair of projects whose swap sets the radius. */
  readonly pair: readonly [string, string] | null;
}

/** The sensitivity of a tally to its weights. */
export interface SensitivityReport {
  readonly metric: SensitivityMetric;
  /** One entry per neighbouring pair, top to bottom. */
  readonly pairs: readonly PairSensitivity[];
  /** Every change of the weights with ε below this keeps the whole ranking. */
  readonly ranking: StabilityRadius;
  /** With a fund: the funded set (skip mode, no partial grants) and how stable it is. */
  readonly funded?: StabilityRadius & {
    readonly projects: readonly string[];
    /**
     * True when a change just beyond the radius (in the direction that swaps `pair`) does
     * change the funded set, so the radius is the exact largest one; false when it is a
     * guaranteed lower bound only.
     */
    readonly tight: boolean;
  };
}

/**
 * Options of {@link weightSensitivity}; no other keys are accepted.
 *
 * @example
 * const options: WeightSensitivityOptions = { fund: { amount: 2000000, currency: 'CNY' } };
 */
export interface WeightSensitivityOptions {
  /** The fund: with it, the report also says how stable the funded set is. */
  readonly fund?: Money;
}

const SensitivityOptionsSchema = z.strictObject({ fund: z.optional(MoneySchema) });

interface Scored {
  readonly id: string;
  readonly requested: number;
  readonly scores: readonly Rational[];
}

/** ε at which `below` reaches `above`, or why never. */
function threshold(
  above: Scored,
  below: Scored,
  weights: readonly Rational[],
): { value: Rational; margin: Rational } | { never: 'identical' | 'dominated'; margin: Rational } {
  let margin = Rational.ZERO;
  let spread = Rational.ZERO;
  weights.forEach((w, c) => {
    const d = above.scores[c]!.sub(below.scores[c]!);
    margin = margin.add(w.mul(d));
    spread = spread.add(w.mul(d.sign() < 0 ? d.neg() : d));
  });
  if (spread.isZero()) return { never: 'identical', margin };
  const value = margin.div(spread);
  if (value.compare(Rational.ONE) >= 0) return { never: 'dominated', margin };
  return { value, margin };
}

/** The weights moved by ε against `above` (w_c × (1 − ε·sign(d_c))). */
function movedWeights(
  above: Scored,
  below: Scored,
  weights: readonly Rational[],
  epsilon: Rational,
): Rational[] {
  return weights.map((w, c) => {
    const sign = above.scores[c]!.compare(below.scores[c]!);
    return w.mul(Rational.ONE.sub(epsilon.mul(Rational.of(sign))));
  });
}

function fundedSet(
  order: readonly string[],
  meeting: ReviewMeeting,
  fund: Money,
): Set<string> | null {
  const byId = new Map(meeting.projects.map((p) => [p.id, p] as const));
  const result = allocateFunds(
    order.map((id) => ({ project: id, requested: byId.get(id)!.requested })),
    fund,
  );
  if (!result.ok) return null;
  return new Set(result.allocation.grants.filter((g) => g.granted > 0).map((g) => g.project));
}

/**
 * How much the agreed weights matter. For each pair of neighbours in the ranking: the
 * smallest change of the weights (see {@link SensitivityMetric}) that would let the lower
 * one reach the upper one, computed exactly — each total is linear in the weights, so for
 * criterion-score differences `d` it is `Σ w·d / Σ w·|d|`. The whole ranking is stable for
 * every change below the smallest of these. With a fund, the funded set (skip mode) is stable
 * below the smallest threshold among pairs of a funded project above an unfunded one that
 * could still fit the fund.
 *
 * The meeting is validated as by {@link tally} (defaults applied); the result must be its tally
 * with exact values, and `options` may hold only `fund` (a `Money`). Anything else — the options
 * given where the result belongs, a result of another meeting, a fund that is not money —
 * throws an `InvalidInputError` naming the argument and the path, never a TypeError from inside.
 *
 * @example
 * const report = weightSensitivity(meeting, tally(meeting, ballots), { fund: { amount: 2000000, currency: 'CNY' } });
 * report.pairs[0]; // { above: 'jinhuali-home', below: 'xinghuayuan-children', threshold: '1/9', … }
 * report.ranking.value; // '1/9': every weight may move by up to 11 % without changing the ranking
 */
export function weightSensitivity(
  input: ReviewMeetingInput,
  tallied: TallyResult,
  given: WeightSensitivityOptions = {},
): SensitivityReport {
  const meeting = meetingArgument(input, 'weightSensitivity');
  const result = tallyResultArgument(meeting, tallied, 'weightSensitivity', { exact: true });
  const options = checkArgument(SensitivityOptionsSchema, given, {
    function: 'weightSensitivity',
    argument: 'options',
    expected: 'WeightSensitivityOptions',
  });
  const weights = meeting.criteria.map((criterion) => Rational.parse(criterion.weight));
  const byId = new Map(meeting.projects.map((p) => [p.id, p] as const));
  const rows: Scored[] = result.ranking.map((row) => ({
    id: row.project,
    requested: byId.get(row.project)!.requested.amount,
    scores: meeting.criteria.map((c) => Rational.parse(row.exact.criteria[c.id]!.score)),
  }));
  const pairs = rows.slice(1).map((below, i): PairSensitivity => {
    const above = rows[i]!;
    const t = threshold(above, below, weights);
    const base = { above: above.id, below: below.id, rank: i + 1, margin: t.margin.toString() };
    if ('never' in t) {
      return {
        ...base,
        threshold: null,
        thresholdNumber: null,
        weightsAtTie: null,
        never: t.never,
      };
    }
    const moved = movedWeights(above, below, weights, t.value);
    return {
      ...base,
      threshold: t.value.toString(),
      thresholdNumber: t.value.toNumber(),
      weightsAtTie: Object.fromEntries(
        meeting.criteria.map((c, k) => [c.id, moved[k]!.toString()]),
      ),
    };
  });
  const ranking = smallest(
    rows.slice(1).map((below, i) => [rows[i]!, below] as const),
    weights,
  );
  const report: SensitivityReport = {
    metric: 'max-relative-change',
    pairs,
    ranking: ranking.radius,
  };
  if (options.fund === undefined) return report;

  const funded = fundedSet(
    rows.map((r) => r.id),
    meeting,
    options.fund,
  );
  if (funded === null) return report;
  const candidates: (readonly [Scored, Scored])[] = [];
  rows.forEach((above, i) => {
    if (!funded.has(above.id)) return;
    for (const below of rows.slice(i + 1)) {
      if (!funded.has(below.id) && below.requested <= options.fund!.amount) {
        candidates.push([above, below]);
      }
    }
  });
  const fundedRadius = smallest(candidates, weights);
  let tight = fundedRadius.radius.value === null;
  if (fundedRadius.best !== null) {
    // Just beyond the radius, in the direction that swaps the pair: does the funded set change?
    const [above, below, epsilon] = fundedRadius.best;
    const all: Rational[] = [];
    rows.forEach((a, i) =>
      rows.slice(i + 1).forEach((b) => {
        const t = threshold(a, b, weights);
        if ('value' in t && t.value.greaterThan(epsilon)) all.push(t.value);
      }),
    );
    const next = all.reduce((min, v) => (v.lessThan(min) ? v : min), Rational.ONE);
    const beyond = epsilon.add(next.sub(epsilon).div(Rational.of(2)));
    const order = orderProjects(rows, movedWeights(above, below, weights, beyond), {
      chain: tieBreakChain(meeting),
      seed: meeting.lot?.seed,
      castingVotes: meeting.castingVotes,
    }).map((r) => r.id);
    const after = fundedSet(order, meeting, options.fund);
    tight =
      after !== null && (after.size !== funded.size || [...after].some((id) => !funded.has(id)));
  }
  return {
    ...report,
    funded: { ...fundedRadius.radius, projects: [...funded], tight },
  };
}

function smallest(
  pairs: readonly (readonly [Scored, Scored])[],
  weights: readonly Rational[],
): { radius: StabilityRadius; best: readonly [Scored, Scored, Rational] | null } {
  let best: readonly [Scored, Scored, Rational] | null = null;
  for (const [above, below] of pairs) {
    const t = threshold(above, below, weights);
    if ('value' in t && (best === null || t.value.lessThan(best[2])))
      best = [above, below, t.value];
  }
  return {
    radius: best
      ? { value: best[2].toString(), number: best[2].toNumber(), pair: [best[0].id, best[1].id] }
      : { value: null, number: null, pair: null },
    best,
  };
}
