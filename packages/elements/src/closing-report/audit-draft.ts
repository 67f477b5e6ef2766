import {
  FinancialAuditSchema,
  initialProjectState,
  localize,
  minorUnitsToDecimal,
  parseDecimalMoney,
  parseDocument,
  projectCommonChecks,
  type Application,
  type FinancialAudit,
  type FundingSource,
  type Locale,
  type LocalizedText,
  type Money,
  type ProjectState,
  type Violation,
} from '@qingyuan/core';
import type { ClosingDocuments } from './closing-documents.js';
import { textIn } from './saved-text.js';
import type { ClosingEvent, DraftBase } from './closing-writer.js';

/** What the audit's fields hold while it is written: text as typed. */
export interface AuditFields extends DraftBase {
  /** Per budget line id: the amount actually spent (or raised) as typed, and a note. */
  readonly lines: Readonly<Record<string, { readonly actual: string; readonly note: string }>>;
  readonly conclusion: string;
  readonly remarks: string;
}

/** One line the auditor fills in: a budget line of the (amended) application. */
export interface AuditLinePlan {
  readonly id: string;
  readonly item: LocalizedText;
  readonly source: FundingSource;
  readonly budgeted: Money;
}

/** Core's `audit-recorded` project event. */
export type AuditRecordedEvent = Extract<ClosingEvent, { type: 'audit-recorded' }>;

/** Core's rules an audit is checked with in the browser (the rest need the project's history). */
const RULES = [
  'audit.granted',
  'audit.budget-lines',
  'audit.same-project',
  'spending.within-grant',
];

/**
 * The lines of the audit, in the budget's order: every grant line, then every co-funding and
 * income line (`budget.contributions`).
 *
 * @example
 * auditLinePlan(application).map((line) => line.id); // ['b-shelves', …, 'c-clothes', 'c-sales']
 */
export function auditLinePlan(application: Application): AuditLinePlan[] {
  const { lines, contributions = [] } = application.budget;
  return [
    ...lines.map((line) => ({
      id: line.id,
      item: line.item,
      source: 'grant' as const,
      budgeted: line.amount,
    })),
    ...contributions.map((line) => ({
      id: line.id,
      item: line.item,
      source: line.source,
      budgeted: line.amount,
    })),
  ];
}

/** The grant the audit states: the documents' `granted`, else the application's budget total. */
export function grantOf(docs: ClosingDocuments, application: Application): Money {
  return docs.granted ?? application.budget.total;
}

/**
 * The financial audit the fields make: one line per budget line with its budget and the
 * amount typed (in minor units when it reads as an amount, else as typed so that core's schema
 * names the problem), text in the writer's locale. Not validated here.
 *
 * @example
 * auditOf(fields, application, granted, 'p-caizheng', 'zh-CN').lines[0].actual;
 * // { amount: 480000, currency: 'CNY' }
 */
export function auditOf(
  fields: AuditFields,
  application: Application,
  granted: Money,
  auditor: string,
  locale: Locale,
): FinancialAudit {
  const text = (value: string) => ({ [locale]: value.trim() });
  return {
    id: fields.id,
    project: application.id,
    granted,
    lines: auditLinePlan(application).map((plan) => {
      const typed = fields.lines[plan.id] ?? { actual: '', note: '' };
      const parsed = parseDecimalMoney(typed.actual, plan.budgeted.currency);
      return {
        line: plan.id,
        ...(plan.source === 'grant' ? {} : { source: plan.source }),
        item: plan.item,
        budgeted: plan.budgeted,
        actual: {
          amount: parsed.ok ? parsed.amount : (typed.actual.trim() as unknown as number),
          currency: plan.budgeted.currency,
        },
        ...(typed.note.trim() ? { note: text(typed.note) } : {}),
      };
    }),
    auditedBy: [auditor],
    auditedAt: fields.at,
    conclusion: fields.conclusion as FinancialAudit['conclusion'],
    ...(fields.remarks.trim() ? { remarks: text(fields.remarks) } : {}),
  };
}

/**
 * Every rule the audit being written breaks: an amount that does not read as money (named by
 * its line), core's `FinancialAuditSchema`, then core's rules `audit.granted`,
 * `audit.budget-lines`, `audit.same-project` and `spending.within-grant` (with the approvals
 * of spending beyond the grant on record). Paths from the audit (`lines[0].actual`).
 *
 * @example
 * auditViolations(fields, docs, 'p-caizheng', 'en')[0]?.path; // ['lines', 0, 'actual']
 */
