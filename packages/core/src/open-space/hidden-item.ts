import * as z from 'zod/mini';
import { TimestampSchema } from '../domain/calendar.js';
import { IdSchema } from '../validation/id.js';
import { LocalizedTextSchema } from '../text/localized-text.js';

/** What can be hidden on an Open Space board: a topic, an idea, or a breakout group's note. */
export const HideableKindSchema = z
  .enum(['topic', 'idea', 'note'])
  .register(z.globalRegistry, { id: 'HideableKind' });

/** A kind of hideable item. */
export type HideableKind = z.infer<typeof HideableKindSchema>;

/**
 * A record that an organizer hid an item (an abusive idea, an insulting note). Nothing is
 * deleted: the item stays in the document, the record says who hid it, when and why, and
 * views leave it out. The reason is optional in the document so that a record without one
 * is reported by the `open-space.hidden-reason` rule rather than refused unread.
 *
 * @example
 * HiddenItemSchema.parse({
 *   kind: 'idea', id: 'i-insult', by: 'p-li', at: '2007-08-25T10:40:00+08:00',
 *   reason: { 'zh-CN': '人身攻击', en: 'A personal attack' },
 * });
 */
export const HiddenItemSchema = z
  .object({
    kind: HideableKindSchema,
    id: IdSchema,
    by: IdSchema,
    at: TimestampSchema,
    reason: z.optional(LocalizedTextSchema),
  })
  .register(z.globalRegistry, {
    id: 'HiddenItem',
    description: 'An organizer hid an item, with the reason; nothing is deleted.',
  });

/** A record of a hidden item. */
export type HiddenItem = z.infer<typeof HiddenItemSchema>;
