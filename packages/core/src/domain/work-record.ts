import * as z from 'zod/mini';
import { IdSchema } from '../validation/id.js';
import { LocalizedTextSchema } from '../text/localized-text.js';
import { CalendarDateSchema } from './calendar.js';

/** The step of the cycle a work record belongs to. */
export const CycleStageSchema = z
  .enum([
    'capacity-building',
    'needs-survey',
    'application',
    'review',
    'funding',
    'execution',
    'supervision',
    'closing',
    'termination',
  ])
  .register(z.globalRegistry, { id: 'CycleStage' });

/** A step of the cycle. */
export type CycleStage = z.infer<typeof CycleStageSchema>;

/**
 * The standard work record card 工作记录卡 kept at every step: when and where, who took
 * part, what was done and decided, what comes next, and who recorded it.
 *
 * @example
 * WorkRecordSchema.parse({
 *   id: 'wr-001', project: 'jinhuali-home', stage: 'execution', date: '2008-05-05',
 *   participants: ['p-li', 'p-zhao'], content: '执行小组例会：排定爱心超市值班表',
 *   decisions: '每周六上午营业', recordedBy: 'p-zhao',
 * });
 */
export const WorkRecordSchema = z
  .object({
    id: IdSchema,
    stage: CycleStageSchema,
    date: CalendarDateSchema,
    project: z.optional(IdSchema),
    community: z.optional(IdSchema),
    place: z.optional(LocalizedTextSchema),
    participants: z.array(IdSchema),
    attendance: z.optional(z.int().check(z.nonnegative())),
    content: LocalizedTextSchema,
    decisions: z.optional(LocalizedTextSchema),
    nextSteps: z.optional(LocalizedTextSchema),
    recordedBy: IdSchema,
  })
  .register(z.globalRegistry, {
    id: 'WorkRecord',
    description: 'A standard work record card (工作记录卡).',
  });

/** A work record card. */
export type WorkRecord = z.infer<typeof WorkRecordSchema>;
