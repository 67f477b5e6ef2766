import * as z from 'zod/mini';
import { IdSchema } from '../validation/id.js';
import { MoneySchema } from '../money/money.js';
import { LocalizedTextSchema } from '../text/localized-text.js';
import { TimestampSchema } from './calendar.js';

/**
 * The termination 终止 of a project: the supervision and audit group's decision ending it,
 * the proposal it answers and the reason. It is the third step of the termination workflow
 * (proposal → the team's response → this decision → the refund of unspent money); the
 * lifecycle checks that the deciding body is a supervision group
 * (`termination.supervision-decision`) and that the team was heard (`termination.team-heard`).
 *
 * @example
 * TerminationSchema.parse({
 *   id: 'term-001', project: 'demo-project', proposal: 'tp-1',
 *   reason: { 'zh-CN': '执行小组解散，项目无法继续', en: 'The team disbanded' },
 *   decision: { body: 'qingyuan-supervision', decidedAt: '2008-09-01T10:00:00+08:00', reference: '监审〔2008〕3号' },
 *   refund: { amount: 250000, currency: 'CNY' },
 * });
 */
export const TerminationSchema = z
  .object({
    id: IdSchema,
    project: IdSchema,
    /** The termination proposal this decision answers (see `TerminationProposal`). */
    proposal: z.optional(IdSchema),
    reason: LocalizedTextSchema,
    decision: z
      .object({
        body: IdSchema,
        decidedAt: TimestampSchema,
        reference: z.optional(z.string().check(z.minLength(1))),
      })
      .register(z.globalRegistry, { id: 'BodyDecision' }),
    refund: z.optional(MoneySchema),
  })
  .register(z.globalRegistry, {
    id: 'Termination',
    description: 'The termination of a project (项目终止).',
  });

/** The termination of a project. */
export type Termination = z.infer<typeof TerminationSchema>;