export function auditViolations(
  fields: AuditFields,
  docs: ClosingDocuments,
  auditor: string,
  locale: Locale,
): Violation[] {
  const application = docs.application;
  if (!application) return [];
  const plan = auditLinePlan(application);
  const money: Violation[] = plan.flatMap((line, index): Violation[] => {
    const typed = fields.lines[line.id]?.actual ?? '';
    const parsed = parseDecimalMoney(typed, line.budgeted.currency);
    if (parsed.ok) return [];
    const item = { 'zh-CN': localize(line.item, 'zh-CN'), en: localize(line.item, 'en') };
    const message =
      parsed.reason === 'empty'
        ? {
            'zh-CN': `请填写“${item['zh-CN']}”的实际金额`,
            en: `Enter the actual amount of “${item.en}”`,
          }
        : parsed.reason === 'too-precise'
          ? {
              'zh-CN': `“${item['zh-CN']}”的金额最多两位小数`,
              en: `The amount of “${item.en}” has too many decimals`,
            }
          : {
              'zh-CN': `“${item['zh-CN']}”的实际金额应为数字，例如 4800.50`,
              en: `The actual amount of “${item.en}” must be a number, e.g. 4800.50`,
            };
    return [{ rule: 'audit.actual', message, path: ['lines', index, 'actual'] }];
  });
  const audit = auditOf(fields, application, grantOf(docs, application), auditor, locale);
  const parsed = parseDocument(FinancialAuditSchema, audit, { locale });
  if (!parsed.ok) {
    const typed = new Set(money.map((violation) => violation.path.join('.')));
    return [
      ...money,
      ...parsed.violations.filter((violation) => !typed.has(violation.path.slice(0, 3).join('.'))),
    ];
  }
  if (money.length > 0) return money;
  return auditRuleViolations(application, docs, audit);
}

/**
 * The violations of core's audit rules for an audit recorded on a project whose current
 * application is `application`, granted `docs.granted` (else the budget total), with the
 * approvals of spending beyond the grant in `docs.approvals`; paths from the audit.
 *
 * @example
 * auditRuleViolations(application, docs, audit); // [] when every budget line is audited
 */
export function auditRuleViolations(
  application: Application,
  docs: ClosingDocuments,
  audit: FinancialAudit,
): Violation[] {
  const state: ProjectState = {
    ...initialProjectState,
    status: 'reporting',
    application,
    granted: grantOf(docs, application),
    spendingApprovals: [...docs.approvals],
  };
  const event = auditEvent(audit);
  return projectCommonChecks.rules
    .filter((rule) => RULES.includes(rule.id) && rule.on.includes('audit-recorded'))
    .flatMap((rule) => rule.check({ state, event, context: { bodies: [] } }))
    .map((violation) => ({ ...violation, path: violation.path.slice(2) }));
}

/**
 * Core's `audit-recorded` event recording `audit`, by its (first) auditor, when it was audited.
 *
 * @example
 * auditEvent(audit).type; // 'audit-recorded'
 */
export function auditEvent(audit: FinancialAudit): AuditRecordedEvent {
  return {
    type: 'audit-recorded',
    at: audit.auditedAt,
    by: audit.auditedBy[0] ?? '',
    payload: { audit },
  };
}

/**
 * The fields of a saved audit (the browser's restored form state): amounts back as decimals,
 * text in `locale` (else the first there is), anything unreadable left as in `empty`.
 *
 * @example
 * fieldsOfAudit(JSON.parse(saved), 'en', empty)?.lines['b-shelves']?.actual; // '4800.00'
 */
export function fieldsOfAudit(
  data: unknown,
  locale: Locale,
  empty: AuditFields,
): AuditFields | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const audit = data as Record<string, unknown>;
  const plain = (value: unknown) => (typeof value === 'string' ? value : '');
  const lines: Record<string, { actual: string; note: string }> = {};
  if (Array.isArray(audit['lines'])) {
    for (const item of audit['lines'] as Record<string, unknown>[]) {
      const id = plain(item?.['line']);
      if (!id) continue;
      const actual = (item['actual'] ?? {}) as Record<string, unknown>;
      const amount = actual['amount'];
      lines[id] = {
        actual:
          typeof amount === 'number' && Number.isSafeInteger(amount)
            ? minorUnitsToDecimal(amount, plain(actual['currency']) || 'CNY')
            : plain(amount),
        note: textIn(item['note'], locale),
      };
    }
  }
  return {
    id: plain(audit['id']) || empty.id,
    at: plain(audit['auditedAt']) || empty.at,
    lines,
    conclusion: plain(audit['conclusion']),
    remarks: textIn(audit['remarks'], locale),
  };
}
