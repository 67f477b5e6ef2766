import type { FundingDecision, FundingOverride } from '@qingyuan/core';

/** The body of the ballot box's `POST /organizations/{org}/rounds/{round}/funding-decisions`. */
export interface FundingDecisionRequest {
  id: string;
  meeting: string;
  decidedBy: string[];
  decidedAt: string;
  /** How the box's `allocateFunds` follows the ranking (the element's `mode`). */
  mode: 'skip' | 'strict';
  /** Whether the box grants the remainder to the first project that does not fit. */
  partial: boolean;
  /** The changes a person made to the rule's grants, each with who decided and why. */
  overrides: FundingOverride[];
  opinions?: NonNullable<FundingDecision['opinions']>;
}

/** How the rule allocated the fund, as the box will too (default `skip`, no partial grant). */
export interface FundingRuleOptions {
  readonly mode?: 'skip' | 'strict';
  readonly partial?: boolean;
}

/**
 * What the ballot box needs to decide the funding the way `<qy-funding-decision>` did. The box
 * does not take core's whole `FundingDecision`: it recomputes the grants from the meeting's
 * published ranking itself (core's `allocateFunds` with `mode` and `partial`, then
 * `fundingDecisionFrom`) and takes only the changes — each departure whose final grant differs
 * from the rule's (`ruleGrants`: project → granted in minor units, from core's `allocateFunds`)
 * — with who decided, when, and the opinions weighed. A departure the rule made itself (a
 * project skipped while a lower one got money) is not a change, so it is not sent.
 *
 * @example
 * const request = fundingDecisionRequest(decision, new Map([['jinhuali-home', 1000000]]));
 * request.overrides; // [{ project: 'jinhuali-home', granted: 500000, by: 'p-center', reason }]
 */
export function fundingDecisionRequest(
  decision: FundingDecision,
  ruleGrants: ReadonlyMap<string, number>,
  rule: FundingRuleOptions = {},
): FundingDecisionRequest {
  const overrides = changedGrants(decision, ruleGrants);
  return {
    id: decision.id,
    meeting: decision.meeting,
    decidedBy: [...decision.decidedBy],
    decidedAt: decision.decidedAt,
    mode: rule.mode ?? 'skip',
    partial: rule.partial ?? false,
    overrides,
    ...(decision.opinions && decision.opinions.length > 0 ? { opinions: decision.opinions } : {}),
  };
}

/**
 * The changes a person made to the rule's grants in a decision: each departure whose final grant
 * differs from the rule's (`ruleGrants`: project → granted in minor units), with who decided and
 * why. A departure the rule made itself (a project skipped while a lower one got money), or of a
 * project the rule did not rank, is not a change. What the box is sent, and what the element
 * reads back from a decision the browser saved.
 *
 * @example
 * changedGrants(decision, new Map([['jinhuali-home', 1000000]]));
 * // [{ project: 'jinhuali-home', granted: 500000, by: 'p-center', reason }]
 */
export function changedGrants(
  decision: Pick<FundingDecision, 'departures' | 'grants'>,
  ruleGrants: ReadonlyMap<string, number>,
): FundingOverride[] {
  return decision.departures.flatMap((departure): FundingOverride[] => {
    const granted =
      decision.grants.find((grant) => grant.project === departure.project)?.amount.amount ?? 0;
    return ruleGrants.has(departure.project) && ruleGrants.get(departure.project) !== granted
      ? [{ project: departure.project, granted, by: departure.by, reason: departure.reason }]
      : [];
  });
}

/**
 * Where `<qy-funding-decision box organization round>` posts its decision: the ballot box's
 * `…/organizations/{org}/rounds/{round}/funding-decisions` (ids escaped, a trailing `/` of
 * `box` dropped); `''` unless `box`, `organization` and `round` are all set.
 *
 * @example
 * fundingDecisionsAddress('https://box.example/', 'org-7K2Q', 'qingyuan-2007');
 * // 'https://box.example/organizations/org-7K2Q/rounds/qingyuan-2007/funding-decisions'
 */
export function fundingDecisionsAddress(box: string, organization: string, round: string): string {
  const base = box.trim().replace(/\/+$/, '');
  const org = organization.trim();
  const id = round.trim();
  if (!base || !org || !id) return '';
  return `${base}/organizations/${encodeURIComponent(org)}/rounds/${encodeURIComponent(id)}/funding-decisions`;
}
