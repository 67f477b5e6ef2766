import * as z from 'zod/mini';
import { IdSchema } from '../validation/id.js';
import { MoneySchema } from '../money/money.js';
import { LocalizedTextSchema } from '../text/localized-text.js';
import { addDuplicateIdIssues } from '../validation/unique-ids.js';
import { duplicateId } from '../validation/reference-messages.js';
import { validationIssue } from '../validation/validation-text.js';

/**
 * The dedicated fund 社区服务项目专项资金 of a round: how much, in which currency (the money's),
 * and where it comes from.
 *
 * @example
 * RoundFundSchema.parse({
 *   amount: { amount: 3000000, currency: 'CNY' },
 *   source: { 'zh-CN': '街道财政拨款', en: 'Street office budget' },
 * });
 */
export const RoundFundSchema = z
  .object({
    amount: MoneySchema,
    source: LocalizedTextSchema,
    name: z.optional(LocalizedTextSchema),
  })
  .register(z.globalRegistry, { id: 'RoundFund' });

/** The dedicated fund of a round. */
export type RoundFund = z.infer<typeof RoundFundSchema>;

/**
 * A project carried into this round from an earlier one: same project id, its history goes on
 * (see `carryOver` and the project lifecycle's `carried-over` event).
 */
export const CarriedProjectSchema = z
  .object({ project: IdSchema, from: IdSchema, reason: z.optional(LocalizedTextSchema) })
  .register(z.globalRegistry, { id: 'CarriedProject' });

/** A project carried into a round from an earlier one. */
export type CarriedProject = z.infer<typeof CarriedProjectSchema>;

/**
 * One round 轮次 of the cycle: one subdistrict's year — the communities taking part, the
 * dedicated fund, the needs survey(s), the applications (and projects carried over from an
 * earlier round), the review meeting(s), the funding decision(s) and the funded projects. The
 * documents themselves are referred to by id; `checkRound` checks them against each other.
 *
 * @example
 * RoundSchema.parse({
 *   id: 'qingyuan-2008', subdistrict: 'qingyuan', year: 2008,
 *   communities: ['jinhuali', 'yuhuayuan'],
 *   fund: { amount: { amount: 3000000, currency: 'CNY' }, source: '街道社区服务项目专项资金' },
 *   surveys: ['qingyuan-needs-2008'],
 *   applications: ['jinhuali-home'],
 *   meetings: ['qingyuan-2008'],
 *   decisions: ['fd-2008'],
 *   funded: ['jinhuali-home'],
 * });
 */
export const RoundSchema = z
  .object({
    id: IdSchema,
    subdistrict: IdSchema,
    year: z.int().check(z.gte(1900), z.lte(9999)),
    title: z.optional(LocalizedTextSchema),
    communities: z.array(IdSchema).check(z.minLength(1)),
    fund: RoundFundSchema,
    surveys: z.array(IdSchema),
    applications: z.array(IdSchema),
    carriedOver: z.optional(z.array(CarriedProjectSchema)),
    meetings: z.array(IdSchema),
    decisions: z.array(IdSchema),
    funded: z.array(IdSchema),
  })
  .check(
    z.superRefine((round, ctx) => {
      const lists = ['communities', 'surveys', 'applications', 'meetings', 'decisions', 'funded'];
      for (const list of lists as ('communities' | 'surveys')[]) {
        const seen = new Set<string>();
        round[list].forEach((id, index) => {
          if (seen.has(id)) ctx.addIssue(validationIssue(duplicateId, { id, list }, [list, index]));
          seen.add(id);
        });
      }
      addDuplicateIdIssues(
        ctx,
        (round.carriedOver ?? []).map((carried) => carried.project),
        ['carriedOver'],
        'carriedOver',
        'project',
      );
    }),
  )
  .register(z.globalRegistry, {
    id: 'Round',
    description: 'One subdistrict’s round (轮次) of the cycle in one year.',
  });

/** One round of the cycle. */
export type Round = z.infer<typeof RoundSchema>;

/**
 * The projects a round takes up: its own applications, then those carried over into it.
 *
 * @example
 * roundProjects(round); // ['jinhuali-home', 'yuhuayuan-culture', 'xinghuayuan-children']
 */
export function roundProjects(round: Round): string[] {
  return [...round.applications, ...(round.carriedOver ?? []).map((carried) => carried.project)];
}
