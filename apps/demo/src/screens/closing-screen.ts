import {
  auditTotals,
  formatMoney,
  indicatorAttainment,
  localize,
  type ProjectState,
  type Locale,
  messageIn,
  type Catalogs,
} from '@qingyuan/core';
import '@qingyuan/elements/define/project-status.js';
import { LitElement, type PropertyValues, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { DemoSession } from '../api/demo-api.js';
import { demoBodies } from '../data/project-histories.js';
import { demoContext } from '../data/round-context.js';
import { ProjectBook } from '../project/project-book.js';
import { formatDay, personName } from './project-labels.js';
import { screenStyles } from './screen-styles.js';

type Key =
  | 'title'
  | 'intro'
  | 'closedTitle'
  | 'none'
  | 'report'
  | 'period'
  | 'submittedBy'
  | 'activity'
  | 'status'
  | 'participants'
  | 'note'
  | 'done'
  | 'partly-done'
  | 'not-done'
  | 'cancelled'
  | 'problems'
  | 'audit'
  | 'auditedBy'
  | 'granted'
  | 'conclusion'
  | 'compliant'
  | 'compliant-with-remarks'
  | 'non-compliant'
  | 'budgeted'
  | 'actual'
  | 'line'
  | 'table'
  | 'budgetCaption'
  | 'budgetSummary'
  | 'over'
  | 'noOver'
  | 'evaluation'
  | 'evaluatedBy'
  | 'indicator'
  | 'attainCaption'
  | 'attainSummary'
  | 'met'
  | 'notMet'
  | 'terminatedTitle'
  | 'reason'
  | 'decision'
  | 'refundTitle'
  | 'decidedBy'
  | 'reference'
  | 'recordedBy'
  | 'refund';

const catalog: Catalogs<Key> = {
  'zh-CN': {
    title: '结项',
    intro:
      '项目结束时提交执行报告表；项目监审组做财务审计（预算与实际支出对照）；评估报告对照申请书中的指标。监审组检查每个阶段的资金使用，必要时可以终止项目。',
    closedTitle: '已结项的项目',
    none: '还没有已结项的项目。',
    report: '执行报告表',
    period: '执行期：{start} 至 {end}',
    submittedBy: '{who} 于 {date} 提交',
    activity: '活动',
    status: '完成情况',
    participants: '参与人次',
    note: '说明',
    done: '已完成',
    'partly-done': '部分完成',
    'not-done': '未完成',
    cancelled: '已取消',
    problems: '遇到的问题：',
    audit: '财务审计表',
    auditedBy: '审计：{who}，{date}',
    granted: '资助金额 {granted}；预算合计 {budgeted}；实际支出 {actual}；结余 {left}。',
    conclusion: '结论：{conclusion}',
    compliant: '合规',
    'compliant-with-remarks': '合规，附说明',
    'non-compliant': '不合规',
    budgeted: '预算',
    actual: '实际',
    line: '预算条目',
    table: '以表格查看',
    budgetCaption: '预算与实际支出',
    budgetSummary: '{count} 个条目中 {over} 个超出预算。',
    over: '超支条目：{lines}。',
    noOver: '没有条目超出预算。',
    evaluation: '评估报告',
    evaluatedBy: '评估：{who}，{date}',
    indicator: '指标',
    attainCaption: '指标完成情况（实际 / 目标）',
    attainSummary: '{count} 项指标中 {met} 项达到目标（虚线为目标）。',
    met: '达标',
    notMet: '未达标',
    terminatedTitle: '终止的项目',
    reason: '终止理由',
    decision: '监审组决定',
    refundTitle: '资金',
    decidedBy: '决定：{body}，{date}',
    reference: '文号：{reference}',
    recordedBy: '记录人：{who}',
    refund: '退回专项资金：{refund}（资助 {granted}）',
  },
  en: {
    title: 'Closing',
    intro:
      'When a project ends it files its execution report; the supervision and audit group audits the accounts (budget against actual spending); the evaluation report measures the indicators of the application. The supervision group checks fund use at every stage and can terminate a project.',
    closedTitle: 'Closed projects',
    none: 'No project has closed yet.',
    report: 'Execution report',
    period: 'Carried out from {start} to {end}',
    submittedBy: 'Filed by {who} on {date}',
    activity: 'Activity',
    status: 'Outcome',
    participants: 'Participants',
    note: 'Note',
    done: 'done',
    'partly-done': 'partly done',
    'not-done': 'not done',
    cancelled: 'cancelled',
    problems: 'Problems met: ',
    audit: 'Financial audit',
    auditedBy: 'Audited by {who}, {date}',
    granted: 'Granted {granted}; budgeted {budgeted}; spent {actual}; left {left}.',
    conclusion: 'Conclusion: {conclusion}',
    compliant: 'compliant',
    'compliant-with-remarks': 'compliant, with remarks',
    'non-compliant': 'not compliant',
    budgeted: 'Budgeted',
    actual: 'Actual',
    line: 'Budget line',
    table: 'Show as a table',
    budgetCaption: 'Budget against actual spending',
    budgetSummary: '{over} of {count} lines overspent.',
    over: 'Overspent: {lines}.',
    noOver: 'No line overspent.',
    evaluation: 'Evaluation report',
    evaluatedBy: 'Evaluated by {who}, {date}',
    indicator: 'Indicator',
    attainCaption: 'Indicators reached (actual / target)',
    attainSummary: '{met} of {count} indicators reached their target (the dashed line).',
    met: 'met',
    notMet: 'not met',
    terminatedTitle: 'Terminated projects',
    reason: 'Reason',
    decision: 'Decision of the supervision group',
    refundTitle: 'Funds',
    decidedBy: 'Decided by the {body}, {date}',
    reference: 'Reference: {reference}',
    recordedBy: 'Recorded by {who}',
    refund: 'Returned to the fund: {refund} (of a {granted} grant)',
  },
};

/**
 * Closing: for each closed project its execution report, the financial audit with a budget
 * against actual chart (totals and variances from core's `auditTotals`) and the evaluation
 * against the application's indicators (core's `indicatorAttainment`); and each terminated
 * project with its reason and the supervision group's decision.
 */
export class DemoClosingScreen extends LitElement {
  static override styles = [
    screenStyles,
    css`
      article {
        border-top: 1px solid #d0d7de;
        margin-top: 1rem;
      }
      .nowrap {
        white-space: nowrap;
      }
      dt {
        font-weight: 600;
        margin-top: 0.5rem;
      }
      dd {
        margin-inline-start: 0;
      }
    `,
  ];

  @property() locale: Locale = 'zh-CN';
  @property({ attribute: false }) session: DemoSession | undefined;

  @state() private book: ProjectBook | undefined;

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('session') && this.session) {
      this.book = new ProjectBook(localStorage, `qy-demo-projects:${this.session.meetingId}`);
    }
  }

  override render() {
    const t = (key: Key, params?: Record<string, string | number>) =>
      messageIn(catalog, this.locale, key, params);
    const book = this.book;
    const states = book ? book.projects.map((id) => ({ id, state: book.state(id).state })) : [];
    const closing = states.filter((p) => p.state.reports.length > 0);
    const terminated = states.filter((p) => p.state.status === 'terminated');
    return html`
      <h2 id="screen-title" tabindex="-1">${t('title')}</h2>
      <p>${t('intro')}</p>
      <h3>${t('closedTitle')}</h3>
      ${closing.length === 0 ? html`<p>${t('none')}</p>` : nothing}
      ${closing.map((p) => this.renderClosed(p.id, p.state, t))}
      <h3>${t('terminatedTitle')}</h3>
      ${terminated.map((p) => this.renderTerminated(p.id, p.state, t))}
    `;
  }

  private renderClosed(
    id: string,
    state: ProjectState,
    t: (key: Key, params?: Record<string, string | number>) => string,
  ) {
    const locale = this.locale;
    const list = (ids: readonly string[]) =>
      ids.map((p) => personName(p, locale)).join(locale === 'zh-CN' ? '、' : ', ');
    const application = state.application;
    const report = state.reports.at(-1);
    const audit = state.audit;
    const evaluation = state.evaluation;
    const activityTitle = (activity: string) => {
      const planned = application?.plan.find((a) => a.id === activity);
      return planned ? localize(planned.title, locale) : activity;
    };
    return html`<article data-project=${id} aria-labelledby=${`${id}-title`}>
      <qy-project-status
        id=${`${id}-title`}
        lang=${locale}
        .history=${this.book?.history(id)}
        .bodies=${demoBodies}
        .documents=${demoContext}
      ></qy-project-status>
      ${
        report
          ? html`<section class="report">
              <h4>${t('report')}</h4>
              <p>
                ${t('period', {
                  start: formatDay(report.period.start, locale),
                  end: formatDay(report.period.end, locale),
                })}
                ·
                ${t('submittedBy', { who: personName(report.submittedBy, locale), date: formatDay(report.submittedAt, locale) })}
              </p>
              <div class="scroll">
                <table id=${`${id}-activities`}>
                  <thead>
                    <tr>
                      <th scope="col">${t('activity')}</th>
                      <th scope="col" class="nowrap">${t('status')}</th>
                      <th scope="col" class="num">${t('participants')}</th>
                      <th scope="col">${t('note')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${report.activities.map(
                      (a) =>
                        html`<tr>
                          <th scope="row">${activityTitle(a.activity)}</th>
                          <td class="nowrap">${t(a.status)}</td>
                          <td class="num">${a.participants ?? ''}</td>
                          <td>${a.note ? localize(a.note, locale) : ''}</td>
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>
              <p>${localize(report.summary, locale)}</p>
              ${report.problems ? html`<p>${t('problems')}${localize(report.problems, locale)}</p>` : nothing}
            </section>`
          : nothing
      }
      ${audit ? this.renderAudit(id, audit, list, t) : nothing}
      ${
        evaluation
          ? (() => {
              const attainment = indicatorAttainment(evaluation);
              const describe = (indicator: string) => {
                const i = application?.indicators.find((x) => x.id === indicator);
                return i ? localize(i.description, locale) : indicator;
              };
              const rows = evaluation.indicators.map((r, index) => {
                const a = attainment[index]!;
                const percent = new Intl.NumberFormat(locale, { style: 'percent' }).format(a.share);
                return {
                  id: r.indicator,
                  label: describe(r.indicator),
                  values: [a.share],
                  texts: [
                    `${a.met ? '✓' : '✕'} ${r.reached} / ${r.target} ${localize(r.unit, locale)} (${percent}) ${a.met ? t('met') : t('notMet')}`,
                  ],
                };
              });
              return html`<section class="evaluation">
                <h4>${t('evaluation')}</h4>
                <p>
                  ${t('evaluatedBy', { who: list(evaluation.evaluatedBy), date: formatDay(evaluation.evaluatedAt, locale) })}
                </p>
                <demo-bar-chart
                  id=${`${id}-attainment`}
                  caption=${t('attainCaption')}
                  summary=${t('attainSummary', { count: rows.length, met: attainment.filter((a) => a.met).length })}
                  category-label=${t('indicator')}
                  table-label=${t('table')}
                  .max=${Math.max(1, ...attainment.map((a) => a.share))}
                  .marker=${1}
                  .series=${[{ id: 'reached', label: t('attainCaption') }]}
                  .rows=${rows}
                ></demo-bar-chart>
                <p>${localize(evaluation.summary, locale)}</p>
              </section>`;
            })()
          : nothing
      }
    </article>`;
  }

  private renderAudit(
    id: string,
    audit: NonNullable<ProjectState['audit']>,
    list: (ids: readonly string[]) => string,
    t: (key: Key, params?: Record<string, string | number>) => string,
  ) {
    const locale = this.locale;
    const totals = auditTotals(audit);
    const money = (amount: number | bigint) =>
      formatMoney({ amount, currency: audit.granted.currency }, locale);
    const itemOf = (line: (typeof audit.lines)[number]) =>
      line.item ? localize(line.item, locale) : line.line;
    const overspent = audit.lines.filter((line) => {
      const v = totals?.variances.find((x) => x.line === line.line);
      return v !== undefined && v.variance > 0n;
    });
    return html`<section class="audit">
      <h4>${t('audit')}</h4>
      <p>
        ${t('auditedBy', { who: list(audit.auditedBy), date: formatDay(audit.auditedAt, locale) })}
      </p>
      ${
        totals
          ? html`<p id=${`${id}-totals`}>
              ${t('granted', {
                granted: money(audit.granted.amount),
                budgeted: money(totals.budgeted),
                actual: money(totals.actual),
                left: money(BigInt(audit.granted.amount) - totals.actual),
              })}
            </p>`
          : nothing
      }
      <demo-bar-chart
        id=${`${id}-budget`}
        caption=${t('budgetCaption')}
        summary=${`${t('budgetSummary', { count: audit.lines.length, over: overspent.length })} ${
          overspent.length === 0
            ? t('noOver')
            : t('over', {
                lines: overspent
                  .map((line) => {
                    const v = totals!.variances.find((x) => x.line === line.line)!.variance;
                    return `${itemOf(line)} +${money(v)}`;
                  })
                  .join(locale === 'zh-CN' ? '；' : '; '),
              })
        }`}
        category-label=${t('line')}
        table-label=${t('table')}
        .series=${[
          { id: 'budgeted', label: t('budgeted') },
          { id: 'actual', label: t('actual') },
        ]}
        .rows=${audit.lines.map((line) => ({
          id: line.line,
          label: itemOf(line),
          values: [line.budgeted.amount, line.actual.amount],
          texts: [money(line.budgeted.amount), money(line.actual.amount)],
        }))}
      ></demo-bar-chart>
      <p>
        ${t('conclusion', { conclusion: t(audit.conclusion) })}
        ${audit.remarks ? html`— ${localize(audit.remarks, locale)}` : nothing}
      </p>
    </section>`;
  }

  private renderTerminated(
    id: string,
    state: ProjectState,
    t: (key: Key, params?: Record<string, string | number>) => string,
  ) {
    const locale = this.locale;
    const termination = state.termination;
    if (!termination) return nothing;
    const body = demoBodies.find((b) => b.id === termination.decision.body);
    const event = [...(this.book?.history(id) ?? [])]
      .reverse()
      .find((e) => e.type === 'terminated');
    const currency = termination.refund?.currency ?? state.granted?.currency ?? 'CNY';
    return html`<article data-project=${id} data-terminated>
      <qy-project-status
        lang=${locale}
        .history=${this.book?.history(id)}
        .bodies=${demoBodies}
        .documents=${demoContext}
      ></qy-project-status>
      <dl>
        <dt>${t('reason')}</dt>
        <dd id=${`${id}-reason`}>${localize(termination.reason, locale)}</dd>
        <dt>${t('decision')}</dt>
        <dd>
          ${t('decidedBy', {
            body: body ? localize(body.name, locale) : termination.decision.body,
            date: formatDay(termination.decision.decidedAt, locale),
          })}
          ${
            termination.decision.reference
              ? html`<br />${t('reference', { reference: termination.decision.reference })}`
              : nothing
          }
          ${event ? html`<br />${t('recordedBy', { who: personName(event.by, locale) })}` : nothing}
        </dd>
        ${
          termination.refund
            ? html`<dt>${t('refundTitle')}</dt>
                <dd>
                  ${t('refund', {
                    refund: formatMoney({ amount: termination.refund.amount, currency }, locale),
                    granted: formatMoney({ amount: state.granted?.amount ?? 0, currency }, locale),
                  })}
                </dd>`
            : nothing
        }
      </dl>
    </article>`;
  }
}
