import {
  roundFigures,
  type Amount,
  type RoundDocuments,
  type RoundFigures,
  type Share,
} from './round-figures.js';

/** How a figure moved from the first round to the second. */
export interface ShareChange {
  /** Second share minus first share (`null` when either is undefined). */
  readonly share: number | null;
}

/** Two rounds side by side and how each figure changed from `a` to `b`. */
export interface RoundComparison {
  readonly a: RoundFigures;
  readonly b: RoundFigures;
  readonly change: {
    readonly applications: number;
    readonly communitiesApplying: ShareChange;
    readonly turnout: ShareChange;
    /** `null` when the rounds' funds are in different currencies. */
    readonly requested: Amount | null;
    readonly funded: Amount | null;
    readonly fundedShare: ShareChange;
    readonly needsWithProject: ShareChange;
    readonly spendingShare: ShareChange;
  };
}

const shareChange = (a: Share, b: Share): ShareChange => ({
  share: a.share === null || b.share === null ? null : b.share - a.share,
});

const amountChange = (a: Amount, b: Amount): Amount | null =>
  a.currency === b.currency ? { amount: b.amount - a.amount, currency: a.currency } : null;

/**
 * Compares two rounds (usually one subdistrict's years): turnout at the review meetings,
 * requested against funded, the share of the survey's needs that got a funded project, and
 * audited spending against grants — each round's figures (`roundFigures`) and the change from
 * `a` to `b`.
 *
 * @example
 * const { change } = compareRounds(documents2007, documents2008);
 * change.needsWithProject.share; // 0.25: a quarter more of the needs found got a project
 */
export function compareRounds(a: RoundDocuments, b: RoundDocuments): RoundComparison {
  const first = roundFigures(a);
  const second = roundFigures(b);
  return {
    a: first,
    b: second,
    change: {
      applications: second.applications - first.applications,
      communitiesApplying: shareChange(first.communitiesApplying, second.communitiesApplying),
      turnout: shareChange(first.turnout, second.turnout),
      requested: amountChange(first.requested, second.requested),
      funded: amountChange(first.funded, second.funded),
      fundedShare: shareChange(first.fundedShare, second.fundedShare),
      needsWithProject: shareChange(first.needsWithProject, second.needsWithProject),
      spendingShare: shareChange(first.spendingShare, second.spendingShare),
    },
  };
}
