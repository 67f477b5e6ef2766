import * as z from 'zod/mini';
import { IdSchema } from '../validation/id.js';
import { LocalizedTextSchema } from '../text/localized-text.js';

/**
 * A topic of an Open Space session (开放空间议题): raised by a participant, who convenes
 * (召集) the breakout group that discusses it.
 *
 * @example
 * OpenSpaceTopicSchema.parse({
 *   id: 't-kids', title: { 'zh-CN': '放学后孩子去哪儿', en: 'Where children go after school' },
 *   convener: 'p-wang',
 * });
 */
export const OpenSpaceTopicSchema = z
  .object({
    id: IdSchema,
    title: LocalizedTextSchema,
    /** The participant who raised the topic and convenes its group. */
    convener: IdSchema,
    description: z.optional(LocalizedTextSchema),
  })
  .register(z.globalRegistry, {
    id: 'OpenSpaceTopic',
    description: 'A topic raised at an Open Space session, with its convener.',
  });

/** A topic of an Open Space session. */
export type OpenSpaceTopic = z.infer<typeof OpenSpaceTopicSchema>;
