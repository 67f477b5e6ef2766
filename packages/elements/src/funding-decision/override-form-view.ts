import { localize, type FundingOverride, type ResultsSummarySheet } from '@qingyuan/core';
import { html, nothing, type TemplateResult } from 'lit';
import { fieldAria, fieldError, fieldLabel } from '../internal/form-field-view.js';
import type { DecisionViewContext } from './decision-view-context.js';
import { renderHeading } from '../internal/heading-view.js';

/** Problems of the change being recorded: per field, and core's refusals. */
export interface OverrideErrors {
  readonly amount?: string;
  readonly reason?: string;
  readonly rules?: readonly string[];
}

/** What the overrides section shows and may do. */
export interface OverridesView {
  readonly sheet: ResultsSummarySheet;
  /** The sheet's rows in rank order: the projects a change may concern. */
  readonly rows: ResultsSummarySheet['rows'];
  readonly recorded: readonly FundingOverride[];
  /** What the rule alone grants a project. */
  readonly ruleGranted: (project: string) => number;
  /** Who may decide a change (the service center's members by default). */
  readonly deciders: readonly string[];
  readonly errors: OverrideErrors;
  readonly currency: string;
  /** Announced politely (a change recorded or removed). */
  readonly notice: string;
  readonly onRemove: (project: string) => void;
  readonly onSubmit: (event: SubmitEvent) => void;
}

/**
 * The changes to the rule's grants, each with who decided it and why, and the form that records
 * one (project, amount, who, reason), with core's refusals beside it.
 *
 * @example
 * renderOverrides(view, { sheet, rows, recorded, ruleGranted, deciders, errors, currency, notice, onRemove, onSubmit });
 */
export function renderOverrides(view: DecisionViewContext, o: OverridesView): TemplateResult {
  const { t, locale, money, personName } = view;
  const { errors } = o;
  const amount = fieldAria('amount', !!errors.amount);
  const reason = fieldAria('reason', !!errors.reason);
  return html`<section part="overrides" class="overrides" aria-labelledby="overrides-title">
    ${renderHeading(view.headingLevel, 1, t('overrides'), { id: 'overrides-title' })}
    ${
      o.recorded.length === 0
        ? html`<p>${t('noOverrides')}</p>`
        : html`<ul class="items">
            ${o.recorded.map((override) => {
              const project = view.projectTitle(o.sheet, override.project);
              return html`<li data-project=${override.project}>
                <span
                  >${t('overrideItem', {
                    project,
                    rule: money(o.ruleGranted(override.project)),
                    final: money(override.granted),
                    name: personName(override.by),
                    reason: localize(override.reason, locale),
                  })}</span
                >
                <button
                  type="button"
                  aria-label=${t('removeOverride', { project })}
                  @click=${() => o.onRemove(override.project)}
                >
                  ${t('remove')}
                </button>
              </li>`;
            })}
          </ul>`
    }
    <p class="visually-hidden" role="status">${o.notice}</p>
    <form part="override-form" novalidate @submit=${o.onSubmit}>
      <fieldset>
        <legend>${t('overrideForm')}</legend>
        <label
          >${t('project')}
          <select id="override-project" name="project">
            ${o.rows.map(
              (row) => html`<option value=${row.project}>${localize(row.title, locale)}</option>`,
            )}
          </select>
        </label>
        <div class="field">
          ${fieldLabel('amount', t('amount', { currency: o.currency }))}
          <input
            id="f-amount"
            name="amount"
            inputmode="decimal"
            autocomplete="off"
            aria-invalid=${amount.invalid}
            aria-describedby=${amount.describedBy}
          />
          ${fieldError('amount', errors.amount)}
        </div>
        <label
          >${t('decidedBy')}
          <select name="by">
            ${o.deciders.map((id) => html`<option value=${id}>${personName(id)}</option>`)}
          </select>
        </label>
        <div class="field">
          ${fieldLabel('reason', t('reason'))}
          <textarea
            id="f-reason"
            name="reason"
            rows="2"
            aria-invalid=${reason.invalid}
            aria-describedby=${reason.describedBy}
          ></textarea>
          ${fieldError('reason', errors.reason)}
        </div>
        ${
          errors.rules
            ? html`<div id="override-refused" class="qy-error" role="alert" tabindex="-1">
                <p>${t('refused')}</p>
                <ul>
                  ${errors.rules.map((m) => html`<li>${m}</li>`)}
                </ul>
              </div>`
            : nothing
        }
        <button type="submit">${t('record')}</button>
      </fieldset>
    </form>
  </section>`;
}
