import {
  projectLifecycle,
  type EvaluationReport,
  type Money,
  type ProjectState,
  type PublicProjectView,
  type TeamRole,
} from '@qingyuan/core';

function latestEvaluation(
  state: ProjectState,
): { report: EvaluationReport; final: boolean } | undefined {
  if (state.evaluation !== undefined) return { report: state.evaluation, final: true };
  const stage = state.stageEvaluations.at(-1);
  return stage === undefined ? undefined : { report: stage, final: false };
}

/**
 * The public view of a project of a round (core's `PublicProjectView`, 居民监督: no names,
 * participant ids, receipts or invoices, only how many members hold each role), or `undefined`
 * when it was not funded (a project is shown from its approval on, terminated ones included).
 *
 * @example
 * const view = publicProjectView('qingyuan-2007', project.state);
 * view?.spent; // { amount: 930000, currency: 'CNY' }
 */
export function publicProjectView(
  round: string,
  state: ProjectState,
): PublicProjectView | undefined {
  const application = state.application;
  if (application === undefined || state.granted === undefined) return undefined;
  const currency = application.budget.total.currency;
  const sum = (amounts: readonly Money[]): Money => ({
    amount: amounts.filter((a) => a.currency === currency).reduce((n, a) => n + a.amount, 0),
    currency,
  });
  const fromGrant = state.expenses.filter((e) => (e.source ?? 'grant') === 'grant');
  const evaluation = latestEvaluation(state);
  const roles: TeamRole[] = ['overall-lead', 'finance-lead', 'member'];
  const members = state.team?.members ?? [];
  return {
    round,
    project: application.id,
    title: application.title,
    community: application.community,
    status: state.status,
    stage: projectLifecycle.statuses[state.status],
    grant: state.granted,
    budget: application.budget.total,
    disbursed: sum(state.disbursements.map((d) => d.amount)),
    spent: sum(fromGrant.map((e) => e.amount)),
    lines: application.budget.lines.map((line) => ({
      line: line.id,
      item: line.item,
      budget: line.amount,
      spent: sum(fromGrant.filter((e) => e.line === line.id).map((e) => e.amount)),
    })),
    indicators: application.indicators.map((indicator) => {
      const result = evaluation?.report.indicators.find((r) => r.indicator === indicator.id);
      return {
        id: indicator.id,
        description: indicator.description,
        unit: indicator.unit,
        target: indicator.target,
        reached: result?.reached ?? null,
        measuredBy: result === undefined ? null : evaluation!.final ? 'final' : 'stage',
      };
    }),
    team: roles
      .map((role) => ({ role, members: members.filter((m) => m.role === role).length }))
      .filter((entry) => entry.members > 0),
    terminated: state.status === 'terminated',
  };
}
