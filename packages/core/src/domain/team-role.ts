import * as z from 'zod/mini';

/**
 * A role in a project execution team 项目执行小组: overall lead 总负责人, finance lead
 * 财务负责人, or member 成员.
 *
 * @example
 * TeamRoleSchema.parse('finance-lead');
 */
export const TeamRoleSchema = z
  .enum(['overall-lead', 'finance-lead', 'member'])
  .register(z.globalRegistry, { id: 'TeamRole' });

/** A role in an execution team. */
export type TeamRole = z.infer<typeof TeamRoleSchema>;
