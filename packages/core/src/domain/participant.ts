import * as z from 'zod/mini';
import { IdSchema } from '../validation/id.js';
import { LocalizedTextSchema } from '../text/localized-text.js';

/**
 * The roles people and organisations play in the cycle: street office 街道办事处, community
 * service center 社区服务中心, NGO partner 社会组织, residents' committee 居委会, resident
 * 居民, local unit or business 辖区单位/商户, expert 专家, supervision group member 监审组成员.
 */
export const ParticipantRoleSchema = z
  .enum([
    'street-office',
    'service-center',
    'ngo-partner',
    'residents-committee',
    'resident',
    'local-business',
    'expert',
    'supervision-group-member',
  ])
  .register(z.globalRegistry, { id: 'ParticipantRole' });

/** A role in the cycle. */
export type ParticipantRole = z.infer<typeof ParticipantRoleSchema>;

/**
 * A person (or an organisation acting as one) taking part in the cycle. `attributes` hold
 * facts used to cross-tabulate survey answers and to check recusal (e.g. `residency: migrant`).
 *
 * @example
 * ParticipantSchema.parse({
 *   id: 'p-wang',
 *   name: '王阿姨',
 *   roles: ['resident'],
 *   community: 'jinhuali',
 *   attributes: { residency: 'migrant' },
 * });
 */
export const ParticipantSchema = z
  .object({
    id: IdSchema,
    name: LocalizedTextSchema,
    roles: z.array(ParticipantRoleSchema).check(z.minLength(1)),
    community: z.optional(IdSchema),
    organization: z.optional(LocalizedTextSchema),
    attributes: z.optional(z.record(IdSchema, z.string().check(z.minLength(1)))),
  })
  .register(z.globalRegistry, {
    id: 'Participant',
    description: 'A person or organisation taking part in the cycle.',
  });

/** A person or organisation taking part in the cycle. */
export type Participant = z.infer<typeof ParticipantSchema>;
