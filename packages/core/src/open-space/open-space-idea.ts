import * as z from 'zod/mini';
import { IdSchema } from '../validation/id.js';
import { LocalizedTextSchema } from '../text/localized-text.js';

/** What an idea is: a need (需求) residents feel, or an idea for a project (项目点子). */
export const IdeaKindSchema = z
  .enum(['need', 'project-idea'])
  .register(z.globalRegistry, { id: 'IdeaKind' });

/** The kind of an idea. */
export type IdeaKind = z.infer<typeof IdeaKindSchema>;

/**
 * A photo of a flip chart, a sticky note or a place, by reference (a file name or URL the
 * platform resolves), with a text alternative for people who cannot see it.
 *
 * @example
 * PhotoRefSchema.parse({ ref: 'photos/2007-08-25-wall.jpg', alt: '贴满便利贴的墙' });
 */
export const PhotoRefSchema = z
  .object({ ref: z.string().check(z.minLength(1)), alt: LocalizedTextSchema })
  .register(z.globalRegistry, { id: 'PhotoRef' });

/** A photo by reference, with its text alternative. */
export type PhotoRef = z.infer<typeof PhotoRefSchema>;

/**
 * An idea raised at an Open Space session: a need or a project idea, by whom, for which
 * community, optionally under a topic or from a breakout group, optionally with a photo.
 * Participants put their dots on ideas; an idea can later become an application
 * (`Application.origin`).
 *
 * @example
 * OpenSpaceIdeaSchema.parse({
 *   id: 'i-supermarket', kind: 'project-idea',
 *   title: { 'zh-CN': '爱心超市', en: 'A love supermarket' },
 *   by: 'p-wang', community: 'jinhuali', topic: 't-migrants',
 * });
 */
export const OpenSpaceIdeaSchema = z
  .object({
    id: IdSchema,
    kind: IdeaKindSchema,
    title: LocalizedTextSchema,
    description: z.optional(LocalizedTextSchema),
    /** The participant who raised it. */
    by: IdSchema,
    /** The community it is for. */
    community: IdSchema,
    topic: z.optional(IdSchema),
    group: z.optional(IdSchema),
    photo: z.optional(PhotoRefSchema),
  })
  .register(z.globalRegistry, {
    id: 'OpenSpaceIdea',
    description: 'A need or project idea raised at an Open Space session.',
  });

/** An idea raised at an Open Space session. */
export type OpenSpaceIdea = z.infer<typeof OpenSpaceIdeaSchema>;
