import * as z from 'zod/mini';
import { IdSchema } from '../validation/id.js';
import { LocalizedTextSchema } from '../text/localized-text.js';

/**
 * A person named in a meeting or a training — a facilitator, a trainer — who may or may not be
 * a registered participant: the name always, the participant id when there is one, the
 * organisation they come from.
 *
 * @example
 * NamedPersonSchema.parse({ name: '宋老师', organization: { 'zh-CN': '社区参与行动', en: 'Shining Stone' } });
 */
export const NamedPersonSchema = z
  .object({
    name: LocalizedTextSchema,
    participant: z.optional(IdSchema),
    organization: z.optional(LocalizedTextSchema),
  })
  .register(z.globalRegistry, {
    id: 'NamedPerson',
    description: 'A person by name, optionally a participant id and an organisation.',
  });

/** A person by name, optionally linked to a participant. */
export type NamedPerson = z.infer<typeof NamedPersonSchema>;
