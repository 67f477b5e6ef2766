import type { ProjectEvent } from '@qingyuan/core';
import type { CredentialRole } from '../../organization/credential-roles.js';

/**
 * Who may do what over HTTP: every list of roles an access check of the routes passes, by the
 * job it names, in one table (with {@link projectEventRoles} below for project events). A
 * credential of the organisation whose role is not in the list gets `403`, whose answer names
 * the list in this order. The roles themselves are `credential-roles.ts`.
 *
 * @example
 * await organizationMember(c, org, accessRoles.organizationRunners); // operator or organizer
 */
export const accessRoles = {
  /** Minting, listing and revoking an organisation's credentials: its operator key only. */
  operator: ['operator'],
  /**
   * Who runs everything of an organisation — its meetings, collections, rounds (creating one),
   * Open Space sessions and PB elections: its operator key and its coordination group.
   */
  organizationRunners: ['operator', 'organizer'],
  /** Every role whose credential is a bearer token: all of them read their organisation. */
  organizationMembers: [
    'operator',
    'organizer',
    'service-center',
    'supervisor',
    'auditor',
    'applicant',
    'officer',
  ],
  /** The roles that see an organisation's collections (not applicants: they only submit). */
  collectionReaders: ['operator', 'organizer', 'service-center', 'supervisor', 'auditor'],
  /**
   * The roles of the owning organisation that read a collection's aggregated needs report:
   * every bearer role but officers, applicants included (they write proposals that answer the
   * needs). A team member's signing code is not a bearer token.
   */
  collectionReportReaders: [
    'operator',
    'organizer',
    'service-center',
    'supervisor',
    'auditor',
    'applicant',
  ],
  /** The roles that read a round (its summary, agenda, projects): every bearer role but officers. */
  roundReaders: ['operator', 'organizer', 'service-center', 'supervisor', 'auditor', 'applicant'],
  /** The roles that read a round's whole export (documents and log): not applicants. */
  roundExportReaders: ['operator', 'organizer', 'service-center', 'supervisor', 'auditor'],
  /** Who submits an application to a round: a resident group, or the people who run it. */
  applicationSubmitters: ['applicant', 'organizer', 'operator'],
  /** Who records a round's vettings and reviews of applications. */
  applicationReviewers: ['service-center', 'organizer'],
  /** Who signs a meeting's results summary sheet for a round: the supervision group. */
  summarySheetSigners: ['supervisor'],
  /** Who records a round's funding decisions: the service center. */
  fundingDeciders: ['service-center'],
  /** Who runs an organisation's PB elections: its operators and its coordination group. */
  pbOrganizers: ['operator', 'organizer'],
  /** Who may enter paper ballots: polling officers, and the people who run the elections. */
  pbOfficers: ['operator', 'organizer', 'officer'],
} as const satisfies Record<string, readonly CredentialRole[]>;

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
