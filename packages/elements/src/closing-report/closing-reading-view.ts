import {
  auditTotals,
  formatMoney,
  indicatorAttainment,
  isCoFunding,
  isProjectIncome,
  localize,
  type AuditLine,
  type AuditTotals,
  type FinancialAudit,
  type EvaluationReport,
  type Locale,
  type MessageParams,
} from '@qingyuan/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { ClosingDocuments } from './closing-documents.js';
import type { ClosingReportMessageKey } from './closing-report.messages.js';
import { renderHeading } from '../internal/heading-view.js';

/** What the reading mode reads: words, names and money in the page's language. */
export interface ReadingView {
  readonly locale: Locale;
  /** The element's `heading-level`: the reading's headings are one and two levels below. */
  readonly headingLevel: number;
  readonly t: (key: ClosingReportMessageKey, params?: MessageParams) => string;
  /** A participant's name (their id when unknown). */
  readonly who: (id: string) => string;
  /** A governance body's name (its id when unknown). */
  readonly body: (id: string) => string;
  readonly money: (amount: bigint | number, currency: string) => string;
}

/**
 * The closing documents for the public: the execution report (activities and their outcomes,
 * summary, problems), the financial audit (budget against actual, overspend approvals,
 * co-funding and income) and the evaluation against the indicators.
 *
 * @example
 * renderClosingReading(view, docs);
 */
export function renderClosingReading(view: ReadingView, docs: ClosingDocuments): TemplateResult {
  return html`${renderReport(view, docs)} ${renderAudit(view, docs)} ${renderEvaluation(view, docs)}`;
}

function activityTitle(view: ReadingView, docs: ClosingDocuments, id: string): string {
  const activity = docs.application?.plan.find((a) => a.id === id);
  return activity ? localize(activity.title, view.locale) : id;
}

function renderReport(view: ReadingView, docs: ClosingDocuments): TemplateResult {
  const report = docs.report;
  return html`<section part="report" aria-labelledby="report-title">
    ${renderHeading(view.headingLevel, 1, view.t('reportHeading'), { id: 'report-title' })}
    ${
      !report
        ? html`<p class="qy-status">${view.t('noReport')}</p>`
        : html`<p>${view.t('period', { start: report.period.start, end: report.period.end })}</p>
            <ul class="cards">
              ${report.activities.map(
                (outcome) =>
                  html`<li>
                    <strong>${activityTitle(view, docs, outcome.activity)}</strong>
                    <span class="status-${outcome.status}"
                      >${view.t(`activity-${outcome.status}`)}</span
                    >
                    ${
                      outcome.participants === undefined
                        ? nothing
                        : html`<span
                            >${view.t('reachedCount', { count: outcome.participants })}</span
                          >`
                    }
                    ${outcome.note ? html`<span>${localize(outcome.note, view.locale)}</span>` : nothing}
                  </li>`,
              )}
            </ul>
            ${renderHeading(view.headingLevel, 2, view.t('summary'))}
            <p>${localize(report.summary, view.locale)}</p>
            ${
              report.problems
                ? html`${renderHeading(view.headingLevel, 2, view.t('problems'))}
                    <p>${localize(report.problems, view.locale)}</p>`
                : nothing
            }
            <p class="qy-status">
              ${view.t('submittedBy', {
                who: view.who(report.submittedBy),
                date: report.submittedAt.slice(0, 10),
              })}
            </p>`
    }
  </section>`;
}

function lineItem(view: ReadingView, docs: ClosingDocuments, line: AuditLine): string {
  if (line.item) return localize(line.item, view.locale);
  const budget = docs.application?.budget;
  const found = [...(budget?.lines ?? []), ...(budget?.contributions ?? [])].find(
    (item) => item.id === line.line,
  );
  return found ? localize(found.item, view.locale) : line.line;
}

/**
 * A line's variance, actual minus budgeted, as a mark and in words (▲ over / ▼ under / = on
 * budget): the reading mode's and the audit writing's.
 *
 * @example
 * renderVariance(view, -20000n, 'CNY'); // ▼ Under by CN¥200.00
 */
