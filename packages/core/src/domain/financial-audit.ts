import * as z from 'zod/mini';
import { IdSchema } from '../validation/id.js';
import { MoneySchema, type Money } from '../money/money.js';
import { LocalizedTextSchema } from '../text/localized-text.js';
import { addDuplicateIdIssues } from '../validation/unique-ids.js';
import { TimestampSchema } from './calendar.js';
import { FundingSourceSchema, isCoFunding, isProjectIncome } from './funding-source.js';
import { moneyTotal } from '../money/money-total.js';

/**
 * One line of the audit: the budget line (a grant line, or a co-funding / income line with its
 * `source`), what was budgeted and what was actually spent.
 */
export const AuditLineSchema = z
  .object({
    line: IdSchema,
    source: z.optional(FundingSourceSchema),
    item: z.optional(LocalizedTextSchema),
    budgeted: MoneySchema,
    actual: MoneySchema,
    note: z.optional(LocalizedTextSchema),
  })
  .register(z.globalRegistry, { id: 'AuditLine' });

/** One audit line. */
export type AuditLine = z.infer<typeof AuditLineSchema>;

/**
 * The financial audit 财务审计表 of a project: the amount granted and, per budget line,
 * budgeted against actual spending, with the auditors' conclusion. Spending above the grant
 * needs a supervision-group approval on record (lifecycle rule `spending.within-grant`).
 *
 * @example
 * FinancialAuditSchema.parse({
 *   id: 'fa-jinhuali', project: 'jinhuali-home',
 *   granted: { amount: 1000000, currency: 'CNY' },
 *   lines: [{ line: 'b1', budgeted: { amount: 1000000, currency: 'CNY' },
 *             actual: { amount: 980000, currency: 'CNY' } }],
 *   auditedBy: ['p-finance-office'], auditedAt: '2009-01-20T10:00:00+08:00',
 *   conclusion: 'compliant',
 * });
 */
export const FinancialAuditSchema = z
  .object({
    id: IdSchema,
    project: IdSchema,
    granted: MoneySchema,
    lines: z.array(AuditLineSchema),
    auditedBy: z.array(IdSchema).check(z.minLength(1)),
    auditedAt: TimestampSchema,
    conclusion: z.enum(['compliant', 'compliant-with-remarks', 'non-compliant']),
    remarks: z.optional(LocalizedTextSchema),
  })
  .check(
    z.superRefine((audit, ctx) =>
      addDuplicateIdIssues(
        ctx,
        audit.lines.map((line) => line.line),
        ['lines'],
        { 'zh-CN': '预算条目', en: 'lines' },
        'line',
      ),
    ),
  )
  .register(z.globalRegistry, {
    id: 'FinancialAudit',
    description: 'A financial audit (财务审计表): budget vs actual.',
  });

/** A financial audit. */
export type FinancialAudit = z.infer<typeof FinancialAuditSchema>;

/**
 * Totals of a financial audit in minor units. `budgeted`, `actual` and `overGrant` count the
 * grant-funded lines only; co-funding and project income are added up apart.
 */
export interface AuditTotals {
  readonly currency: string;
  readonly budgeted: bigint;
  readonly actual: bigint;
  /** How much grant spending exceeds the grant (0 if none). */
  readonly overGrant: bigint;
  /** Actual co-funding used (volunteer-raised money and in-kind gifts). */
  readonly coFunding: bigint;
  /** Actual project income used (dues, low-price sales, other income). */
  readonly income: bigint;
  /** Per line: actual minus budgeted (positive = overspent). */
  readonly variances: readonly { readonly line: string; readonly variance: bigint }[];
}

/**
 * Adds up an audit exactly. Returns `undefined` when its amounts are not all in the
 * currency of the grant (which the lifecycle reports as a violation).
 *
 * @example
 * auditTotals(audit)?.overGrant; // 0n when spending stayed within the grant
 */
export function auditTotals(audit: FinancialAudit): AuditTotals | undefined {
  const currency = audit.granted.currency;
  const all = (pick: (line: AuditLine) => Money) => moneyTotal(audit.lines.map(pick), currency).ok;
  if (!all((line) => line.budgeted) || !all((line) => line.actual)) return undefined;
  const sum = (lines: readonly AuditLine[], pick: (line: AuditLine) => Money) =>
    lines.reduce((total, line) => total + BigInt(pick(line).amount), 0n);
  const source = (line: AuditLine) => line.source ?? 'grant';
  const grant = audit.lines.filter((line) => source(line) === 'grant');
  const actual = sum(grant, (line) => line.actual);
  const over = actual - BigInt(audit.granted.amount);
  return {
    currency,
    budgeted: sum(grant, (line) => line.budgeted),
    actual,
    overGrant: over > 0n ? over : 0n,
    coFunding: sum(
      audit.lines.filter((line) => isCoFunding(source(line))),
      (line) => line.actual,
    ),
    income: sum(
      audit.lines.filter((line) => isProjectIncome(source(line))),
      (line) => line.actual,
    ),
    variances: audit.lines.map((line) => ({
      line: line.line,
      variance: BigInt(line.actual.amount) - BigInt(line.budgeted.amount),
    })),
  };
}
