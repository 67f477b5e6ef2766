import * as z from 'zod/mini';
import { IdSchema } from '../validation/id.js';
import { LocalizedTextSchema } from '../text/localized-text.js';
import { addDuplicateIdIssues } from '../validation/unique-ids.js';

/**
 * The bodies of the model: leading group 领导小组 (guidance), coordination group 项目协调组
 * (daily work), execution team 项目执行小组 (implementation), supervision and audit group
 * 项目监审组 (regulates selection, audits fund use, decides terminations), and the two that
 * fund: the street office 街道办事处 and its community service center 社区服务中心 (vets
 * applications, decides the funding).
 */
export const GovernanceBodyKindSchema = z
  .enum([
    'leading-group',
    'coordination-group',
    'execution-team',
    'supervision-group',
    'street-office',
    'service-center',
  ])
  .register(z.globalRegistry, { id: 'GovernanceBodyKind' });

/** The kind of a governance body. */
export type GovernanceBodyKind = z.infer<typeof GovernanceBodyKindSchema>;

/**
 * A governance body and its members (participant ids).
 *
 * @example
 * GovernanceBodySchema.parse({
 *   id: 'qingyuan-supervision',
 *   kind: 'supervision-group',
 *   name: { 'zh-CN': '项目监审组', en: 'Supervision and audit group' },
 *   members: [{ participant: 'p-finance-office', role: '财政所' }],
 * });
 */
export const GovernanceBodySchema = z
  .object({
    id: IdSchema,
    kind: GovernanceBodyKindSchema,
    name: LocalizedTextSchema,
    duties: z.optional(LocalizedTextSchema),
    members: z.array(
      z
        .object({ participant: IdSchema, role: z.optional(LocalizedTextSchema) })
        .register(z.globalRegistry, {
          id: 'BodyMember',
        }),
    ),
  })
  .check(
    z.superRefine((body, ctx) =>
      addDuplicateIdIssues(
        ctx,
        body.members.map((member) => member.participant),
        ['members'],
        { 'zh-CN': '成员', en: 'members' },
        'participant',
      ),
    ),
  )
  .register(z.globalRegistry, {
    id: 'GovernanceBody',
    description: 'A governance body of the model and its members.',
  });

/** A governance body and its members. */
export type GovernanceBody = z.infer<typeof GovernanceBodySchema>;
