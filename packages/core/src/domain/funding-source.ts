import * as z from 'zod/mini';
import { IdSchema } from '../validation/id.js';
import { MoneySchema } from '../money/money.js';
import { LocalizedTextSchema } from '../text/localized-text.js';

/**
 * Where the money of a budget, expense or audit line comes from: the grant 专项资金, co-funding
 * (money volunteers raised 自筹, goods or work given in kind 实物捐赠) or the project's own income
 * (members' dues 会费, low-price sales 低价出售, other income).
 *
 * @example
 * FundingSourceSchema.parse('low-price-sales');
 */
export const FundingSourceSchema = z
  .enum(['grant', 'volunteer-raised', 'in-kind', 'dues', 'low-price-sales', 'other-income'])
  .register(z.globalRegistry, { id: 'FundingSource' });

/** Where money comes from. */
export type FundingSource = z.infer<typeof FundingSourceSchema>;

/**
 * Whether a source is co-funding (raised by volunteers or given in kind).
 *
 * @example
 * isCoFunding('in-kind'); // true
 */
export const isCoFunding = (source: FundingSource): boolean =>
  source === 'volunteer-raised' || source === 'in-kind';

/**
 * Whether a source is the project's own income (dues, sales, other income).
 *
 * @example
 * isProjectIncome('dues'); // true
 */
export const isProjectIncome = (source: FundingSource): boolean =>
  source === 'dues' || source === 'low-price-sales' || source === 'other-income';

/**
 * A budget line not paid from the grant: co-funding or project income, planned beside the
 * grant-funded lines (which alone add up to the request). Its `source` is never `grant`.
 *
 * @example
 * BudgetContributionSchema.parse({
 *   id: 'c-sales', item: '爱心超市低价出售收入', source: 'low-price-sales',
 *   amount: { amount: 150000, currency: 'CNY' },
 * });
 */
export const BudgetContributionSchema = z
  .object({
    id: IdSchema,
    item: LocalizedTextSchema,
    source: z.enum(['volunteer-raised', 'in-kind', 'dues', 'low-price-sales', 'other-income']),
    amount: MoneySchema,
    note: z.optional(LocalizedTextSchema),
  })
  .register(z.globalRegistry, { id: 'BudgetContribution' });

/** A co-funding or income line of a budget. */
export type BudgetContribution = z.infer<typeof BudgetContributionSchema>;
