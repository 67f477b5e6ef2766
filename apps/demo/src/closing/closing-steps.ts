import { disbursedTotal, grantSpent, projectLifecycle, type ProjectState } from '@qingyuan/core';
import type { DemoRole } from '../api/demo-roles.js';

/** The steps of a funded project after its start, and of its termination, that the demo posts. */
export type ClosingStep =
  | 'disbursed'
  | 'expense-recorded'
  | 'change-requested'
  | 'change-decided'
  | 'stage-evaluated'
  | 'report-submitted'
  | 'spending-approved'
  | 'audit-recorded'
  | 'evaluation-recorded'
  | 'closed'
  | 'termination-proposed'
  | 'termination-answered'
  | 'termination-declined'
  | 'terminated'
  | 'refund-recorded';

/** The steps in the order of the cycle (the termination's last). */
export const closingSteps: readonly ClosingStep[] = [
  'disbursed',
  'expense-recorded',
  'change-requested',
  'change-decided',
  'stage-evaluated',
  'report-submitted',
  'spending-approved',
  'audit-recorded',
  'evaluation-recorded',
  'closed',
  'termination-proposed',
  'termination-answered',
  'termination-declined',
  'terminated',
  'refund-recorded',
];

/**
 * Which roles of the demo's header take each step, as the ballot box lets them (its
 * `projectEventRoles`; a resident acts as their community's applicant): the screen offers a
 * step's form only to them and names them to everyone else. The box decides in the end.
 *
 * @example
 * closingStepRoles['audit-recorded']; // ['auditor']
 */
export const closingStepRoles: Readonly<Record<ClosingStep, readonly DemoRole[]>> = {
  disbursed: ['service-center'],
  'expense-recorded': ['resident'],
  'change-requested': ['resident'],
  'change-decided': ['supervisor'],
  'stage-evaluated': ['organizer', 'service-center'],
  'report-submitted': ['resident'],
  'spending-approved': ['supervisor'],
  'audit-recorded': ['auditor'],
  'evaluation-recorded': ['service-center', 'organizer'],
  closed: ['service-center'],
  'termination-proposed': ['supervisor', 'service-center', 'organizer'],
  'termination-answered': ['resident'],
  'termination-declined': ['supervisor'],
  terminated: ['supervisor'],
  'refund-recorded': ['service-center'],
};

/** Whether core's project lifecycle lets `step` follow the project's status. */
function allowedFrom(state: ProjectState, step: ClosingStep): boolean {
  return (projectLifecycle.transitions[step].from as readonly string[]).includes(state.status);
}

/**
 * The steps that can come next for a project, as core's project lifecycle and the state of its
 * documents say: a disbursement while the grant is not all paid, a scope change's decision
 * while one waits, the supervision group's approval while spending is above the grant, an
 * answer to an open termination proposal and its decision once answered, the refund of a
 * terminated project's unspent money; the others as the lifecycle's transitions allow them.
 *
 * @example
 * openSteps(state); // ['disbursed', 'expense-recorded', 'change-requested', …]
 */
export function openSteps(state: ProjectState): ClosingStep[] {
  const pendingChange = state.changes.some((c) => c.status === 'pending');
  const open = state.terminationProposals.find((p) => p.outcome === 'open');
  const granted = state.granted ? BigInt(state.granted.amount) : 0n;
  const extra: Record<ClosingStep, boolean> = {
    disbursed: disbursedTotal(state) < granted,
    'expense-recorded': true,
    'change-requested': !pendingChange,
    'change-decided': pendingChange,
    'stage-evaluated': true,
    'report-submitted': true,
    'spending-approved': true,
    'audit-recorded': true,
    'evaluation-recorded': true,
    closed: true,
    'termination-proposed': open === undefined,
    'termination-answered': open !== undefined && open.response === undefined,
    'termination-declined': open?.response !== undefined,
    terminated: open?.response !== undefined,
    'refund-recorded':
      state.status === 'terminated' &&
      state.refund === undefined &&
      disbursedTotal(state) > grantSpent(state),
  };
  return closingSteps.filter((step) => extra[step] && allowedFrom(state, step));
}
