import { auditTotals, formatMoney, localize, type AuditLine } from '@qingyuan/core';
import { html, nothing, type TemplateResult } from 'lit';
import { fieldLabel } from '../internal/form-field-view.js';
import { renderHeading } from '../internal/heading-view.js';
import {
  auditEvent,
  auditLinePlan,
  auditOf,
  auditViolations,
  fieldsOfAudit,
  grantOf,
  type AuditFields,
} from './audit-draft.js';
import { renderAuditTotals, renderVariance } from './closing-reading-view.js';
import type { ClosingWriter, WriterView } from './closing-writer.js';
import { writerTextArea } from './writer-text-area.js';

const CONCLUSIONS = ['compliant', 'compliant-with-remarks', 'non-compliant'] as const;

/**
 * The writing of the financial audit 财务审计 in `<qy-closing-report writes="audit">`, loaded on
 * demand: one line per budget line of the (amended) application — the grant lines, then the
 * co-funding and income lines — with its budget and the amount actually spent, each line's
 * variance and core's `auditTotals` shown as they are typed; the approvals of spending beyond the
 * grant on record; the conclusion and remarks. Posted as core's `audit-recorded` event.
 *
 * @example
 * const { auditWriter } = await import('./closing-audit-form.js');
 */
export const auditWriter: ClosingWriter<AuditFields> = {
  kind: 'audit',
  empty: (id) => ({ id, at: new Date().toISOString(), lines: {}, conclusion: '', remarks: '' }),
  document: (fields, docs, by, locale) =>
    docs.application
      ? auditOf(fields, docs.application, grantOf(docs, docs.application), by, locale)
      : undefined,
  event: (document) => auditEvent(document as Parameters<typeof auditEvent>[0]),
  violations: auditViolations,
  fieldOf: (path) => {
    const [first, index, field] = path;
    if (first === 'lines' && typeof index === 'number' && (field === 'actual' || field === 'note'))
      return `lines-${index}-${field}`;
    if (first === 'conclusion' || first === 'remarks') return first;
    return undefined;
  },
  restore: fieldsOfAudit,
  render: renderAuditForm,
};

function renderAuditForm(view: WriterView<AuditFields>): TemplateResult {
  const application = view.docs.application!;
  const granted = grantOf(view.docs, application);
  const plan = auditLinePlan(application);
  const audit = auditOf(view.fields, application, granted, '', view.locale);
  const numeric = audit.lines.every((line) => typeof line.actual.amount === 'number');
  const totals = numeric ? auditTotals(audit) : undefined;
  const setLine = (id: string, key: 'actual' | 'note', value: string) => {
    view.update((fields) => {
      const current = fields.lines[id] ?? { actual: '', note: '' };
      return { ...fields, lines: { ...fields.lines, [id]: { ...current, [key]: value } } };
    });
  };
  const line = (index: number): TemplateResult => {
    const item = plan[index]!;
    const typed = view.fields.lines[item.id] ?? { actual: '', note: '' };
    const written: AuditLine = audit.lines[index]!;
    const amount = written.actual.amount;
    const actual = `lines-${index}-actual`;
    const note = `lines-${index}-note`;
    const a = view.aria(actual);
    return html`<fieldset class="activity" part="audit-line" data-line=${item.id}>
      <legend>
        ${localize(item.item, view.locale)}${
          item.source === 'grant'
            ? nothing
            : html` <span class="source">(${view.t(item.source)})</span>`
        }
      </legend>
      <p>${view.t('budgeted', { amount: formatMoney(item.budgeted, view.locale) })}</p>
      <div class="field">
        ${fieldLabel(actual, view.t('actualLabel', { currency: item.budgeted.currency }))}
        <input
          id="f-${actual}"
          part="input"
          inputmode="decimal"
          autocomplete="off"
          .value=${typed.actual}
          aria-invalid=${a.invalid}
          aria-describedby=${a.describedBy}
          @input=${(e: Event) => setLine(item.id, 'actual', (e.target as HTMLInputElement).value)}
        />
        ${view.error(actual)}
        ${
          typeof amount === 'number'
            ? renderVariance(
                view,
                BigInt(amount) - BigInt(item.budgeted.amount),
                item.budgeted.currency,
              )
            : nothing
        }
      </div>
      <div class="field">
        ${fieldLabel(note, view.t('note'), view.optional)}
        <input
          id="f-${note}"
          part="input"
          .value=${typed.note}
          @input=${(e: Event) => setLine(item.id, 'note', (e.target as HTMLInputElement).value)}
        />
      </div>
    </fieldset>`;
  };
  const indexes = plan.map((_, index) => index);
  const grantIndexes = indexes.filter((index) => plan[index]!.source === 'grant');
  const otherIndexes = indexes.filter((index) => plan[index]!.source !== 'grant');
  const conclusion = view.aria('conclusion');
  return html`<p>${view.t('granted', { amount: formatMoney(granted, view.locale) })}</p>
    ${renderHeading(view.headingLevel, 2, view.t('grantLines'))} ${grantIndexes.map(line)}
    ${
      otherIndexes.length
        ? html`${renderHeading(view.headingLevel, 2, view.t('otherLines'))}
          ${otherIndexes.map(line)}`
        : nothing
    }
    <div aria-live="polite">${totals ? renderAuditTotals(view, audit, totals) : nothing}</div>
    ${
      view.docs.approvals.length
        ? html`${renderHeading(view.headingLevel, 2, view.t('approvals'))}
            <ul part="approvals">
              ${view.docs.approvals.map(
                (approval) =>
                  html`<li>
                    ${view.t('approval', {
                      body: approval.body,
                      amount: formatMoney(approval.ceiling, view.locale),
                      who: view.who(approval.by),
                      date: approval.at.slice(0, 10),
                    })}
                  </li>`,
              )}
            </ul>`
        : nothing
    }
    <div class="field">
      ${fieldLabel('conclusion', view.t('conclusionLabel'))}
      <select
        id="f-conclusion"
        part="input"
        aria-invalid=${conclusion.invalid}
        aria-describedby=${conclusion.describedBy}
        @change=${(e: Event) =>
          view.update((fields) => ({
            ...fields,
            conclusion: (e.target as HTMLSelectElement).value,
          }))}
      >
        <option value="" ?selected=${view.fields.conclusion === ''}>
          ${view.t('chooseConclusion')}
        </option>
        ${CONCLUSIONS.map(
          (value) =>
            html`<option value=${value} ?selected=${view.fields.conclusion === value}>
              ${view.t(value)}
            </option>`,
        )}
      </select>
      ${view.error('conclusion')}
    </div>
    ${writerTextArea(view, 'remarks', view.t('remarks'), 3, true)}`;
}
