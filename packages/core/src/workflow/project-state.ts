import type { Money } from '../money/money.js';
import type { Application } from '../domain/application.js';
import type { Disbursement } from '../domain/disbursement.js';
import type { Expense } from '../domain/expense.js';
import type { Participant } from '../domain/participant.js';
import type { Refund } from '../domain/refund.js';
import type { ScopeChange } from '../domain/scope-change.js';
import type { ExecutionTeam } from '../domain/execution-team.js';
import type { ExecutionReport } from '../domain/execution-report.js';
import type { FinancialAudit } from '../domain/financial-audit.js';
import type { EvaluationReport } from '../domain/evaluation-report.js';
import type { FundingDecision } from '../domain/funding-decision.js';
import type { GovernanceBody } from '../domain/governance-body.js';
import type { Termination } from '../domain/termination.js';
import type { ResultsSummarySheet } from '../round/results-summary-sheet.js';
import type { Round } from '../round/round.js';
import type { Vetting } from '../round/vetting.js';
import type { MeetingState } from './meeting-lifecycle.js';
import type { ProjectStatus } from './project-statuses.js';
import type { TerminationProposalRecord } from './termination-workflow.js';

/** A spending approval of the supervision group on record. */
export interface SpendingApproval {
  readonly body: string;
  readonly by: string;
  readonly at: string;
  readonly ceiling: Money;
}

/** A scope change on record: requested, then approved or rejected by the supervision group. */
export interface ScopeChangeRecord {
  readonly change: ScopeChange;
  readonly requestedBy: string;
  readonly status: 'pending' | 'approved' | 'rejected';
  readonly decidedBy?: string | undefined;
  readonly decidedAt?: string | undefined;
}

/** The state of a project, derived from its history. */
export interface ProjectState {
  readonly status: ProjectStatus;
  readonly lastAt?: string | undefined;
  /** The current application: as submitted, then as amended by each approved scope change. */
  readonly application?: Application | undefined;
  /** The earlier versions of the application, oldest first (one per approved scope change). */
  readonly applicationVersions: readonly Application[];
  readonly changes: readonly ScopeChangeRecord[];
  readonly disbursements: readonly Disbursement[];
  /** The expense ledger, in the order recorded. */
  readonly expenses: readonly Expense[];
  readonly stageEvaluations: readonly EvaluationReport[];
  readonly terminationProposals: readonly TerminationProposalRecord[];
  readonly refund?: Refund | undefined;
  readonly meeting?: string | undefined;
  /** The round the project was last carried into (`carried-over`), if it was. */
  readonly round?: string | undefined;
  /** The funding decision the approval or rejection followed. */
  readonly decision?: string | undefined;
  readonly granted?: Money | undefined;
  readonly team?: ExecutionTeam | undefined;
  readonly reports: readonly ExecutionReport[];
  readonly spendingApprovals: readonly SpendingApproval[];
  readonly audit?: FinancialAudit | undefined;
  readonly evaluation?: EvaluationReport | undefined;
  readonly termination?: Termination | undefined;
}

/**
 * A review meeting as the project rules see it: its document, status, published ranking and
 * recorded funding decision — a `MeetingState` from replaying its history fits.
 */
export type MeetingRecord = Pick<MeetingState, 'status' | 'meeting' | 'ranking' | 'funding'>;

/**
 * What a platform tells the project rules: the governance bodies (who may vet, decide, sign off,
 * approve spending, terminate) and the round's documents the submission, review and funding
 * rules read — the rounds, the review meetings with their states, the funding decisions, the
 * vettings, the results summary sheets and the participants (for the opinions' authors).
 * A missing list counts as empty: an approval with no decision on record is refused.
 */
export interface ProjectContext {
  readonly bodies: readonly GovernanceBody[];
  readonly rounds?: readonly Round[];
  readonly meetings?: readonly MeetingRecord[];
  readonly decisions?: readonly FundingDecision[];
  readonly vettings?: readonly Vetting[];
  readonly summarySheets?: readonly ResultsSummarySheet[];
  /**
   * The participant records: the opinions' authors for the submission rules, and (their roles
   * tell residents, the service center and the street office apart) for the execution-phase rules.
   */
  readonly participants?: readonly Participant[];
  /** Whether the execution team needs a resident among its members (居民自治); on unless `false`. */
  readonly requireResident?: boolean;
  /** Documents prepared for the next step, so `missingForNext` can check them before they are recorded. */
  readonly drafts?: {
    readonly team?: ExecutionTeam;
    readonly report?: ExecutionReport;
    readonly audit?: FinancialAudit;
    readonly evaluation?: EvaluationReport;
  };
}
