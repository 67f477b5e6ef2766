import * as z from 'zod/mini';
import { MoneySchema } from '../money/money.js';
import { LocalizedTextSchema } from '../text/localized-text.js';
import { IdSchema } from '../validation/id.js';
import { TeamRoleSchema } from '../domain/team-role.js';
import { CalendarDateSchema, TimestampSchema } from '../domain/calendar.js';
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
 * One expense line paid from the grant, as the public sees it: when, how much, on which budget
 * line, what was bought, and whether it was paid beyond the grant (which the lifecycle accepts
 * only under the supervision group's approval). No receipt, no issuer, no person.
 */
export const PublicExpenseSchema = z.object({
  id: IdSchema,
  paidOn: CalendarDateSchema,
  amount: MoneySchema,
  line: IdSchema,
  item: LocalizedTextSchema,
  /** Paid beyond the grant, with the supervision group's approval of a higher ceiling. */
  beyondGrant: z.boolean(),
});

/**
 * A scope change as the public sees it: what it changes and why, the team role of whoever asked
 * (`null`: no longer on the team), the supervision group's answer, its reason and reference.
 * Roles only: no name, no participant id.
 */
export const PublicScopeChangeSchema = z.object({
  id: IdSchema,
  reason: LocalizedTextSchema,
  amends: z.array(z.enum(['plan', 'indicators', 'budget'])),
  requestedAt: TimestampSchema,
  requestedBy: z.nullable(TeamRoleSchema),
  status: z.enum(['pending', 'approved', 'rejected']),
  /** Who decided: always the supervision group (项目监审组), once it has. */
  decidedBy: z.optional(z.enum(['supervision-group'])),
  decidedAt: z.optional(TimestampSchema),
  decisionReason: z.optional(LocalizedTextSchema),
  reference: z.optional(z.string()),
});

/**
 * The termination workflow of a project as the public sees it: each proposal (the proposing
 * body's role, when, why, the day to answer by, the team's answer, whether the supervision group
 * declined it), the decision to terminate (the deciding body, a governance body's id) and the
 * refund of unspent money. No name, no participant id.
 */
export const PublicTerminationSchema = z.object({
  proposals: z.array(
    z.object({
      id: IdSchema,
      // TerminationProposerSchema's values, written out: importing it made the page of
      // <qy-project-status> export it to this view's on-demand chunk (bytes the page pays)
      proposer: z.enum(['supervision-group', 'service-center', 'execution-team']),
      at: TimestampSchema,
      reason: LocalizedTextSchema,
      respondBy: CalendarDateSchema,
      response: z.optional(z.object({ at: TimestampSchema, text: LocalizedTextSchema })),
      outcome: z.enum(['open', 'declined', 'terminated']),
      declined: z.optional(z.object({ at: TimestampSchema, reason: LocalizedTextSchema })),
    }),
  ),
  decision: z.optional(
    z.object({
      body: IdSchema,
      decidedAt: TimestampSchema,
      reason: LocalizedTextSchema,
      reference: z.optional(z.string()),
    }),
  ),
  refund: z.optional(
    z.object({
      amount: MoneySchema,
      paidOn: CalendarDateSchema,
      reference: z.optional(z.string()),
    }),
  ),
});

/**
 * The public accountability view of a funded project (居民监督), as a ballot box publishes it at
 * `GET …/rounds/{round}/projects/{project}/public`: its status and stage, the grant, what was
 * disbursed and what the grant paid so far (co-funding is not counted), each budget line against
 * its spending, each indicator against its target, how many team members hold each role, and
 * (optional: a box older than them leaves them out) the expense lines paid from the grant, the
 * scope changes and the termination steps (`null`: nothing was ever proposed). No personal
 * data: no names, participant ids, receipts or invoices, only roles. Any platform may publish the
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
    expenses: z.optional(z.array(PublicExpenseSchema)),
    changes: z.optional(z.array(PublicScopeChangeSchema)),
    termination: z.optional(z.nullable(PublicTerminationSchema)),
  })
  .register(z.globalRegistry, {
    id: 'PublicProjectView',
    description:
      'The public accountability view of a funded project (居民监督): stage, money, indicators, expense lines, scope changes, termination steps.',
  });

/** An expense line of the public view. */
export type PublicExpense = z.infer<typeof PublicExpenseSchema>;

/** A scope change of the public view. */
export type PublicScopeChange = z.infer<typeof PublicScopeChangeSchema>;

/** The termination steps of the public view. */
export type PublicTermination = z.infer<typeof PublicTerminationSchema>;

/** The public accountability view of a funded project. */
export type PublicProjectView = z.infer<typeof PublicProjectViewSchema>;
