import { indicatorAttainment, localize } from '@qingyuan/core';
import { html, nothing, type TemplateResult } from 'lit';
import { fieldLabel } from '../internal/form-field-view.js';
import {
  evaluationEvent,
  evaluationOf,
  evaluationViolations,
  fieldsOfEvaluation,
  type EvaluationFields,
} from './evaluation-draft.js';
import { renderAttainment } from './closing-reading-view.js';
import type { ClosingWriter, WriterView } from './closing-writer.js';
import { writerTextArea } from './writer-text-area.js';

/**
 * The writing of the final evaluation 终期评估 in `<qy-closing-report writes="evaluation">`,
 * loaded on demand: per indicator of the (amended) application its target and what was reached,
 * with the share of the target (core's `indicatorAttainment`) shown as it is typed; a summary.
 * Posted as core's `evaluation-recorded` event.
 *
 * @example
 * const { evaluationWriter } = await import('./closing-evaluation-form.js');
 */
export const evaluationWriter: ClosingWriter<EvaluationFields> = {
  kind: 'evaluation',
  empty: (id) => ({ id, at: new Date().toISOString(), indicators: {}, summary: '' }),
  document: (fields, docs, by, locale) =>
    docs.application ? evaluationOf(fields, docs.application, by, locale) : undefined,
  event: (document) => evaluationEvent(document as Parameters<typeof evaluationEvent>[0]),
  violations: (fields, docs, by, locale) =>
    docs.application ? evaluationViolations(fields, docs.application, by, locale) : [],
  fieldOf: (path) => {
    const [first, index, field] = path;
    if (
      first === 'indicators' &&
      typeof index === 'number' &&
      (field === 'reached' || field === 'note')
    )
      return `indicators-${index}-${field}`;
    if (first === 'summary') return 'summary';
    return undefined;
  },
  restore: fieldsOfEvaluation,
  render: renderEvaluationForm,
};

function renderEvaluationForm(view: WriterView<EvaluationFields>): TemplateResult {
  const application = view.docs.application!;
  const evaluation = evaluationOf(view.fields, application, '', view.locale);
  const setIndicator = (id: string, key: 'reached' | 'note', value: string) => {
    view.update((fields) => {
      const current = fields.indicators[id] ?? { reached: '', note: '' };
      return {
        ...fields,
        indicators: { ...fields.indicators, [id]: { ...current, [key]: value } },
      };
    });
  };
  return html`${application.indicators.map((indicator, index) => {
    const typed = view.fields.indicators[indicator.id] ?? { reached: '', note: '' };
    const result = evaluation.indicators[index]!;
    const unit = localize(indicator.unit, view.locale);
    const reached = `indicators-${index}-reached`;
    const note = `indicators-${index}-note`;
    const a = view.aria(reached);
    const attained =
      typeof result.reached === 'number'
        ? indicatorAttainment({ ...evaluation, indicators: [result] })[0]
        : undefined;
    const percent = attained ? Math.round(attained.share * 100) : 0;
    return html`<fieldset class="activity" part="indicator" data-indicator=${indicator.id}>
      <legend>${localize(indicator.description, view.locale)}</legend>
      <p>${view.t('targetOf', { target: indicator.target, unit })}</p>
      <div class="field">
        ${fieldLabel(reached, view.t('reachedLabel', { unit }))}
        <input
          id="f-${reached}"
          part="input"
          inputmode="decimal"
          autocomplete="off"
          .value=${typed.reached}
          aria-invalid=${a.invalid}
          aria-describedby=${a.describedBy}
          @input=${(e: Event) =>
            setIndicator(indicator.id, 'reached', (e.target as HTMLInputElement).value)}
        />
        ${view.error(reached)}
        ${
          attained
            ? html`<p class="attainment">
                <span>${view.t('shareOf', { percent })}</span>
                ${renderAttainment(view, attained.met, percent)}
              </p>`
            : nothing
        }
      </div>
      <div class="field">
        ${fieldLabel(note, view.t('note'), view.optional)}
        <input
          id="f-${note}"
          part="input"
          .value=${typed.note}
          @input=${(e: Event) =>
            setIndicator(indicator.id, 'note', (e.target as HTMLInputElement).value)}
        />
      </div>
    </fieldset>`;
  })}
  ${writerTextArea(view, 'summary', view.t('summary'), 4)}`;
}
