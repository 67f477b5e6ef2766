import * as z from 'zod/mini';
import { IdSchema } from '../validation/id.js';
import { MoneySchema } from '../money/money.js';
import { LocalizedTextSchema } from '../text/localized-text.js';
import { CalendarDateSchema } from './calendar.js';

/**
 * A disbursement 拨款: one tranche of the grant paid to the project. The tranches together
 * never exceed the grant (lifecycle rule `disbursement.within-grant`) and are paid by the
 * street office or the service center (`disbursement.by-funder`).
 *
 * @example
 * DisbursementSchema.parse({
 *   id: 'd1', project: 'jinhuali-home', tranche: 1,
 *   amount: { amount: 600000, currency: 'CNY' }, paidOn: '2008-04-16', reference: '拨〔2008〕12号',
 * });
 */
export const DisbursementSchema = z
  .object({
    id: IdSchema,
    project: IdSchema,
    tranche: z.int().check(z.positive()),
    amount: MoneySchema,
    paidOn: CalendarDateSchema,
    reference: z.optional(z.string().check(z.minLength(1))),
    note: z.optional(LocalizedTextSchema),
  })
  .register(z.globalRegistry, {
    id: 'Disbursement',
    description: 'One tranche of a grant paid to a project (拨款).',
  });

/** A disbursement (tranche). */
export type Disbursement = z.infer<typeof DisbursementSchema>;
