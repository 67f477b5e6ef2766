import * as z from 'zod/mini';
import { TimestampSchema } from '../domain/calendar.js';
import type { GovernanceBody } from '../domain/governance-body.js';
import { IdSchema } from '../validation/id.js';
import type { ReviewMeeting } from '../meeting/review-meeting.js';
import { MoneySchema } from '../money/money.js';
import { LocalizedTextSchema } from '../text/localized-text.js';
import { addDuplicateIdIssues } from '../validation/unique-ids.js';
import { toRuleCheck, type RuleCheck, type Violation } from '../validation/violation.js';
import type { Ranking } from '../workflow/funding-rules.js';
import { notMemberOf } from './body-membership.js';

/** One row of a results summary sheet: a project, what it requested, its rank and score. */
export const SummaryRowSchema = z
  .object({
    project: IdSchema,
    title: LocalizedTextSchema,
    community: IdSchema,
    requested: MoneySchema,
    rank: z.int().check(z.positive()),
    /** The final score as published (exact decimal), if the sheet records it. */
    score: z.optional(z.string().check(z.minLength(1))),
  })
  .register(z.globalRegistry, { id: 'SummaryRow' });

/** One row of a results summary sheet. */
export type SummaryRow = z.infer<typeof SummaryRowSchema>;

/**
 * The results summary sheet 评选结果汇总表 of a review meeting: every project with its rank, as
 * published, prepared by the coordination staff and signed off by a member of the supervision
 * and audit group 项目监审组 (which "regulates the selection") before the funding decision.
 *
 * @example
 * ResultsSummarySheetSchema.parse({
 *   id: 'sheet-2008', meeting: 'qingyuan-2008',
 *   rows: [{ project: 'jinhuali-home', title: '新居民之家', community: 'jinhuali',
 *            requested: { amount: 1000000, currency: 'CNY' }, rank: 1 }],
 *   preparedBy: 'p-center', preparedAt: '2008-03-20T17:00:00+08:00',
 *   signOff: { body: 'qingyuan-supervision', by: 'p-discipline', at: '2008-03-21T09:00:00+08:00' },
 * });
 */
export const ResultsSummarySheetSchema = z
  .object({
    id: IdSchema,
    meeting: IdSchema,
    rows: z.array(SummaryRowSchema),
    preparedBy: IdSchema,
    preparedAt: TimestampSchema,
    signOff: z.optional(
      z
        .object({ body: IdSchema, by: IdSchema, at: TimestampSchema })
        .register(z.globalRegistry, { id: 'SummarySignOff' }),
    ),
  })
  .check(
    z.superRefine((sheet, ctx) =>
      addDuplicateIdIssues(
        ctx,
        sheet.rows.map((row) => row.project),
        ['rows'],
        'rows',
        'project',
      ),
    ),
  )
  .register(z.globalRegistry, {
    id: 'ResultsSummarySheet',
    description: 'A review meeting’s results summary sheet (评选结果汇总表) and its sign-off.',
  });

/** A results summary sheet. */
export type ResultsSummarySheet = z.infer<typeof ResultsSummarySheetSchema>;

/**
 * The (unsigned) summary sheet of a meeting's published ranking: one row per ranked project,
 * best first, with the agenda's title, community and request.
 *
 * @example
 * const sheet = summarySheetFrom(meeting, ranking, {
 *   id: 'sheet-2008', preparedBy: 'p-center', preparedAt: '2008-03-20T17:00:00+08:00',
 * });
 */
export function summarySheetFrom(
  meeting: ReviewMeeting,
  ranking: Ranking,
  record: { readonly id: string; readonly preparedBy: string; readonly preparedAt: string },
): ResultsSummarySheet {
  const rows = [...ranking]
    .sort((a, b) => a.rank - b.rank)
    .flatMap((entry): SummaryRow[] => {
      const project = meeting.projects.find((p) => p.id === entry.project);
      return project
        ? [
            {
              project: project.id,
              title: project.title,
              community: project.community,
              requested: project.requested,
              rank: entry.rank,
            },
          ]
        : [];
    });
  return {
    id: record.id,
    meeting: meeting.id,
    rows,
    preparedBy: record.preparedBy,
    preparedAt: record.preparedAt,
  };
}

/**
 * The sign-off rules of a summary sheet: `summary-sheet.signed-off` (signed by a member of the
 * supervision and audit group, and — when `before` is given, the funding decision's time — no
 * later than it) and, with the meeting's published ranking, `summary-sheet.matches-results`
 * (same projects, same ranks). Every violation at once, paths into the sheet.
 *
 * @example
 * checkSummarySheet(sheet, { bodies, ranking, before: decision.decidedAt });
 * // { ok: false, violations: [{ rule: 'summary-sheet.signed-off', path: ['signOff'], … }] }
 */
export function checkSummarySheet(
  sheet: ResultsSummarySheet,
  context: {
    readonly bodies: readonly GovernanceBody[];
    readonly ranking?: Ranking | undefined;
    readonly before?: string | undefined;
  },
): RuleCheck {
  const out: Violation[] = [];
  const signOff = sheet.signOff;
  if (!signOff) {
    out.push({
      rule: 'summary-sheet.signed-off',
      message: {
        'zh-CN': `评选结果汇总表 ${sheet.id} 尚未经项目监审组成员签字确认`,
        en: `Results summary sheet ${sheet.id} has not been signed off by a supervision-group member`,
      },
      path: ['signOff'],
    });
  } else {
    const notMember = notMemberOf(context.bodies, ['supervision-group'], signOff.by, signOff.body);
    if (notMember)
      out.push({ rule: 'summary-sheet.signed-off', message: notMember, path: ['signOff', 'by'] });
    if (context.before !== undefined && Date.parse(signOff.at) > Date.parse(context.before)) {
      out.push({
        rule: 'summary-sheet.signed-off',
        message: {
          'zh-CN': `汇总表在 ${signOff.at} 签字，晚于资助决定（${context.before}）`,
          en: `The sheet was signed off at ${signOff.at}, after the funding decision (${context.before})`,
        },
        path: ['signOff', 'at'],
      });
    }
  }
  if (context.ranking) {
    const rankOf = new Map(context.ranking.map((entry) => [entry.project, entry.rank]));
    sheet.rows.forEach((row, index) => {
      const rank = rankOf.get(row.project);
      if (rank !== row.rank) {
        out.push({
          rule: 'summary-sheet.matches-results',
          message:
            rank === undefined
              ? {
                  'zh-CN': `项目 ${row.project} 不在公布的排名中`,
                  en: `${row.project} is not in the published ranking`,
                }
              : {
                  'zh-CN': `汇总表上项目 ${row.project} 排第 ${row.rank}，公布的排名是第 ${rank}`,
                  en: `The sheet ranks ${row.project} ${row.rank}; the published ranking says ${rank}`,
                },
          path: ['rows', index, 'rank'],
        });
      }
    });
    const listed = new Set(sheet.rows.map((row) => row.project));
    for (const entry of context.ranking) {
      if (!listed.has(entry.project)) {
        out.push({
          rule: 'summary-sheet.matches-results',
          message: {
            'zh-CN': `汇总表缺少项目 ${entry.project}`,
            en: `The sheet leaves out ${entry.project}`,
          },
          path: ['rows'],
        });
      }
    }
  }
  return toRuleCheck(out);
}
