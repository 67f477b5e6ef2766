import { Rational } from '../math/rational.js';
import type { ReviewMeeting } from '../meeting/review-meeting.js';
import type { RejectionReason } from './ballot-check.js';
import { nearestDouble } from './nearest-double.js';
import { orderProjects } from './ranking-order.js';
import { tieBreakChain } from '../meeting/tie-break.js';

/** A criterion's score in a ranking row, as JS numbers (nearest doubles of the exact values). */
export interface CriterionScore {
  /** The sum of the marks (`"sum"`) or their mean (`"mean"`). */
  readonly score: number;
  /** `weight × score`. */
  readonly weighted: number;
}

/** A criterion's exact values, as `"p/q"` or integer strings (parse with `Rational.parse`). */
export interface ExactCriterionScore {
  readonly score: string;
  readonly weighted: string;
  /** The sum of the marks (approvals count 1), each ballot times its voter-group weight. */
  readonly sum: string;
  /**
   * How many counted ballots could mark the project (approval) or did mark the pair (score),
   * each times its voter-group weight: the denominator of `"mean"`.
   */
  readonly ballots: string;
}

/** One project's row in the ranking. */
export interface RankedProject {
  /** The project id. */
  readonly project: string;
  /** 1…n, the position in the declared order. */
  readonly rank: number;
  /** Σ weighted, as the nearest double (compare `exact.total`, never this). */
  readonly total: number;
  /** True when another project's total is exactly equal. */
  readonly tied: boolean;
  /** Per criterion id. */
  readonly criteria: Readonly<Record<string, CriterionScore>>;
  /** The same values exactly, as strings. */
  readonly exact: {
    readonly total: string;
    readonly criteria: Readonly<Record<string, ExactCriterionScore>>;
  };
}

/** A ballot that was not counted, with every reason. */
export interface RejectedBallot {
  /** The voter id the ballot names, or null when it names none. */
  readonly voter: string | null;
  /** 0-based position of the ballot in the input. */
  readonly index: number;
  readonly reasons: readonly RejectionReason[];
}

/**
 * The result of a review-meeting tally. Stable shape for other packages:
 * `ranking[i].project/rank/total/tied/criteria[id].score|weighted`, `counted`, `rejected`.
 */
export interface TallyResult {
  /** Projects in rank order. */
  readonly ranking: readonly RankedProject[];
  /** The number of ballots counted. */
  readonly counted: number;
  /** Every ballot not counted (superseded included), in input order. */
  readonly rejected: readonly RejectedBallot[];
}

/**
 * Integer per-cell sums kept exact for any input size: a Float64Array for speed, flushed into
 * BigInt before any cell could pass 2^53. Callers add at most `maxStep` in absolute value to
 * each cell per `tick()`.
 *
 * @example
 * const acc = new ExactAccumulator(3, 1);
 * acc.fast[0]! += 1; acc.tick();
 * acc.exact(0); // 1n
 */
export class ExactAccumulator {
  /** The running part of each cell; add to it directly in hot loops. */
  readonly fast: Float64Array;
  private readonly big: bigint[];
  private readonly limit: number;
  private ops = 0;

  constructor(size: number, maxStep: number) {
    this.fast = new Float64Array(size);
    this.big = new Array<bigint>(size).fill(0n);
    this.limit = Math.max(1, Math.floor(Number.MAX_SAFE_INTEGER / Math.max(1, maxStep)) - 1);
  }

  /** Records one round of additions; flushes into BigInt when the next could be inexact. */
  tick(): void {
    if (++this.ops >= this.limit) this.flush();
  }

  private flush(): void {
    for (let i = 0; i < this.fast.length; i++) {
      if (this.fast[i] !== 0) {
        this.big[i]! += BigInt(this.fast[i]!);
        this.fast[i] = 0;
      }
    }
    this.ops = 0;
  }

  /** The exact value of cell `i`. */
  exact(i: number): bigint {
    return this.big[i]! + BigInt(this.fast[i]!);
  }
}

