import {
  ApplicationSchema,
  EvaluationReportSchema,
  ExecutionReportSchema,
  FinancialAuditSchema,
  MoneySchema,
  parseDocument,
  type Application,
  type EvaluationReport,
  type ExecutionReport,
  type FinancialAudit,
  type Money,
  type SpendingApproval,
} from '@qingyuan/core';
import type { ShownIssue, DocumentResult } from '../data/document-result.js';
import type { Locale } from '@qingyuan/core';

/**
 * What `<qy-closing-report>` shows: core's documents of a project's closing, each optional — the
 * application as amended by approved scope changes (its plan, indicators and budget items), the
 * execution report, the financial audit, the final evaluation — and the supervision group's
 * approvals of spending beyond the grant (as core's `ProjectState.spendingApprovals` lists them)
 * and, optionally, the grant approved.
 */
export interface ClosingDocuments {
  readonly application?: Application;
  readonly report?: ExecutionReport;
  readonly audit?: FinancialAudit;
  readonly evaluation?: EvaluationReport;
  /**
   * The grant approved (`ProjectState.granted`), which an audit states; the audit writing
   * takes the application's budget total when it is not given.
   */
  readonly granted?: Money;
  readonly approvals: readonly SpendingApproval[];
}

const schemas = {
  application: ApplicationSchema,
  report: ExecutionReportSchema,
  audit: FinancialAuditSchema,
  evaluation: EvaluationReportSchema,
  granted: MoneySchema,
} as const;

/**
 * Reads `{ application?, report?, audit?, evaluation?, granted?, approvals? }`, checking each document with
 * its core schema; every problem names its place (`audit.lines[2].actual`) in the locale.
 *
 * @example
 * readClosingDocuments({ report, audit }, 'en'); // { ok: true, value: { report, audit, approvals: [] } }
 */
export function readClosingDocuments(
  data: unknown,
  locale: Locale,
): DocumentResult<ClosingDocuments> {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      issues: [
        {
          where: '',
          message:
            locale === 'zh-CN'
              ? '应为包含 application、report、audit、evaluation、approvals 的对象'
              : 'Expected an object with application, report, audit, evaluation and approvals',
        },
      ],
    };
  }
  const input = data as Record<string, unknown>;
  const issues: ShownIssue[] = [];
  const value: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(schemas)) {
    if (input[key] === undefined) continue;
    const parsed = parseDocument(schema, input[key], { locale });
    if (parsed.ok) value[key] = parsed.value;
    else
      issues.push(
        ...parsed.issues.map((issue) => ({
          where: issue.where ? `${key}.${issue.where}` : key,
          message: issue.message,
        })),
      );
  }
  const approvals: SpendingApproval[] = [];
  const raw = input['approvals'] ?? [];
  if (!Array.isArray(raw)) {
    issues.push({
      where: 'approvals',
      message: locale === 'zh-CN' ? '应为批准记录的列表' : 'Expected a list of approvals',
    });
  } else {
    raw.forEach((item: unknown, index) => {
      const approval = (item ?? {}) as Record<string, unknown>;
      const ceiling = parseDocument(MoneySchema, approval['ceiling'], { locale });
      const missing = ['body', 'by', 'at'].filter(
        (field) => typeof approval[field] !== 'string' || approval[field] === '',
      );
      for (const field of missing) {
        issues.push({
          where: `approvals[${index}].${field}`,
          message: locale === 'zh-CN' ? '不能为空' : 'Must not be empty',
        });
      }
      if (!ceiling.ok) {
        issues.push(
          ...ceiling.issues.map((issue) => ({
            where: `approvals[${index}].ceiling${issue.where ? `.${issue.where}` : ''}`,
            message: issue.message,
          })),
        );
      } else if (missing.length === 0) {
        approvals.push({
          body: approval['body'] as string,
          by: approval['by'] as string,
          at: approval['at'] as string,
          ceiling: ceiling.value,
        });
      }
    });
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { ...value, approvals } as ClosingDocuments };
}
