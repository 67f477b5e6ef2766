import type { FundingDecision, Money, ResultsSummarySheet, Round } from '@qingyuan/core';

/** What one earlier decision of the round granted, in the fund's currency. */
export interface EarlierGrant {
  meeting: string;
  decision: string;
  granted: number;
}

/** The round's fund as one meeting's decision sees it: the whole fund, what went before, what is left. */
export interface FundLeft {
  /** The round's dedicated fund. */
  fund: Money;
  /** The decisions recorded before this meeting's (all of them while it is undecided), in the round's order. */
  earlier: EarlierGrant[];
  /** What those decisions leave: the fund this meeting's decision is made from. */
  left: Money;
}

/**
 * The fund a review meeting's funding decision is made from: the round's dedicated fund less
 * what the round's earlier decisions granted (the ballot box allocates a meeting's ranking
 * against the same, and core's `checkRound` holds the round's decisions to the fund). For a
 * meeting already decided, the decisions recorded before its own; for one still to decide,
 * every decision of the round.
 *
 * @example
 * fundLeft(round, decisions, 'qingyuan-2007-review-2').left; // { amount: 600000, currency: 'CNY' }
 */
export function fundLeft(
  round: Pick<Round, 'fund' | 'decisions'>,
  decisions: readonly FundingDecision[],
  meeting: string,
): FundLeft {
  const fund = round.fund.amount;
  const ordered = round.decisions.flatMap((id) => decisions.filter((d) => d.id === id));
  const own = ordered.findIndex((d) => d.meeting === meeting);
  const before = own === -1 ? ordered : ordered.slice(0, own);
  const earlier = before.map((d) => ({
    meeting: d.meeting,
    decision: d.id,
    granted: d.grants
      .filter((g) => g.amount.currency === fund.currency)
      .reduce((sum, g) => sum + g.amount.amount, 0),
  }));
  const spent = earlier.reduce((sum, e) => sum + e.granted, 0);
  return {
    fund,
    earlier,
    left: { amount: Math.max(fund.amount - spent, 0), currency: fund.currency },
  };
}

/** Where a review meeting stands on the funding screen, from the box's state. */
export type FundingStage =
  /** Voting has not closed yet: nothing to decide. */
  | 'not-closed'
  /** Voting closed, results not published: the organizer publishes them. */
  | 'publish'
  /** Results published, the summary sheet not signed off: a supervision group member signs it. */
  | 'sign'
  /** The sheet signed off, no decision yet: the service center decides. */
  | 'decide'
  /** The box holds the meeting's funding decision. */
  | 'decided';

/**
 * The next funding step of a review meeting, from its status on the box and the round's signed
 * sheets and decisions.
 *
 * @example
 * fundingStage('published', round.summarySheets, round.decisions, 'qingyuan-2007-review-2'); // 'sign'
 */
export function fundingStage(
  status: string,
  sheets: readonly ResultsSummarySheet[],
  decisions: readonly FundingDecision[],
  meeting: string,
): FundingStage {
  if (decisions.some((d) => d.meeting === meeting)) return 'decided';
  if (status === 'closed') return 'publish';
  if (status !== 'published' && status !== 'funding-decided') return 'not-closed';
  return sheets.some((s) => s.meeting === meeting && s.signOff) ? 'decide' : 'sign';
}

/**
 * The round's review meetings in the round's order, the seeded meeting first when the round
 * does not list it (yet).
 *
 * @example
 * roundMeetingIds(['r', 'r-review-2'], 'r'); // ['r', 'r-review-2']
 */
export function roundMeetingIds(meetings: readonly string[], seeded: string): string[] {
  return meetings.includes(seeded) ? [...meetings] : [seeded, ...meetings];
}
