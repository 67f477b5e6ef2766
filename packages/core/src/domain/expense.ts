import * as z from 'zod/mini';
import { IdSchema } from '../validation/id.js';
import { MoneySchema } from '../money/money.js';
import { LocalizedTextSchema } from '../text/localized-text.js';
import { CalendarDateSchema } from './calendar.js';
import { FundingSourceSchema } from './funding-source.js';

/** A receipt 收据/发票 backing an expense: its number, who issued it and when. */
export const ReceiptSchema = z
  .object({
    number: z.string().check(z.minLength(1)),
    issuer: z.optional(LocalizedTextSchema),
    issuedOn: z.optional(CalendarDateSchema),
  })
  .register(z.globalRegistry, { id: 'Receipt' });

/** A receipt. */
export type Receipt = z.infer<typeof ReceiptSchema>;

/**
 * One entry of a project's expense ledger 支出台账: what was paid, on which budget line
 * (grant line or co-funding/income line), from which source (the grant unless said), when,
 * and the receipt. The lifecycle refuses an entry without a receipt (`expense.receipt`), on
 * a line the (amended) budget does not have (`expense.budget-line`), or grant spending above
 * the grant without the supervision group's approval (`expense.within-grant`).
 *
 * @example
 * ExpenseSchema.parse({
 *   id: 'x1', project: 'jinhuali-home', line: 'b-shelves', item: '货架 4 组',
 *   amount: { amount: 280000, currency: 'CNY' }, paidOn: '2008-04-20',
 *   receipt: { number: 'No.0012345', issuer: '清源五金店' },
 * });
 */
export const ExpenseSchema = z
  .object({
    id: IdSchema,
    project: IdSchema,
    line: IdSchema,
    source: z.optional(FundingSourceSchema),
    item: LocalizedTextSchema,
    amount: MoneySchema,
    paidOn: CalendarDateSchema,
    receipt: z.optional(ReceiptSchema),
  })
  .register(z.globalRegistry, {
    id: 'Expense',
    description: 'One entry of a project expense ledger (支出台账), with its receipt.',
  });

/** An expense ledger entry. */
export type Expense = z.infer<typeof ExpenseSchema>;
