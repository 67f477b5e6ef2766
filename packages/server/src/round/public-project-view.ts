import {
  projectAccountability,
  projectLifecycle,
  type ProjectEvent,
  type ProjectState,
  type PublicProjectView,
  type TeamRole,
} from '@qingyuan/core';

/**
 * The public view of a project of a round (core's `PublicProjectView`, 居民监督), built from
 * core's `projectAccountability` of its state and history (the one place where spending per
 * budget line, indicators against targets, scope changes and termination steps are worked
 * out), with every person left out: no names, participant ids, receipts or invoices; the
 * scope changes say the asker's team role, the team says how many members hold each role.
 * `undefined` when the project was not funded (a project is shown from its approval on,
 * terminated ones included).
 *
 * @example
 * const view = publicProjectView('qingyuan-2007', project.state, project.history);
 * view?.spent; // { amount: 930000, currency: 'CNY' }
 */
export function publicProjectView(
  round: string,
  state: ProjectState,
  history: readonly ProjectEvent[] = [],
): PublicProjectView | undefined {
  const application = state.application;
  const accountability = projectAccountability(state, history);
  if (application === undefined || accountability === undefined) return undefined;
  const roles: TeamRole[] = ['overall-lead', 'finance-lead', 'member'];
  const members = state.team?.members ?? [];
  const termination = accountability.termination;
  return {
    round,
    project: application.id,
    title: application.title,
    community: application.community,
    status: state.status,
    stage: projectLifecycle.statuses[state.status],
    grant: accountability.granted,
    budget: application.budget.total,
    disbursed: accountability.disbursed,
    spent: accountability.spent,
    lines: accountability.lines.map(({ line, item, budget, spent }) => ({
      line,
      item,
      budget,
      spent,
    })),
    indicators: accountability.indicators.map(
      ({ id, description, unit, target, reached, measuredBy }) => ({
        id,
        description,
        unit,
        target,
        reached,
        measuredBy,
      }),
    ),
    team: roles
      .map((role) => ({ role, members: members.filter((m) => m.role === role).length }))
      .filter((entry) => entry.members > 0),
    terminated: state.status === 'terminated',
    // the ledger without receipts (numbers and issuers stay with the auditors)
    expenses: (accountability.expenses ?? []).map(
      ({ id, paidOn, amount, line, item, beyondGrant }) => ({
        id,
        paidOn,
        amount,
        line,
        item,
        beyondGrant,
      }),
    ),
    changes: (accountability.changes ?? []).map((change) => ({
      id: change.id,
      reason: change.reason,
      amends: [...change.amends],
      requestedAt: change.requestedAt,
      requestedBy: change.requestedByRole,
      status: change.status,
      ...(change.status === 'pending'
        ? {}
        : { decidedBy: 'supervision-group' as const, decidedAt: change.decidedAt }),
      ...(change.decisionReason ? { decisionReason: change.decisionReason } : {}),
      ...(change.reference ? { reference: change.reference } : {}),
    })),
    termination: termination
      ? {
          proposals: termination.proposals.map((proposal) => ({
            id: proposal.id,
            proposer: proposal.proposer,
            at: proposal.at,
            reason: proposal.reason,
            respondBy: proposal.respondBy,
            outcome: proposal.outcome,
            ...(proposal.response
              ? { response: { at: proposal.response.at, text: proposal.response.text } }
              : {}),
            ...(proposal.declined ? { declined: proposal.declined } : {}),
          })),
          ...(termination.decision
            ? {
                decision: {
                  body: termination.decision.body,
                  decidedAt: termination.decision.decidedAt,
                  reason: termination.decision.reason,
                  ...(termination.decision.reference
                    ? { reference: termination.decision.reference }
                    : {}),
                },
              }
            : {}),
          ...(termination.refund
            ? {
                refund: {
                  amount: termination.refund.amount,
                  paidOn: termination.refund.paidOn,
                  ...(termination.refund.reference
                    ? { reference: termination.refund.reference }
                    : {}),
                },
              }
            : {}),
        }
      : null,
  };
}
