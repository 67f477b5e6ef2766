import * as z from 'zod/mini';
import { IdSchema } from '../validation/id.js';
import { LocalizedTextSchema } from '../text/localized-text.js';
import { addDuplicateIdIssues } from '../validation/unique-ids.js';
import { CalendarDateSchema } from './calendar.js';
import { TeamRoleSchema } from './team-role.js';
import { signedDate } from '../validation/date-messages.js';
import { validationIssue } from '../validation/validation-text.js';

/** A responsibility contract 职责合同: signed or not, and when. */
export const ResponsibilityContractSchema = z
  .object({
    duties: z.optional(LocalizedTextSchema),
    signed: z.boolean(),
    signedAt: z.optional(CalendarDateSchema),
  })
  .check(
    z.superRefine((contract, ctx) => {
      if (contract.signed !== (contract.signedAt !== undefined)) {
        ctx.addIssue(validationIssue(signedDate, {}, ['signedAt']));
      }
    }),
  )
  .register(z.globalRegistry, { id: 'ResponsibilityContract' });

/** A responsibility contract. */
export type ResponsibilityContract = z.infer<typeof ResponsibilityContractSchema>;

/** A member of an execution team, with role and contract. */
export const ExecutionTeamMemberSchema = z
  .object({
    participant: IdSchema,
    name: z.optional(LocalizedTextSchema),
    role: TeamRoleSchema,
    contract: ResponsibilityContractSchema,
  })
  .register(z.globalRegistry, { id: 'ExecutionTeamMember' });

/** A member of an execution team. */
export type ExecutionTeamMember = z.infer<typeof ExecutionTeamMemberSchema>;

/**
 * The execution team 项目执行小组 of a funded project: members with roles (overall lead
 * 总负责人, finance lead 财务负责人, members), each with a responsibility contract, and the
 * rules and meeting schedule the team set itself. Whether execution may start is checked by
 * the lifecycle rules (`team.overall-lead`, `team.finance-lead`, `team.contracts-signed`).
 *
 * @example
 * ExecutionTeamSchema.parse({
 *   id: 'team-jinhuali', project: 'jinhuali-home',
 *   members: [
 *     { participant: 'p-li', role: 'overall-lead', contract: { signed: true, signedAt: '2008-04-10' } },
 *     { participant: 'p-zhao', role: 'finance-lead', contract: { signed: true, signedAt: '2008-04-10' } },
 *   ],
 *   rules: ['每月第一个周一召开例会'],
 * });
 */
export const ExecutionTeamSchema = z
  .object({
    id: IdSchema,
    project: IdSchema,
    members: z.array(ExecutionTeamMemberSchema),
    rules: z.optional(z.array(LocalizedTextSchema)),
  })
  .check(
    z.superRefine((team, ctx) =>
      addDuplicateIdIssues(
        ctx,
        team.members.map((member) => member.participant),
        ['members'],
        { 'zh-CN': '成员', en: 'members' },
        'participant',
      ),
    ),
  )
  .register(z.globalRegistry, {
    id: 'ExecutionTeam',
    description: 'A project execution team (项目执行小组).',
  });

/** A project execution team. */
export type ExecutionTeam = z.infer<typeof ExecutionTeamSchema>;
