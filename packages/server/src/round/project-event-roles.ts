import type { ProjectEvent } from '@qingyuan/core';
import type { CredentialRole } from '../organization/credential-roles.js';

/**
 * Which role may post which kind of project event to
 * `POST /organizations/:org/rounds/:round/projects/:project/events` — the one table the route
 * reads (a role not listed for a kind gets `403`). The application, its review and the
 * funding decision's approvals and rejections are not posted here: they come from their own
 * resources (applications, reviews, funding decisions), so their rows are empty.
 *
 * - the resident group that applied (`applicant`, for its own projects only) forms the team,
 *   starts execution, records expenses, asks for scope changes, submits the execution report
 *   and answers a termination proposal;
 * - each team member signs their own contract with their one-time signing code
 *   (`team-member`, no bearer token);
 * - the service center disburses, records refunds and closes; with the coordination group
 *   (`organizer`) it records stage and final evaluations;
 * - the supervision group (`supervisor`) decides scope changes, approves spending above the
 *   grant, and decides terminations;
 * - the auditor records the financial audit.
 *
 * @example
 * projectEventRoles['audit-recorded']; // ['auditor']
 * mayPostProjectEvent('applicant', 'audit-recorded'); // false
 */
export const projectEventRoles: Readonly<Record<ProjectEvent['type'], readonly CredentialRole[]>> =
  {
    'application-saved': [],
    submitted: [],
    'review-started': [],
    approved: [],
    rejected: [],
    'carried-over': [],
    'team-formed': ['applicant', 'organizer'],
    'team-updated': ['applicant', 'organizer'],
    'contract-signed': ['team-member'],
    'execution-started': ['applicant', 'organizer'],
    'change-requested': ['applicant'],
    'change-decided': ['supervisor'],
    disbursed: ['service-center'],
    'expense-recorded': ['applicant'],
    'stage-evaluated': ['organizer', 'service-center'],
    'report-submitted': ['applicant'],
    'spending-approved': ['supervisor'],
    'audit-recorded': ['auditor'],
    'evaluation-recorded': ['organizer', 'service-center'],
    closed: ['service-center'],
    'termination-proposed': ['supervisor', 'service-center', 'organizer'],
    'termination-answered': ['applicant'],
    'termination-declined': ['supervisor'],
    terminated: ['supervisor'],
    'refund-recorded': ['service-center'],
  };

/**
 * Whether a credential of `role` may post a project event of `type` (see
 * {@link projectEventRoles}).
 *
 * @example
 * mayPostProjectEvent('supervisor', 'terminated'); // true
 */
export function mayPostProjectEvent(role: CredentialRole, type: ProjectEvent['type']): boolean {
  return projectEventRoles[type].includes(role);
}
