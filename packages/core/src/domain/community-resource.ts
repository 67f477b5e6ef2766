import * as z from 'zod/mini';
import { IdSchema } from '../validation/id.js';
import { LocalizedTextSchema } from '../text/localized-text.js';

/**
 * The kinds of community resources (社区资源) the training teaches to look for beside needs:
 * a venue (场地), volunteers (志愿者), a skill someone offers (技能), a local business or unit
 * (辖区单位/商户), or something else.
 */
export const CommunityResourceKindSchema = z
  .enum(['venue', 'volunteers', 'skill', 'local-business', 'other'])
  .register(z.globalRegistry, { id: 'CommunityResourceKind' });

/** A kind of community resource. */
export type CommunityResourceKind = z.infer<typeof CommunityResourceKindSchema>;

/**
 * A resource of a community (社区资源): what the community already has that a project can
 * use — a room free in the afternoons, retired teachers willing to tutor, a shop that
 * donates goods. Recorded beside the needs (at an Open Space session, in a training's
 * community analysis), so an application can build on both.
 *
 * @example
 * CommunityResourceSchema.parse({
 *   id: 'r-hall', community: 'jinhuali', kind: 'venue',
 *   name: { 'zh-CN': '居委会活动室', en: "The residents' committee hall" },
 *   availability: { 'zh-CN': '工作日下午', en: 'Weekday afternoons' },
 *   capacity: 40,
 * });
 */
export const CommunityResourceSchema = z
  .object({
    id: IdSchema,
    community: IdSchema,
    kind: CommunityResourceKindSchema,
    name: LocalizedTextSchema,
    description: z.optional(LocalizedTextSchema),
    /** Who offers it or whom to ask (a participant id). */
    offeredBy: z.optional(IdSchema),
    availability: z.optional(LocalizedTextSchema),
    /** People it holds (a venue) or people offering it (volunteers). */
    capacity: z.optional(z.int().check(z.nonnegative())),
  })
  .register(z.globalRegistry, {
    id: 'CommunityResource',
    description: 'A resource of a community (社区资源): venue, volunteers, skill, local business.',
  });

/** A resource of a community. */
export type CommunityResource = z.infer<typeof CommunityResourceSchema>;

/**
 * The resources of one community, by kind then id, from a list covering several.
 *
 * @example
 * resourcesOf('jinhuali', resources).map((r) => r.id); // ['r-hall', 'r-tutors']
 */
export function resourcesOf(
  community: string,
  resources: readonly CommunityResource[],
): CommunityResource[] {
  const kinds = CommunityResourceKindSchema.options;
  return resources
    .filter((resource) => resource.community === community)
    .sort(
      (a, b) =>
        kinds.indexOf(a.kind) - kinds.indexOf(b.kind) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}
