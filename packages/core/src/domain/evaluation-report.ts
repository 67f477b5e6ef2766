import * as z from 'zod/mini';
import { IdSchema } from '../validation/id.js';
import { LocalizedTextSchema } from '../text/localized-text.js';
import { addDuplicateIdIssues } from '../validation/unique-ids.js';
import { TimestampSchema } from './calendar.js';

/** One indicator of the application: its target and what was reached. */
export const IndicatorResultSchema = z
  .object({
    indicator: IdSchema,
    unit: LocalizedTextSchema,
    target: z.number().check(z.nonnegative()),
    reached: z.number().check(z.nonnegative()),
    note: z.optional(LocalizedTextSchema),
  })
  .register(z.globalRegistry, { id: 'IndicatorResult' });

/** One indicator result. */
export type IndicatorResult = z.infer<typeof IndicatorResultSchema>;

/**
 * The evaluation report 评估报告 of a project: each indicator reached against its target,
 * who evaluated and when, and a summary. A `milestone` stage evaluation checks a stage during
 * execution (评估项目各个阶段的完成情况); the `final` one (the default) comes before closing.
 * Its indicators are the application's as amended by approved scope changes
 * (`evaluation.indicators-from-application`).
 *
 * @example
 * EvaluationReportSchema.parse({
 *   id: 'ev-jinhuali', project: 'jinhuali-home',
 *   indicators: [{ indicator: 'i1', unit: '人次', target: 200, reached: 240 }],
 *   summary: '服务人次超过目标', evaluatedBy: ['p-ngo'], evaluatedAt: '2009-01-25T15:00:00+08:00',
 * });
 */
export const EvaluationReportSchema = z
  .object({
    id: IdSchema,
    project: IdSchema,
    /** A stage (milestone) evaluation during execution, or the final one (the default). */
    stage: z.optional(z.enum(['milestone', 'final'])),
    milestone: z.optional(LocalizedTextSchema),
    indicators: z.array(IndicatorResultSchema),
    summary: LocalizedTextSchema,
    evaluatedBy: z.array(IdSchema).check(z.minLength(1)),
    evaluatedAt: TimestampSchema,
  })
  .check(
    z.superRefine((report, ctx) =>
      addDuplicateIdIssues(
        ctx,
        report.indicators.map((result) => result.indicator),
        ['indicators'],
        { 'zh-CN': '指标', en: 'indicators' },
        'indicator',
      ),
    ),
  )
  .register(z.globalRegistry, {
    id: 'EvaluationReport',
    description: 'An evaluation report (评估报告).',
  });

/** An evaluation report. */
export type EvaluationReport = z.infer<typeof EvaluationReportSchema>;

/**
 * For each indicator, whether the target was met and the share reached (`reached / target`;
 * `1` for a zero target).
 *
 * @example
 * indicatorAttainment(report); // [{ indicator: 'i1', met: true, share: 1.2 }]
 */
export function indicatorAttainment(
  report: EvaluationReport,
): { indicator: string; met: boolean; share: number }[] {
  return report.indicators.map((result) => ({
    indicator: result.indicator,
    met: result.reached >= result.target,
    share: result.target === 0 ? 1 : result.reached / result.target,
  }));
}
