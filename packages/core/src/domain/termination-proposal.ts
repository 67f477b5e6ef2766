import * as z from 'zod/mini';
import { IdSchema } from '../validation/id.js';
import { LocalizedTextSchema } from '../text/localized-text.js';
import { CalendarDateSchema } from './calendar.js';

/** Who may propose to terminate a project: the supervision group, the service center or the team. */
export const TerminationProposerSchema = z
  .enum(['supervision-group', 'service-center', 'execution-team'])
  .register(z.globalRegistry, { id: 'TerminationProposer' });

/** Who proposes a termination. */
export type TerminationProposer = z.infer<typeof TerminationProposerSchema>;

/**
 * A proposal to terminate a project 终止提议: the first step of the termination workflow. It
 * states the reason, who proposes (supervision group, service center or the team itself) and
 * the day by which the team may answer; the supervision group decides after the answer or
 * after that day.
 *
 * @example
 * TerminationProposalSchema.parse({
 *   id: 'tp-1', project: 'demo-project', proposer: 'service-center',
 *   reason: '连续三个月未开展活动', respondBy: '2008-09-15',
 * });
 */
export const TerminationProposalSchema = z
  .object({
    id: IdSchema,
    project: IdSchema,
    proposer: TerminationProposerSchema,
    reason: LocalizedTextSchema,
    respondBy: CalendarDateSchema,
  })
  .register(z.globalRegistry, {
    id: 'TerminationProposal',
    description: 'A proposal to terminate a project (终止提议), with the reply deadline.',
  });

/** A proposal to terminate a project. */
export type TerminationProposal = z.infer<typeof TerminationProposalSchema>;

/**
 * The execution team's response 答复 to a termination proposal.
 *
 * @example
 * TerminationResponseSchema.parse({ proposal: 'tp-1', text: '志愿者已离开，同意终止' });
 */
export const TerminationResponseSchema = z
  .object({ proposal: IdSchema, text: LocalizedTextSchema })
  .register(z.globalRegistry, {
    id: 'TerminationResponse',
    description: 'The execution team’s answer to a termination proposal.',
  });

/** The team's response to a termination proposal. */
export type TerminationResponse = z.infer<typeof TerminationResponseSchema>;

/**
 * The supervision group declining a termination proposal: the project continues.
 *
 * @example
 * TerminationDeclinedSchema.parse({ proposal: 'tp-1', body: 'qingyuan-supervision', reason: '小组已恢复活动' });
 */
export const TerminationDeclinedSchema = z
  .object({ proposal: IdSchema, body: IdSchema, reason: LocalizedTextSchema })
  .register(z.globalRegistry, {
    id: 'TerminationDeclined',
    description: 'The supervision group declining a termination proposal.',
  });

/** A declined termination proposal. */
export type TerminationDeclined = z.infer<typeof TerminationDeclinedSchema>;
