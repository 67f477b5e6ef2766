import * as z from 'zod/mini';
import { LocalizedTextSchema } from '../text/localized-text.js';

/**
 * What people read on a PB ballot, beside its {@link PbBallotElectionSchema} document (the two
 * are one JSON object, the `<qy-pb-ballot>` element's sheet): the ballot's title and
 * introduction, the currency of the costs (whole units, as in Pabulib files), the names of
 * districts and categories, and each project's title and description. Every text is optional:
 * an id stands in for a missing name. Rules live in the election part only.
 *
 * @example
 * PbBallotTextsSchema.parse({
 *   title: { 'zh-CN': '社区微更新', en: 'Neighbourhood budget' },
 *   currency: 'CNY',
 *   projects: [{ id: 'p1', title: { 'zh-CN': '口袋公园', en: 'Pocket park' } }],
 * });
 */
export const PbBallotTextsSchema = z.object({
  title: z.optional(LocalizedTextSchema),
  description: z.optional(LocalizedTextSchema),
  currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/))),
  districts: z.optional(z.record(z.string(), LocalizedTextSchema)),
  categories: z.optional(z.record(z.string(), LocalizedTextSchema)),
  projects: z.array(
    z.object({
      id: z.string(),
      title: z.optional(LocalizedTextSchema),
      description: z.optional(LocalizedTextSchema),
    }),
  ),
});

/** The texts of a PB ballot (see {@link PbBallotTextsSchema}). */
export type PbBallotTexts = z.infer<typeof PbBallotTextsSchema>;
