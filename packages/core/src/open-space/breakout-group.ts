import * as z from 'zod/mini';
import { IdSchema } from '../validation/id.js';
import { LocalizedTextSchema } from '../text/localized-text.js';
import { addDuplicateIdIssues } from '../validation/unique-ids.js';

/** One note taken in a breakout group, with its author when known. */
export const GroupNoteSchema = z
  .object({ id: IdSchema, text: LocalizedTextSchema, by: z.optional(IdSchema) })
  .register(z.globalRegistry, { id: 'GroupNote' });

/** A note of a breakout group. */
export type GroupNote = z.infer<typeof GroupNoteSchema>;

/**
 * A breakout group (分组讨论) of an Open Space session: the topic it discusses, who joined
 * (participants move freely between groups, the "law of two feet"), and its notes.
 *
 * @example
 * BreakoutGroupSchema.parse({
 *   id: 'g-kids', topic: 't-kids', members: ['p-wang', 'p-guo'],
 *   notes: [{ id: 'n1', text: '居委会活动室下午空着', by: 'p-guo' }],
 * });
 */
export const BreakoutGroupSchema = z
  .object({
    id: IdSchema,
    topic: IdSchema,
    members: z.array(IdSchema),
    notes: z.array(GroupNoteSchema),
  })
  .check(
    z.superRefine((group, ctx) =>
      addDuplicateIdIssues(
        ctx,
        group.notes.map((note) => note.id),
        ['notes'],
        { 'zh-CN': '讨论记录', en: 'notes' },
      ),
    ),
  )
  .register(z.globalRegistry, {
    id: 'BreakoutGroup',
    description: 'A breakout group of an Open Space session, with its notes.',
  });

/** A breakout group of an Open Space session. */
export type BreakoutGroup = z.infer<typeof BreakoutGroupSchema>;
