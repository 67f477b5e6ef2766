import { html, type TemplateResult } from 'lit';
import { fieldLabel } from '../internal/form-field-view.js';
import type { DraftBase, WriterView } from './closing-writer.js';

/**
 * A text area of a writer's form (the audit's remarks, the evaluation's summary), bound to the
 * draft's text field `key`: its label (with the host's "(optional)" word when `optional`), its
 * `aria-invalid` / `aria-describedby` and its error beside it; typing changes the draft.
 *
 * @example
 * writerTextArea(view, 'remarks', view.t('remarks'), 3, true);
 */
export function writerTextArea<F extends DraftBase>(
  view: WriterView<F>,
  key: keyof F & string,
  label: string,
  rows: number,
  optional = false,
): TemplateResult {
  const aria = view.aria(key);
  return html`<div class="field">
    ${fieldLabel(key, label, optional ? view.optional : undefined)}
    <textarea
      id="f-${key}"
      part="input"
      rows=${rows}
      .value=${String(view.fields[key])}
      aria-invalid=${aria.invalid}
      aria-describedby=${aria.describedBy}
      @input=${(e: Event) =>
        view.update((fields) => ({ ...fields, [key]: (e.target as HTMLTextAreaElement).value }))}
    ></textarea>
    ${view.error(key)}
  </div>`;
}
