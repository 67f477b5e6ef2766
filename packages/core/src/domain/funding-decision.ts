import * as z from 'zod/mini';
import { IdSchema } from '../validation/id.js';
import { MoneySchema } from '../money/money.js';
import { LocalizedTextSchema } from '../text/localized-text.js';
import { addDuplicateIdIssues } from '../validation/unique-ids.js';
import { TimestampSchema } from './calendar.js';

/** The amount granted to one project. */
export const FundingGrantSchema = z
  .object({ project: IdSchema, amount: MoneySchema })
  .register(z.globalRegistry, { id: 'FundingGrant' });

/** The amount granted to one project. */
export type FundingGrant = z.infer<typeof FundingGrantSchema>;

/** Why a project was funded or passed over against the ranking, and who decided it. */
export const RankingDepartureSchema = z
  .object({ project: IdSchema, by: IdSchema, reason: LocalizedTextSchema })
  .register(z.globalRegistry, { id: 'RankingDeparture' });

/** A recorded departure from the ranking. */
export type RankingDeparture = z.infer<typeof RankingDepartureSchema>;

/**
 * The service center's funding decision after a review meeting: the fund, the grants, the
 * opinions of street leaders and experts it weighed, and every departure from the ranking
 * with who decided and why. Whether the grants fit the fund and follow the ranking is
 * checked by `checkFundingDecision`.
 *
 * @example
 * FundingDecisionSchema.parse({
 *   id: 'fd-2008', meeting: 'qingyuan-2008',
 *   fund: { amount: 5000000, currency: 'CNY' },
 *   decidedBy: ['p-service-center'], decidedAt: '2008-04-02T10:00:00+08:00',
 *   grants: [{ project: 'jinhuali-home', amount: { amount: 1000000, currency: 'CNY' } }],
 *   departures: [],
 * });
 */
export const FundingDecisionSchema = z
  .object({
    id: IdSchema,
    meeting: IdSchema,
    fund: MoneySchema,
    decidedBy: z.array(IdSchema).check(z.minLength(1)),
    decidedAt: TimestampSchema,
    grants: z.array(FundingGrantSchema),
    departures: z.array(RankingDepartureSchema),
    opinions: z.optional(
      z.array(
        z
          .object({ by: IdSchema, text: LocalizedTextSchema })
          .register(z.globalRegistry, { id: 'Opinion' }),
      ),
    ),
  })
  .check(
    z.superRefine((decision, ctx) => {
      addDuplicateIdIssues(
        ctx,
        decision.grants.map((grant) => grant.project),
        ['grants'],
        { 'zh-CN': '资助', en: 'grants' },
        'project',
      );
    }),
  )
  .register(z.globalRegistry, {
    id: 'FundingDecision',
    description: 'Which projects are funded and with how much.',
  });

/** A funding decision. */
export type FundingDecision = z.infer<typeof FundingDecisionSchema>;
