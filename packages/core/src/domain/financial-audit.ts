import * as z from 'zod/mini';
import { IdSchema } from '../meeting/review-meeting.js';
import { MoneySchema } from '../money/money.js';
import { LocalizedTextSchema } from '../text/localized-text.js';
import { addDuplicateIdIssues } from '../validation/unique-ids.js';
import { TimestampSchema } from './calendar.js';
import { moneyTotal } from './money-total.js';

/** One line of the audit: the budget line, what was budgeted and what was actually spent. */
export const AuditLineSchema = z
  .object({
    line: IdSchema,
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
        'lines',
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

/** Totals of a financial audit in minor units; `overGrant` is how much spending exceeds the grant (0 if none). */
export interface AuditTotals {
  readonly currency: string;
  readonly budgeted: bigint;
  readonly actual: bigint;
  readonly overGrant: bigint;
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
  const budgeted = moneyTotal(
    audit.lines.map((line) => line.budgeted),
    currency,
  );
  const actual = moneyTotal(
    audit.lines.map((line) => line.actual),
    currency,
  );
  if (!budgeted.ok || !actual.ok) return undefined;
  const over = actual.minorUnits - BigInt(audit.granted.amount);
  return {
    currency,
    budgeted: budgeted.minorUnits,
    actual: actual.minorUnits,
    overGrant: over > 0n ? over : 0n,
    variances: audit.lines.map((line) => ({
      line: line.line,
      variance: BigInt(line.actual.amount) - BigInt(line.budgeted.amount),
    })),
  };
}
