import * as z from 'zod/mini';
import { IdSchema } from '../validation/id.js';
import { MoneySchema } from '../money/money.js';
import { ApplicationOriginSchema } from '../open-space/application-origin.js';
import { LocalizedTextSchema } from '../text/localized-text.js';
import { addDuplicateIdIssues } from '../validation/unique-ids.js';
import { CalendarDateSchema } from './calendar.js';
import { BudgetContributionSchema } from './funding-source.js';
import { TeamRoleSchema } from './team-role.js';
import { dateOrder } from '../validation/date-messages.js';
import { validationIssue } from '../validation/validation-text.js';

/** A survey finding a need rests on: a question of a needs survey, optionally one option. */
export const SurveyFindingRefSchema = z
  .object({ survey: IdSchema, question: IdSchema, option: z.optional(IdSchema) })
  .register(z.globalRegistry, { id: 'SurveyFindingRef' });

/** A survey finding a need rests on. */
export type SurveyFindingRef = z.infer<typeof SurveyFindingRefSchema>;

/** A need the project answers, linked to the survey findings that show it. */
export const ApplicationNeedSchema = z
  .object({
    id: IdSchema,
    description: LocalizedTextSchema,
    findings: z.array(SurveyFindingRefSchema),
  })
  .register(z.globalRegistry, { id: 'ApplicationNeed' });

/** A need the project answers. */
export type ApplicationNeed = z.infer<typeof ApplicationNeedSchema>;

/** A planned activity with its dates (inclusive). */
export const PlanActivitySchema = z
  .object({
    id: IdSchema,
    title: LocalizedTextSchema,
    description: z.optional(LocalizedTextSchema),
    start: CalendarDateSchema,
    end: CalendarDateSchema,
  })
  .check(
    z.superRefine((activity, ctx) => {
      if (activity.end < activity.start) ctx.addIssue(validationIssue(dateOrder, {}, ['end']));
    }),
  )
  .register(z.globalRegistry, { id: 'PlanActivity' });

/** A planned activity. */
export type PlanActivity = z.infer<typeof PlanActivitySchema>;

/** A measurable target (指标): what is counted, in which unit, and how much is aimed for. */
export const IndicatorSchema = z
  .object({
    id: IdSchema,
    description: LocalizedTextSchema,
    unit: LocalizedTextSchema,
    target: z.number().check(z.nonnegative()),
    baseline: z.optional(z.number().check(z.nonnegative())),
  })
  .register(z.globalRegistry, { id: 'Indicator' });

/** A measurable target. */
export type Indicator = z.infer<typeof IndicatorSchema>;

/** A member of the implementing team proposed in the application. */
export const ProposedTeamMemberSchema = z
  .object({
    name: LocalizedTextSchema,
    participant: z.optional(IdSchema),
    role: TeamRoleSchema,
  })
  .register(z.globalRegistry, { id: 'ProposedTeamMember' });

/** Groups the model leans towards: migrants, the elderly, laid-off workers, children, … */
export const VulnerableGroupSchema = z
  .enum(['migrants', 'elderly', 'laid-off-workers', 'children', 'disabled', 'low-income'])
  .register(z.globalRegistry, { id: 'VulnerableGroup' });

/** A vulnerable group. */
export type VulnerableGroup = z.infer<typeof VulnerableGroupSchema>;

/** Who benefits, how many, and which vulnerable group they belong to, if any. */
export const BeneficiarySchema = z
  .object({
    group: LocalizedTextSchema,
    count: z.optional(z.int().check(z.nonnegative())),
    vulnerable: z.optional(VulnerableGroupSchema),
  })
  .register(z.globalRegistry, { id: 'Beneficiary' });

/** A group of beneficiaries. */
export type Beneficiary = z.infer<typeof BeneficiarySchema>;

/** One line of a budget: what is bought or paid, and how much. */
export const BudgetLineSchema = z
  .object({
    id: IdSchema,
    item: LocalizedTextSchema,
    amount: MoneySchema,
    note: z.optional(LocalizedTextSchema),
  })
  .register(z.globalRegistry, { id: 'BudgetLine' });

