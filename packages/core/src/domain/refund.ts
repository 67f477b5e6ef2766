import * as z from 'zod/mini';
import { IdSchema } from '../validation/id.js';
import { MoneySchema } from '../money/money.js';
import { CalendarDateSchema } from './calendar.js';

/**
 * The refund 退款 of a terminated project's unspent grant money: the last step of the
 * termination workflow. Its amount equals what was disbursed minus what the ledger spent
 * from the grant (lifecycle rule `termination.refund-unspent`).
 *
 * @example
 * RefundSchema.parse({
 *   id: 'r-1', project: 'demo-project', amount: { amount: 250000, currency: 'CNY' },
 *   paidOn: '2008-09-20', reference: '退〔2008〕2号',
 * });
 */
export const RefundSchema = z
  .object({
    id: IdSchema,
    project: IdSchema,
    amount: MoneySchema,
    paidOn: CalendarDateSchema,
    reference: z.optional(z.string().check(z.minLength(1))),
  })
  .register(z.globalRegistry, {
    id: 'Refund',
    description: 'The refund of a terminated project’s unspent grant money (退款).',
  });

/** A refund of unspent money. */
export type Refund = z.infer<typeof RefundSchema>;
