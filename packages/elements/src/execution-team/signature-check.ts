import { teamRules, type ExecutionTeam, type ProjectState, type Violation } from '@qingyuan/core';
import type { ContractSignedEvent } from '../events/signature-submit.js';

/**
 * Checks a `contract-signed` event against core's rule `team.signs-own-contract` (the member
 * signs in person, and only a member of the team has a contract to sign), on the state a
 * project is in once its team is formed. Returns every violation, none when it may be posted.
 *
 * @example
 * signatureViolations(team, { type: 'contract-signed', at, by: 'p-zhao',
 *   payload: { member: 'p-zhao', signedAt: '2007-10-10' } }); // []
 */
export function signatureViolations(
  team: ExecutionTeam,
  event: ContractSignedEvent,
): readonly Violation[] {
  const state: ProjectState = {
    status: 'team-formed',
    team,
    applicationVersions: [],
    changes: [],
    disbursements: [],
    expenses: [],
    stageEvaluations: [],
    terminationProposals: [],
    reports: [],
    spendingApprovals: [],
  };
  return teamRules
    .filter((rule) => rule.on.includes('contract-signed'))
    .flatMap((rule) => rule.check({ state, event, context: { bodies: [] } }));
}

/**
 * The signature event of a member, now: `at` this instant, `signedAt` today's date on the
 * device, and `by` the member (nobody signs for another).
 *
 * @example
 * contractSignedEvent('p-zhao', new Date('2007-10-10T02:30:00Z'));
 * // { type: 'contract-signed', at: '2007-10-10T02:30:00.000Z', by: 'p-zhao',
 * //   payload: { member: 'p-zhao', signedAt: '2007-10-10' } }
 */
export function contractSignedEvent(member: string, now: Date = new Date()): ContractSignedEvent {
  const pad = (n: number) => String(n).padStart(2, '0');
  const signedAt = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return {
    type: 'contract-signed',
    at: now.toISOString(),
    by: member,
    payload: { member, signedAt },
  };
}