/** One budget line. */
export type BudgetLine = z.infer<typeof BudgetLineSchema>;

/**
 * A budget: the grant-funded lines, which add up to the total (the amount requested), and
 * optionally co-funding and income lines beside them (`contributions`, not part of the total).
 *
 * @example
 * BudgetSchema.parse({
 *   total: { amount: 1000000, currency: 'CNY' },
 *   lines: [{ id: 'b1', item: '货架', amount: { amount: 1000000, currency: 'CNY' } }],
 *   contributions: [{ id: 'c1', item: '募捐衣物', source: 'in-kind', amount: { amount: 200000, currency: 'CNY' } }],
 * });
 */
export const BudgetSchema = z
  .object({
    total: MoneySchema,
    lines: z.array(BudgetLineSchema),
    contributions: z.optional(z.array(BudgetContributionSchema)),
  })
  .register(z.globalRegistry, { id: 'Budget' });

/** A budget. */
export type Budget = z.infer<typeof BudgetSchema>;

/**
 * A project application 项目申请书 in the prescribed format: purpose, the needs it answers
 * (linked to survey findings), plan, indicators, implementing team, beneficiaries, budget
 * and sustainability plan. A draft may be incomplete; what submitting requires is checked by
 * the project lifecycle rules (`application.has-indicator`, `application.budget-adds-up`).
 * The application id is the project id used by every later document.
 *
 * @example
 * ApplicationSchema.parse({
 *   id: 'jinhuali-home', community: 'jinhuali',
 *   title: { 'zh-CN': '新居民之家', en: "New Residents' Home" },
 *   purpose: '为外来人口提供低价生活用品和儿童看护',
 *   needs: [{ id: 'n1', description: '低价生活用品', findings: [{ survey: 's2007', question: 'q-needs', option: 'goods' }] }],
 *   plan: [{ id: 'a1', title: '爱心超市开业', start: '2007-06-01', end: '2007-06-30' }],
 *   indicators: [{ id: 'i1', description: '每月服务人次', unit: '人次', target: 200 }],
 *   team: [{ name: '李主任', role: 'overall-lead' }],
 *   beneficiaries: [{ group: '外来人口家庭', count: 300, vulnerable: 'migrants' }],
 *   budget: { total: { amount: 1000000, currency: 'CNY' },
 *             lines: [{ id: 'b1', item: '货架', amount: { amount: 1000000, currency: 'CNY' } }] },
 *   sustainability: '由居民志愿者轮值，售货收入补贴运营',
 * });
 */
export const ApplicationSchema = z
  .object({
    id: IdSchema,
    community: IdSchema,
    title: LocalizedTextSchema,
    authors: z.optional(z.array(IdSchema)),
    purpose: LocalizedTextSchema,
    needs: z.array(ApplicationNeedSchema),
    plan: z.array(PlanActivitySchema),
    indicators: z.array(IndicatorSchema),
    team: z.array(ProposedTeamMemberSchema),
    beneficiaries: z.array(BeneficiarySchema),
    budget: BudgetSchema,
    sustainability: z.optional(LocalizedTextSchema),
    /** The Open Space session and idea(s) it carries forward, if it began there. */
    origin: z.optional(ApplicationOriginSchema),
  })
  .check(
    z.superRefine((application, ctx) => {
      const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
      addDuplicateIdIssues(ctx, ids(application.needs), ['needs'], {
        'zh-CN': '需求',
        en: 'needs',
      });
      addDuplicateIdIssues(ctx, ids(application.plan), ['plan'], {
        'zh-CN': '活动',
        en: 'activities',
      });
      addDuplicateIdIssues(ctx, ids(application.indicators), ['indicators'], {
        'zh-CN': '指标',
        en: 'indicators',
      });
      addDuplicateIdIssues(
        ctx,
        [...ids(application.budget.lines), ...ids(application.budget.contributions ?? [])],
        ['budget', 'lines'],
        { 'zh-CN': '预算条目', en: 'lines' },
      );
    }),
  )
  .register(z.globalRegistry, {
    id: 'Application',
    description: 'A project application (项目申请书).',
  });

/** A project application. */
export type Application = z.infer<typeof ApplicationSchema>;