/**
 * Voter-group weights of a meeting as a group index per voter and an exact weight per group.
 * Group 0 weighs 1 and holds voters with no group or a group not listed in `groupWeights`.
 *
 * @example
 * voterGroups({ ...meeting, groupWeights: { expert: 2 } }).weights.map(String); // ['1', '2']
 */
export function voterGroups(meeting: ReviewMeeting): {
  readonly ofVoter: Int32Array;
  readonly weights: readonly Rational[];
} {
  const listed = Object.entries(meeting.groupWeights ?? {});
  const groupIndex = new Map(listed.map(([group], i) => [group, i + 1] as const));
  const ofVoter = new Int32Array(meeting.voters.length);
  meeting.voters.forEach((voter, v) => {
    ofVoter[v] = voter.group === undefined ? 0 : (groupIndex.get(voter.group) ?? 0);
  });
  return {
    ofVoter,
    weights: [Rational.ONE, ...listed.map(([, weight]) => Rational.parse(weight))],
  };
}

/**
 * What both tally paths count, per voter group `g`, project `p` and criterion `c`
 * (`P` projects, `C` criteria, cells laid out `g*P*C + p*C + c`):
 * `sums` the marks; `ballots` the ballots that could mark p (approval, cell `g*P + p`) or did
 * mark (p, c) (score, cell `g*P*C + p*C + c`).
 */
export interface TallyCounts {
  readonly sums: ExactAccumulator;
  readonly ballots: ExactAccumulator;
  readonly counted: number;
  readonly rejected: readonly RejectedBallot[];
}

/**
 * Turns counts into the exact ranked result: group weights, sum or mean, weights, order.
 *
 * @example
 * finishTally(meeting, counts); // { ranking, counted, rejected }
 */
export function finishTally(meeting: ReviewMeeting, counts: TallyCounts): TallyResult {
  const P = meeting.projects.length;
  const C = meeting.criteria.length;
  const groups = voterGroups(meeting).weights;
  const weights = meeting.criteria.map((criterion) => Rational.parse(criterion.weight));
  const approval = meeting.method.type === 'approval';
  const details = meeting.projects.map((_, p) =>
    meeting.criteria.map((_c, c) => {
      let sum = Rational.ZERO;
      let ballots = Rational.ZERO;
      groups.forEach((weight, g) => {
        const cell = g * P * C + p * C + c;
        const s = counts.sums.exact(cell);
        const b = counts.ballots.exact(approval ? g * P + p : cell);
        if (s !== 0n) sum = sum.add(weight.mul(Rational.of(s)));
        if (b !== 0n) ballots = ballots.add(weight.mul(Rational.of(b)));
      });
      const score =
        meeting.aggregate === 'sum' ? sum : ballots.isZero() ? Rational.ZERO : sum.div(ballots);
      return { sum, ballots, score };
    }),
  );
  const ordered = orderProjects(
    meeting.projects.map((project, p) => ({
      id: project.id,
      requested: project.requested.amount,
      scores: details[p]!.map((d) => d.score),
    })),
    weights,
    {
      chain: tieBreakChain(meeting),
      seed: meeting.lot?.seed,
      castingVotes: meeting.castingVotes,
    },
  );
  const ranking = ordered.map((row): RankedProject => {
    const criteria: Record<string, CriterionScore> = {};
    const exact: Record<string, ExactCriterionScore> = {};
    meeting.criteria.forEach((criterion, c) => {
      const d = details[row.index]![c]!;
      const weighted = row.weighted[c]!;
      criteria[criterion.id] = { score: nearestDouble(d.score), weighted: nearestDouble(weighted) };
      exact[criterion.id] = {
        score: d.score.toString(),
        weighted: weighted.toString(),
        sum: d.sum.toString(),
        ballots: d.ballots.toString(),
      };
    });
    return {
      project: row.id,
      rank: row.rank,
      total: nearestDouble(row.total),
      tied: row.tied,
      criteria,
      exact: { total: row.total.toString(), criteria: exact },
    };
  });
  return { ranking, counted: counts.counted, rejected: counts.rejected };
}
