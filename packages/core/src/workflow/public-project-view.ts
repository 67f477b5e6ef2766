import * as z from 'zod/mini';
import { MoneySchema } from '../money/money.js';
import { LocalizedTextSchema } from '../text/localized-text.js';
import { IdSchema } from '../validation/id.js';
import { TeamRoleSchema } from '../domain/team-role.js';
import { projectStatuses } from './project-statuses.js';

/** One budget line of a funded project beside what the grant paid on it. */
export const PublicBudgetLineSchema = z.object({
  line: IdSchema,
  item: LocalizedTextSchema,
  budget: MoneySchema,
  spent: MoneySchema,
});

/** One indicator of a funded project: its target and what the latest evaluation found. */
export const PublicIndicatorSchema = z.object({
  id: IdSchema,
  description: LocalizedTextSchema,
  unit: LocalizedTextSchema,
  target: z.number().check(z.nonnegative()),
  /** What the latest evaluation measured, or `null` before any. */
  reached: z.nullable(z.number().check(z.nonnegative())),
  /** Which evaluation measured it: the final one, a stage one, or none yet. */
  measuredBy: z.nullable(z.enum(['final', 'stage'])),
});

/**
 * The public accountability view of a funded project (居民监督), as a ballot box publishes it at
 * `GET …/rounds/{round}/projects/{project}/public`: its status and stage, the grant, what was
 * disbursed and what the grant paid so far (co-funding is not counted), each budget line against
 * its spending, each indicator against its target, and how many team members hold each role. No
 * personal data: no names, participant ids, receipts or invoices. Any platform may publish the
 * same document; `<qy-project-status>` reads it.
 *
 * @example
 * PublicProjectViewSchema.parse({
 *   round: 'qingyuan-2007', project: 'jinhuali-home', title: '金华里新居民之家',
 *   community: 'jinhuali', status: 'in-execution', stage: { 'zh-CN': '执行中', en: 'In execution' },
 *   grant: { amount: 1000000, currency: 'CNY' }, budget: { amount: 1000000, currency: 'CNY' },
 *   disbursed: { amount: 600000, currency: 'CNY' }, spent: { amount: 280000, currency: 'CNY' },
 *   lines: [], indicators: [], team: [{ role: 'overall-lead', members: 1 }], terminated: false,
 * });
 */
export const PublicProjectViewSchema = z
  .object({
    round: IdSchema,
    project: IdSchema,
    title: LocalizedTextSchema,
    community: z.string(),
    status: z.enum(projectStatuses),
    /** The status in both languages (core's lifecycle labels). */
    stage: LocalizedTextSchema,
    grant: z.nullable(MoneySchema),
    budget: MoneySchema,
    disbursed: MoneySchema,
    /** What the grant paid so far (expenses from the grant). */
    spent: MoneySchema,
    lines: z.array(PublicBudgetLineSchema),
    indicators: z.array(PublicIndicatorSchema),
    team: z.array(z.object({ role: TeamRoleSchema, members: z.int().check(z.nonnegative()) })),
    terminated: z.boolean(),
  })
  .register(z.globalRegistry, {
    id: 'PublicProjectView',
    description:
      'The public accountability view of a funded project (居民监督): stage, money, indicators.',
  });

/** The public accountability view of a funded project. */
export type PublicProjectView = z.infer<typeof PublicProjectViewSchema>;