export function renderVariance(
  view: ReadingView,
  variance: bigint,
  currency: string,
): TemplateResult {
  return html`<span part="variance" class=${variance > 0n ? 'over' : 'within'}>
    <span aria-hidden="true">${variance > 0n ? '▲' : variance < 0n ? '▼' : '='}</span>
    ${
      variance > 0n
        ? view.t('over', { amount: view.money(variance, currency) })
        : variance < 0n
          ? view.t('under', { amount: view.money(-variance, currency) })
          : view.t('onBudget')
    }
  </span>`;
}

/**
 * An audit's totals as core's `auditTotals` computes them: the grant lines budgeted against
 * spent, spending beyond the grant, co-funding and income used.
 *
 * @example
 * renderAuditTotals(view, audit, auditTotals(audit)!);
 */
export function renderAuditTotals(
  view: ReadingView,
  audit: FinancialAudit,
  totals: AuditTotals,
): TemplateResult {
  const currency = audit.granted.currency;
  const source = (line: AuditLine) => line.source ?? 'grant';
  return html`<div part="totals" class="totals">
    <p>
      ${view.t('grantTotals', {
        budgeted: view.money(totals.budgeted, currency),
        actual: view.money(totals.actual, currency),
      })}
    </p>
    <p class=${totals.overGrant > 0n ? 'over' : ''}>
      ${
        totals.overGrant > 0n
          ? html`<span aria-hidden="true">▲ </span>${view.t('overGrant', {
                amount: view.money(totals.overGrant, currency),
              })}`
          : view.t('withinGrant')
      }
    </p>
    ${
      audit.lines.some((item) => isCoFunding(source(item)))
        ? html`<p>${view.t('coFunding', { amount: view.money(totals.coFunding, currency) })}</p>`
        : nothing
    }
    ${
      audit.lines.some((item) => isProjectIncome(source(item)))
        ? html`<p>${view.t('income', { amount: view.money(totals.income, currency) })}</p>`
        : nothing
    }
  </div>`;
}

function renderAudit(view: ReadingView, docs: ClosingDocuments): TemplateResult {
  const audit = docs.audit;
  if (!audit) {
    return html`<section part="audit" aria-labelledby="audit-title">
      ${renderHeading(view.headingLevel, 1, view.t('auditHeading'), { id: 'audit-title' })}
      <p class="qy-status">${view.t('noAudit')}</p>
    </section>`;
  }
  const totals = auditTotals(audit);
  const currency = audit.granted.currency;
  const variances = new Map(totals?.variances.map((v) => [v.line, v.variance]) ?? []);
  const source = (line: AuditLine) => line.source ?? 'grant';
  const grantLines = audit.lines.filter((line) => source(line) === 'grant');
  const otherLines = audit.lines.filter((line) => source(line) !== 'grant');
  const line = (item: AuditLine) => {
    const variance = variances.get(item.line) ?? 0n;
    return html`<li part="audit-line">
      <strong>${lineItem(view, docs, item)}</strong>
      ${source(item) === 'grant' ? nothing : html`<span class="source">${view.t(source(item))}</span>`}
      <span>${view.t('budgeted', { amount: formatMoney(item.budgeted, view.locale) })}</span>
      <span>${view.t('actual', { amount: formatMoney(item.actual, view.locale) })}</span>
      ${renderVariance(view, variance, currency)}
      ${item.note ? html`<span>${localize(item.note, view.locale)}</span>` : nothing}
    </li>`;
  };
  return html`<section part="audit" aria-labelledby="audit-title">
    ${renderHeading(view.headingLevel, 1, view.t('auditHeading'), { id: 'audit-title' })}
    <p>${view.t('granted', { amount: formatMoney(audit.granted, view.locale) })}</p>
    ${renderHeading(view.headingLevel, 2, view.t('grantLines'))}
    <ul class="cards">
      ${grantLines.map(line)}
    </ul>
    ${
      otherLines.length
        ? html`${renderHeading(view.headingLevel, 2, view.t('otherLines'))}
            <ul class="cards">
              ${otherLines.map(line)}
            </ul>`
        : nothing
    }
    ${totals ? renderAuditTotals(view, audit, totals) : nothing}
    ${
      (totals && totals.overGrant > 0n) || docs.approvals.length > 0
        ? html`${renderHeading(view.headingLevel, 2, view.t('approvals'))}
          ${
            docs.approvals.length
              ? html`<ul part="approvals">
                  ${docs.approvals.map(
                    (approval) =>
                      html`<li>
                        ${view.t('approval', {
                          body: view.body(approval.body),
                          amount: formatMoney(approval.ceiling, view.locale),
                          who: view.who(approval.by),
                          date: approval.at.slice(0, 10),
                        })}
                      </li>`,
                  )}
                </ul>`
              : html`<p part="approvals" class="over">${view.t('noApproval')}</p>`
          }`
        : nothing
    }
    <p><strong>${view.t('conclusion', { conclusion: view.t(audit.conclusion) })}</strong></p>
    ${audit.remarks ? html`<p>${localize(audit.remarks, view.locale)}</p>` : nothing}
    <p class="qy-status">
      ${view.t('auditedBy', {
        who: audit.auditedBy.map((id) => view.who(id)).join(view.locale === 'zh-CN' ? '、' : ', '),
        date: audit.auditedAt.slice(0, 10),
      })}
    </p>
  </section>`;
}

