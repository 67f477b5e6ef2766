import * as z from 'zod/mini';
import { IdSchema } from '../validation/id.js';
import { LocalizedTextSchema } from '../text/localized-text.js';
import { CalendarDateSchema, TimestampSchema } from './calendar.js';
import { dateOrder } from '../validation/date-messages.js';
import { validationIssue } from '../validation/validation-text.js';

/** How far a planned activity got. */
export const ActivityStatusSchema = z
  .enum(['done', 'partly-done', 'not-done', 'cancelled'])
  .register(z.globalRegistry, { id: 'ActivityStatus' });

/**
 * The execution report 执行报告表 of a project: for each planned activity what happened,
 * whom it reached, problems met, and a summary.
 *
 * @example
 * ExecutionReportSchema.parse({
 *   id: 'er-jinhuali', project: 'jinhuali-home',
 *   period: { start: '2008-04-15', end: '2008-12-31' },
 *   activities: [{ activity: 'a1', status: 'done', participants: 240 }],
 *   summary: '爱心超市每周营业，小小乐园接待儿童 40 名',
 *   submittedBy: 'p-li', submittedAt: '2009-01-05T09:00:00+08:00',
 * });
 */
export const ExecutionReportSchema = z
  .object({
    id: IdSchema,
    project: IdSchema,
    period: z
      .object({ start: CalendarDateSchema, end: CalendarDateSchema })
      .check(
        z.superRefine((period, ctx) => {
          if (period.end < period.start) ctx.addIssue(validationIssue(dateOrder, {}, ['end']));
        }),
      )
      .register(z.globalRegistry, { id: 'Period' }),
    activities: z.array(
      z
        .object({
          activity: IdSchema,
          status: ActivityStatusSchema,
          participants: z.optional(z.int().check(z.nonnegative())),
          note: z.optional(LocalizedTextSchema),
        })
        .register(z.globalRegistry, { id: 'ActivityOutcome' }),
    ),
    summary: LocalizedTextSchema,
    problems: z.optional(LocalizedTextSchema),
    submittedBy: IdSchema,
    submittedAt: TimestampSchema,
  })
  .register(z.globalRegistry, {
    id: 'ExecutionReport',
    description: 'A project execution report (执行报告表).',
  });

/** A project execution report. */
export type ExecutionReport = z.infer<typeof ExecutionReportSchema>;
