import {
  reportRules,
  type Application,
  type ExecutionReport,
  type ProjectEvent,
  type ProjectState,
  type Violation,
} from '@qingyuan/core';
import type { Locale } from '@qingyuan/core';

/** What the execution report's fields hold while it is written: text as typed. */
export interface ReportFields {
  id: string;
  start: string;
  end: string;
  /** Per planned activity id: how far it got, people reached, a note. */
  activities: Record<string, { status: string; participants: string; note: string }>;
  summary: string;
  problems: string;
  /** When the report is (to be) submitted: set on submit, kept with a saved draft. */
  at: string;
}

/** Core's `report-submitted` project event. */
export type ReportSubmittedEvent = Extract<ProjectEvent, { type: 'report-submitted' }>;

/**
 * The execution report the fields make, one outcome per activity of the (amended) plan in plan
 * order: text in the writer's locale, empty optional fields left out, numbers as numbers when
 * they are numbers (otherwise as typed, so core's schema names the problem). Not validated here.
 *
 * @example
 * reportOf(fields, application, 'p-li', 'zh-CN').activities[0];
 * // { activity: 'a-supermarket', status: 'done', participants: 1890 }
 */
export function reportOf(
  fields: ReportFields,
  application: Application,
  submittedBy: string,
  locale: Locale,
): ExecutionReport {
  const submittedAt = fields.at;
  const text = (value: string) => ({ [locale]: value.trim() });
  return {
    id: fields.id,
    project: application.id,
    period: { start: fields.start, end: fields.end },
    activities: application.plan.map((activity) => {
      const outcome = fields.activities[activity.id] ?? { status: '', participants: '', note: '' };
      const reached = outcome.participants.trim();
      return {
        activity: activity.id,
        status: outcome.status as ExecutionReport['activities'][number]['status'],
        ...(reached
          ? { participants: (/^\d+$/.test(reached) ? Number(reached) : reached) as number }
          : {}),
        ...(outcome.note.trim() ? { note: text(outcome.note) } : {}),
      };
    }),
    // Empty stays a plain '' so that core's schema says the summary must not be empty.
    summary: fields.summary.trim() ? text(fields.summary) : '',
    ...(fields.problems.trim() ? { problems: text(fields.problems) } : {}),
    submittedBy,
    submittedAt,
  };
}

/**
 * The violations of core's report rules (`report.activities-from-plan`) for a report submitted
 * on a project whose current application is `application`, with paths from the report
 * (`activities[1].activity`), as the schema's are.
 *
 * @example
 * reportRuleViolations(application, report); // [] when every planned activity is reported
 */
export function reportRuleViolations(
  application: Application,
  event: ReportSubmittedEvent,
): Violation[] {
  const state: ProjectState = {
    status: 'in-execution',
    application,
    applicationVersions: [],
    changes: [],
    disbursements: [],
    expenses: [],
    stageEvaluations: [],
    terminationProposals: [],
    reports: [],
    spendingApprovals: [],
  };
  return reportRules
    .filter((rule) => rule.on.includes('report-submitted'))
    .flatMap((rule) => rule.check({ state, event, context: { bodies: [] } }))
    .map((violation) => ({ ...violation, path: violation.path.slice(2) }));
}

/**
 * The fields of a saved report (the browser's restored form state): text in `locale` (else the
 * first there is), anything unreadable left as in `empty`.
 *
 * @example
 * fieldsOfReport(JSON.parse(saved), 'en', empty)?.summary; // 'The supermarket opened every week'
 */
export function fieldsOfReport(
  data: unknown,
  locale: Locale,
  empty: ReportFields,
): ReportFields | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const report = data as Record<string, unknown>;
  const plain = (value: unknown) => (typeof value === 'string' ? value : '');
  const text = (value: unknown): string => {
    if (typeof value === 'string') return value;
    if (value && typeof value === 'object') {
      const map = value as Record<string, unknown>;
      return plain(map[locale] ?? Object.values(map)[0]);
    }
    return '';
  };
  const period = (report['period'] ?? {}) as Record<string, unknown>;
  const activities: ReportFields['activities'] = {};
  if (Array.isArray(report['activities'])) {
    for (const item of report['activities'] as Record<string, unknown>[]) {
      const id = plain(item?.['activity']);
      if (!id) continue;
      const reached = item['participants'];
      activities[id] = {
        status: plain(item['status']),
        participants:
          typeof reached === 'number' || typeof reached === 'string' ? String(reached) : '',
        note: text(item['note']),
      };
    }
  }
  return {
    id: plain(report['id']) || empty.id,
    start: plain(period['start']),
    end: plain(period['end']),
    activities,
    summary: text(report['summary']),
    problems: text(report['problems']),
    at: plain(report['submittedAt']) || empty.at,
  };
}