/**
 * An indicator's share reached as a patterned bar and "met" / "not met" in words (core's
 * `indicatorAttainment`): the reading mode's and the evaluation writing's.
 *
 * @example
 * renderAttainment(view, true, 120); // ▮▮▮▮ ✓ Met
 */
export function renderAttainment(view: ReadingView, met: boolean, percent: number): TemplateResult {
  return html`<span class="meter" part="meter" aria-hidden="true"
      ><span style="inline-size:${Math.min(percent, 100)}%"></span></span
    ><span class="verdict"
      ><span aria-hidden="true">${met ? '✓' : '✗'}</span>
      ${met ? view.t('met') : view.t('notMet')}</span
    >`;
}

function indicatorName(view: ReadingView, docs: ClosingDocuments, id: string): string {
  const found = docs.application?.indicators.find((indicator) => indicator.id === id);
  return found ? localize(found.description, view.locale) : id;
}

function renderEvaluation(view: ReadingView, docs: ClosingDocuments): TemplateResult {
  const evaluation: EvaluationReport | undefined = docs.evaluation;
  if (!evaluation) {
    return html`<section part="evaluation" aria-labelledby="evaluation-title">
      ${renderHeading(view.headingLevel, 1, view.t('evaluationHeading'), { id: 'evaluation-title' })}
      <p class="qy-status">${view.t('noEvaluation')}</p>
    </section>`;
  }
  const attainment = new Map(indicatorAttainment(evaluation).map((a) => [a.indicator, a]));
  return html`<section part="evaluation" aria-labelledby="evaluation-title">
    ${renderHeading(view.headingLevel, 1, view.t('evaluationHeading'), { id: 'evaluation-title' })}
    <ul class="cards">
      ${evaluation.indicators.map((result) => {
        const reached = attainment.get(result.indicator)!;
        const percent = Math.round(reached.share * 100);
        return html`<li part="indicator" class=${reached.met ? 'met' : 'not-met'}>
          <strong>${indicatorName(view, docs, result.indicator)}</strong>
          <span
            >${view.t('target', {
              target: result.target,
              unit: localize(result.unit, view.locale),
              reached: result.reached,
              percent,
            })}</span
          >
          ${renderAttainment(view, reached.met, percent)}
        </li>`;
      })}
    </ul>
    <p>${localize(evaluation.summary, view.locale)}</p>
    <p class="qy-status">
      ${view.t('evaluatedBy', {
        who: evaluation.evaluatedBy
          .map((id) => view.who(id))
          .join(view.locale === 'zh-CN' ? '、' : ', '),
        date: evaluation.evaluatedAt.slice(0, 10),
      })}
    </p>
  </section>`;
}
