import * as z from 'zod/mini';
import { IdSchema } from '../validation/id.js';
import { LocalizedTextSchema } from '../text/localized-text.js';

/**
 * A community (社区) of the subdistrict, with what makes it particular, so needs and
 * applications can be read against it.
 *
 * @example
 * CommunitySchema.parse({
 *   id: 'jinhuali',
 *   name: { 'zh-CN': '金华里', en: 'Jinhuali' },
 *   description: { 'zh-CN': '唯一的平房区，外来人口过半', en: 'The only bungalow area; over half migrants' },
 *   households: 1200,
 * });
 */
export const CommunitySchema = z
  .object({
    id: IdSchema,
    name: LocalizedTextSchema,
    /** The subdistrict (街道) it belongs to, e.g. `qingyuan`. */
    subdistrict: z.optional(IdSchema),
    /** What characterizes it (housing, residents). */
    description: z.optional(LocalizedTextSchema),
    households: z.optional(z.int().check(z.nonnegative())),
    population: z.optional(z.int().check(z.nonnegative())),
  })
  .register(z.globalRegistry, {
    id: 'Community',
    description: 'A community (社区) of a subdistrict.',
  });

/** A community of the subdistrict. */
export type Community = z.infer<typeof CommunitySchema>;
