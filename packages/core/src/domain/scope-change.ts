import * as z from 'zod/mini';
import { IdSchema } from '../validation/id.js';
import { LocalizedTextSchema } from '../text/localized-text.js';
import { addDuplicateIdIssues } from '../validation/unique-ids.js';
import { BudgetSchema, IndicatorSchema, PlanActivitySchema } from './application.js';
import { TimestampSchema } from './calendar.js';

/**
 * A scope change request 项目变更申请 of a funded project: why, and the new version of the
 * plan, the indicators and/or the budget (each given whole, replacing the current one). It
 * amends the application only once the supervision group approves it (`change-decided`);
 * the project history keeps every earlier version.
 *
 * @example
 * ScopeChangeSchema.parse({
 *   id: 'chg-mending', project: 'jinhuali-home',
 *   reason: '新居民需要裁裤边、修拉链、烫洗衣服',
 *   plan: [
 *     { id: 'a-supermarket', title: '爱心超市开业', start: '2007-06-01', end: '2007-06-30' },
 *     { id: 'a-mending', title: '缝补熨烫服务', start: '2007-09-01', end: '2007-12-31' },
 *   ],
 *   requestedAt: '2007-08-20T10:00:00+08:00',
 * });
 */
export const ScopeChangeSchema = z
  .object({
    id: IdSchema,
    project: IdSchema,
    reason: LocalizedTextSchema,
    plan: z.optional(z.array(PlanActivitySchema)),
    indicators: z.optional(z.array(IndicatorSchema)),
    budget: z.optional(BudgetSchema),
    requestedAt: TimestampSchema,
  })
  .check(
    z.superRefine((change, ctx) => {
      const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
      if (change.plan)
        addDuplicateIdIssues(ctx, ids(change.plan), ['plan'], {
          'zh-CN': '活动',
          en: 'activities',
        });
      if (change.indicators)
        addDuplicateIdIssues(ctx, ids(change.indicators), ['indicators'], {
          'zh-CN': '指标',
          en: 'indicators',
        });
      if (change.budget)
        addDuplicateIdIssues(ctx, ids(change.budget.lines), ['budget', 'lines'], {
          'zh-CN': '预算条目',
          en: 'lines',
        });
    }),
  )
  .register(z.globalRegistry, {
    id: 'ScopeChange',
    description: 'A scope change request (项目变更申请): new plan, indicators or budget.',
  });

/** A scope change request. */
export type ScopeChange = z.infer<typeof ScopeChangeSchema>;

/**
 * The supervision group's decision on a scope change: approved or not, by which body, with an
 * optional reference and reason.
 *
 * @example
 * ScopeChangeDecisionSchema.parse({
 *   change: 'chg-mending', body: 'qingyuan-supervision', approved: true, reference: '监审〔2007〕5号',
 * });
 */
export const ScopeChangeDecisionSchema = z
  .object({
    change: IdSchema,
    body: IdSchema,
    approved: z.boolean(),
    reference: z.optional(z.string().check(z.minLength(1))),
    reason: z.optional(LocalizedTextSchema),
  })
  .register(z.globalRegistry, {
    id: 'ScopeChangeDecision',
    description: 'The supervision group’s decision on a scope change.',
  });

/** A decision on a scope change. */
export type ScopeChangeDecision = z.infer<typeof ScopeChangeDecisionSchema>;
