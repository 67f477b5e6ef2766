import type { FundingDecision, FundingOverride } from '@qingyuan/core';

/** The body of the ballot box's `POST …/rounds/:round/funding-decisions`. */
export interface FundingDecisionRequest {
  id: string;
  meeting: string;
  decidedBy: string[];
  decidedAt: string;
  overrides: FundingOverride[];
  opinions?: NonNullable<FundingDecision['opinions']>;
}

/**
 * What the ballot box needs to decide the funding the way `<qy-funding-decision>` did: the
 * element posts core's whole `FundingDecision`; the box recomputes the grants from the published
 * ranking itself and takes only the changes — each departure whose final grant differs from the
 * rule's (`ruleGrants`, project → granted in minor units, from core's `allocateFunds`) — with
 * who decided, when, and the opinions weighed. A departure the rule made itself (a project
 * skipped while a lower one got money) is not a change, so it is not sent.
 *
 * @example
 * const request = fundingDecisionRequest(decision, new Map([['jinhuali-home', 1000000]]));
 * request.overrides; // [{ project: 'jinhuali-home', granted: 500000, by: 'p-center', reason }]
 */
export function fundingDecisionRequest(
  decision: FundingDecision,
  ruleGrants: ReadonlyMap<string, number>,
): FundingDecisionRequest {
  const overrides = decision.departures.flatMap((departure): FundingOverride[] => {
    const granted =
      decision.grants.find((grant) => grant.project === departure.project)?.amount.amount ?? 0;
    return ruleGrants.has(departure.project) && ruleGrants.get(departure.project) !== granted
      ? [{ project: departure.project, granted, by: departure.by, reason: departure.reason }]
      : [];
  });
  return {
    id: decision.id,
    meeting: decision.meeting,
    decidedBy: [...decision.decidedBy],
    decidedAt: decision.decidedAt,
    overrides,
    ...(decision.opinions && decision.opinions.length > 0 ? { opinions: decision.opinions } : {}),
  };
}
