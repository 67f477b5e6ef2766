import * as z from 'zod/mini';
import { IdSchema } from '../validation/id.js';
import { MoneySchema } from '../money/money.js';
import { LocalizedTextSchema } from '../text/localized-text.js';
import { ApplicationSchema } from '../domain/application.js';
import { CalendarDateSchema, TimestampSchema } from '../domain/calendar.js';
import { DisbursementSchema } from '../domain/disbursement.js';
import { ExpenseSchema } from '../domain/expense.js';
import { RefundSchema } from '../domain/refund.js';
import { ScopeChangeDecisionSchema, ScopeChangeSchema } from '../domain/scope-change.js';
import {
  TerminationDeclinedSchema,
  TerminationProposalSchema,
  TerminationResponseSchema,
} from '../domain/termination-proposal.js';
import { ExecutionTeamSchema } from '../domain/execution-team.js';
import { ExecutionReportSchema } from '../domain/execution-report.js';
import { FinancialAuditSchema } from '../domain/financial-audit.js';
import { EvaluationReportSchema } from '../domain/evaluation-report.js';
import { TerminationSchema } from '../domain/termination.js';

const base = {
  at: TimestampSchema,
  by: IdSchema,
  reason: z.optional(LocalizedTextSchema),
};
const bare = <T extends string>(type: T) => z.object({ type: z.literal(type), ...base });
const carrying = <T extends string, P extends z.core.$ZodShape>(type: T, payload: P) =>
  z.object({ type: z.literal(type), ...base, payload: z.object(payload) });

/**
 * One event in a project's append-only history: `type`, when (`at`), who (`by`, a
 * participant id), optionally why (`reason`), and the documents it records (`payload`).
 *
 * @example
 * ProjectEventSchema.parse({ type: 'submitted', at: '2008-03-01T09:00:00+08:00', by: 'p-li' });
 */
export const ProjectEventSchema = z
  .discriminatedUnion('type', [
    carrying('application-saved', { application: ApplicationSchema }),
    bare('submitted'),
    carrying('review-started', { meeting: IdSchema }),
    carrying('approved', { granted: MoneySchema, decision: z.optional(IdSchema) }),
    z.object({
      type: z.literal('rejected'),
      ...base,
      payload: z.optional(z.object({ decision: z.optional(IdSchema) })),
    }),
    carrying('carried-over', { from: IdSchema, to: IdSchema }),
    carrying('team-formed', { team: ExecutionTeamSchema }),
    carrying('team-updated', { team: ExecutionTeamSchema }),
    carrying('contract-signed', { member: IdSchema, signedAt: CalendarDateSchema }),
    bare('execution-started'),
    carrying('change-requested', { change: ScopeChangeSchema }),
    carrying('change-decided', { decision: ScopeChangeDecisionSchema }),
    carrying('disbursed', { disbursement: DisbursementSchema }),
    carrying('expense-recorded', { expense: ExpenseSchema }),
    carrying('stage-evaluated', { evaluation: EvaluationReportSchema }),
    carrying('report-submitted', { report: ExecutionReportSchema }),
    carrying('spending-approved', { body: IdSchema, ceiling: MoneySchema }),
    carrying('audit-recorded', { audit: FinancialAuditSchema }),
    carrying('evaluation-recorded', { evaluation: EvaluationReportSchema }),
    bare('closed'),
    carrying('termination-proposed', { proposal: TerminationProposalSchema }),
    carrying('termination-answered', { response: TerminationResponseSchema }),
    carrying('termination-declined', { decision: TerminationDeclinedSchema }),
    carrying('terminated', { termination: TerminationSchema }),
    carrying('refund-recorded', { refund: RefundSchema }),
  ])
  .register(z.globalRegistry, { id: 'ProjectEvent' });

/** One event of a project's history. */
export type ProjectEvent = z.infer<typeof ProjectEventSchema>;

/**
 * A `project-history.json` document: a project's events in the order they happened.
 *
 * @example
 * ProjectHistorySchema.parse([{ type: 'application-saved', at: '…', by: 'p-li', payload: { application } }]);
 */
export const ProjectHistorySchema = z.array(ProjectEventSchema).register(z.globalRegistry, {
  id: 'ProjectHistory',
  description: 'A project’s append-only event history.',
});
