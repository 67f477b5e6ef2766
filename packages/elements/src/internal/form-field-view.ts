import { html, nothing, type TemplateResult } from 'lit';

// The pieces of a labelled form field as the writing elements (`<qy-work-record>`,
// `<qy-closing-report>`) draw them. A field `id` names its control `f-<id>`, its error
// `e-<id>`; the host's `focusAfter` reaches a field by `#f-<id>`.

/** What a field's control says to assistive technology: whether it is invalid, and what describes it. */
export interface FieldAria {
  readonly invalid: 'true' | 'false';
  /** The ids of the hint and of the error message, or nothing. */
  readonly describedBy: string | typeof nothing;
}

/**
 * The `aria-invalid` and `aria-describedby` of a field's control: the hint (when the field has
 * one) and the error message (when there is one).
 *
 * @example
 * const a = fieldAria('attendance', errors.has('attendance'), 'h-attendance');
 * html`<input aria-invalid=${a.invalid} aria-describedby=${a.describedBy} />`;
 */
export function fieldAria(id: string, invalid: boolean, hint?: string): FieldAria {
  return {
    invalid: invalid ? 'true' : 'false',
    describedBy: [hint, invalid ? `e-${id}` : undefined].filter(Boolean).join(' ') || nothing,
  };
}

/**
 * A field's label, with the host's "(optional)" word after it when the field may stay empty.
 *
 * @example
 * fieldLabel('place', this.t('place'), this.t('optional'));
 * // <label for="f-place">Place <span class="optional">optional</span></label>
 */
export function fieldLabel(id: string, text: string, optional?: string): TemplateResult {
  return html`<label for="f-${id}"
    >${text}${
      optional === undefined ? nothing : html` <span class="optional">${optional}</span>`
    }</label
  >`;
}

/**
 * A field's error message, the target of its control's `aria-describedby`; nothing when the
 * field has no error.
 *
 * @example
 * fieldError('date', errors.get('date')); // <p id="e-date" part="field-error">…</p>
 */
export function fieldError(
  id: string,
  message: string | undefined,
): TemplateResult | typeof nothing {
  return message === undefined ? nothing : html`<p id="e-${id}" part="field-error">${message}</p>`;
}
